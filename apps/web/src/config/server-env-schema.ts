import { z } from 'zod';

/** Hosts where plain http stays on this machine: `npm start` and the browser tests use them. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const PRODUCTION_URL =
  'must be set in production to the https address people use to reach this app: next-auth marks its session cookie Secure only for an https address';

export const ServerEnv = z
  .object({
    NODE_ENV: z.string().optional(),
    /** Base URL of the Cairn API, reached from this server only; browsers never talk to it. */
    API_URL: z.url().default('http://localhost:4000'),
    /** Key that encrypts next-auth's session cookie, which carries the API token. */
    NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters'),
    /** Public origin of this web app; next-auth builds its URLs and cookie names from it. */
    NEXTAUTH_URL: z.url().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    const url = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL) : undefined;
    if (!url || (url.protocol !== 'https:' && !LOOPBACK.has(url.hostname))) {
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: PRODUCTION_URL });
    }
  })
  .transform(({ API_URL, NEXTAUTH_SECRET, NEXTAUTH_URL }) => ({
    API_URL,
    NEXTAUTH_SECRET,
    NEXTAUTH_URL: NEXTAUTH_URL ?? 'http://localhost:3000',
  }));
export type ServerEnv = z.infer<typeof ServerEnv>;

/** The web server's settings from an environment, or an error that names each bad variable. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = ServerEnv.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment for @cairn/web:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
