/**
 * Evidence streams through the API in 64 KiB buffers (socket reads, cipher output, file reads)
 * that live outside V8's heap. V8 frees one only when it collects the small object that holds
 * it, and with the API's small young generation that happens after tens of MiB of them have
 * piled up, which glibc then keeps resident. A young-generation collection every few MiB
 * streamed frees them while they are few; each takes about 2 ms in the API.
 *
 * `gc` exists when node runs with `--expose-gc` (scripts/lib/api-runtime.mjs); elsewhere (unit
 * tests) this does nothing.
 */
const COLLECT_EVERY_BYTES = 4 * 1024 * 1024;

type Collect = (options: { type: 'minor' }) => void;
const collect = (globalThis as { gc?: Collect }).gc;
let streamed = 0;

/** Counts bytes that passed through a transfer; collects the young generation now and then. */
export function noteStreamed(bytes: number): void {
  if (!collect) return;
  streamed += bytes;
  if (streamed < COLLECT_EVERY_BYTES) return;
  streamed = 0;
  collect({ type: 'minor' });
}
