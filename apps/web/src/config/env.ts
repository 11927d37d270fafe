import 'server-only';
import { z } from 'zod';

const ServerEnv = z.object({
  /** Base URL of the Cairn API, reached from this server only; browsers never talk to it. */
  API_URL: z.url().default('http://localhost:4000'),
  /** Key that encrypts next-auth's session cookie, which carries the API token. */
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Public origin of this web app; next-auth builds its URLs and cookie names from it. */
  NEXTAUTH_URL: z.url().default('http://localhost:3000'),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

let parsed: ServerEnv | undefined;

/**
 * The environment, parsed once on first use rather than at import: `next build` loads
 * server modules without the runtime secrets, and must not fail for their absence.
 */
export function serverEnv(): ServerEnv {
  if (!parsed) {
    const result = ServerEnv.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid environment for @cairn/web:\n${z.prettifyError(result.error)}`);
    }
    parsed = result.data;
  }
  return parsed;
}
