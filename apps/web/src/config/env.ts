import 'server-only';
import { parseServerEnv, type ServerEnv } from './server-env-schema';

export type { ServerEnv };

let parsed: ServerEnv | undefined;

/**
 * The environment, parsed once on first use rather than at import: `next build` loads
 * server modules without the runtime secrets, and must not fail for their absence.
 */
export function serverEnv(): ServerEnv {
  parsed ??= parseServerEnv(process.env);
  return parsed;
}
