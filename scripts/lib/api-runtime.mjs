// How the API process is run in production: `npm start` (scripts/start.mjs), the API's own
// `npm start` (apps/api/scripts/start.mjs), and every benchmark (bench/lib/stack.mjs),
// so that what is measured is what a user runs. Each setting is measured in bench/README.md
// ("evidence", 2026-11-30 wave 3) and explained in docs/ARCHITECTURE.md ("Memory").

/** Arguments for node before the API's script. */
export const API_NODE_ARGS = [
  // V8's young generation at most 2 MiB a half instead of 16: the API's requests make little
  // that lives, and a large young generation stays resident once touched (about 30 MiB).
  '--max-semi-space-size=2',
  // Prisma's query compiler is WebAssembly; V8's optimising tier recompiles it in the
  // background and keeps the compilers' memory (about 45 MiB). Its baseline compiler alone
  // costs no measurable time per query: Prisma caches each query's plan.
  '--liftoff-only',
  // Lets evidence transfers collect the young generation every 4 MiB they stream, so that
  // their 64 KiB buffers, held outside V8's heap, are freed before tens of MiB pile up
  // (apps/api/src/evidence/transfer-memory.ts): the peak of a 1 GiB upload is about 15 MiB
  // above the idle process instead of 30-50.
  '--expose-gc',
];

/**
 * Environment for the API process; a value already in the environment wins.
 * - MALLOC_MMAP_THRESHOLD_: glibc otherwise raises its mmap threshold when the first large
 *   block is freed (an Argon2 hash at sign-in takes 19 MiB), then keeps later ones in its
 *   arenas, resident: pinned at 128 KiB, large blocks are always given back.
 * - MALLOC_TRIM_THRESHOLD_: pinning the first also pins this one at 128 KiB, so glibc gave
 *   memory back to the kernel whenever that much lay free at the top of its heap, and took it
 *   again a moment later: a 1 GiB upload took 10,000 to 64,000 page faults and up to 1.8 s of
 *   system time; at 2 MiB, 6,000 to 13,500, for a few MiB more resident (bench/README.md,
 *   "evidence", 2026-12-01).
 */
export const API_ENV = {
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '2097152',
};

/** The environment for the API: API_ENV under what env already sets. */
export function apiEnv(env) {
  return { ...API_ENV, ...env };
}
