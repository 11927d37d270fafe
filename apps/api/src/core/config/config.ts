import { z } from 'zod';
import { AppConfig, EnvSchema, OwnerEnv, OwnerEnvSchema } from './config.schema';

export const APP_ROLE = 'cairn_app';

export class ConfigError extends Error {}

/** The app role's connection: APP_DATABASE_URL, or DATABASE_URL with the app role's name. */
function deriveAppUrl(env: z.infer<typeof EnvSchema>): string {
  if (env.APP_DATABASE_URL) return env.APP_DATABASE_URL;
  const url = new URL(env.DATABASE_URL);
  url.username = APP_ROLE;
  url.password = env.APP_DATABASE_PASSWORD ?? '';
  return url.toString();
}

/**
 * Parses the environment. This is the only place that reads process.env for the API and
 * the worker; a wrong value stops the process with a message naming the variable.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = parseEnv(EnvSchema, source);
  if (env.EVIDENCE_STORAGE === 's3' && !env.S3_BUCKET) {
    throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when EVIDENCE_STORAGE=s3');
  }
  return { ...env, appDatabaseUrl: deriveAppUrl(env) };
}

/** The environment of the operator's commands. */
export function loadOwnerConfig(source: NodeJS.ProcessEnv = process.env): OwnerEnv {
  return parseEnv(OwnerEnvSchema, source);
}

function parseEnv<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const CONFIG = Symbol('CONFIG');
