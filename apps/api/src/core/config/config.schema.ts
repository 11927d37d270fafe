import { isIP } from 'node:net';
import { z } from 'zod';

const Port = z.coerce.number().int().min(1).max(65535);
const Minutes = z.coerce.number().int().min(1);
const MasterKey = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64');

// proxy-addr's names for address ranges, which Fastify's `trustProxy` accepts beside addresses.
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return (
    bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128))
  );
}

/** A comma-separated list of addresses, CIDR ranges or proxy-addr's range names. */
const ProxyList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )
  .refine((entries) => entries.every(isProxyEntry), {
    message: 'must be a comma-separated list of addresses, CIDR ranges, or loopback',
  });

/**
 * Every environment variable Cairn's API and worker read, parsed once at start. The README's
 * configuration table lists the same names; keep them together.
 */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Connection of the migrations' owner; the app connection is derived from it when unset. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  /** Connection of the `cairn_app` role. */
  APP_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  APP_DATABASE_PASSWORD: z.string().min(1).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /**
   * Starts every Redis key and BullMQ queue Cairn makes, so that deployments (or test runs)
   * sharing one Redis never see each other's rate limits or jobs.
   */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits and _ . : - only, at most 64')
    .default('cairn:'),
  /**
   * How long a worker holds a job without renewing its lock, and how often workers look for
   * jobs whose holder died: a killed worker's jobs are taken over after about this long.
   */
  JOB_LOCK_SECONDS: z.coerce.number().int().min(2).max(600).default(30),
  API_PORT: Port.default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  WEB_ORIGIN: z.url().default('http://localhost:3000'),
  /**
   * The organisation that runs this deployment: its admins, and nobody else, see the job
   * queues, which every organisation shares. Unset or empty: nobody does.
   */
  OPERATOR_ORG_SLUG: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'an organisation slug')
      .optional(),
  ),
  /**
   * The proxies (the web servers) whose `X-Forwarded-For` names the client. Loopback by
   * default: the web server that calls the API runs on the same machine unless the operator
   * says otherwise, and a peer not listed here cannot choose the address it is counted as.
   */
  TRUST_PROXY: ProxyList.default(['loopback']),
  /** 32 bytes, base64: wraps each organisation's data key. */
  MASTER_KEY: MasterKey,
  /** `keys:rotate` only: the master key that replaces MASTER_KEY. */
  NEW_MASTER_KEY: MasterKey.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: Minutes.default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: Minutes.default(15),
  /** Sign-in attempts allowed per email address in a minute. */
  LOGIN_RATE_PER_EMAIL: z.coerce.number().int().min(1).default(10),
  /** Sign-in attempts allowed per client address in a minute (a helpline's office shares one). */
  LOGIN_RATE_PER_IP: z.coerce.number().int().min(1).default(60),
  INVITE_TTL_HOURS: z.coerce.number().int().min(1).default(72),
  /** Wrong passwords of an existing account after which its invitation stops working. */
  INVITE_MAX_FAILURES: z.coerce.number().int().min(1).default(3),
  /** CSV exports of one organisation that may run at once; each holds a database connection per batch. */
  EXPORTS_PER_ORG: z.coerce.number().int().min(1).default(2),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Where evidence files are kept: the local disk or an S3-compatible store. */
  EVIDENCE_STORAGE: z.enum(['local', 's3']).default('local'),
  /** The local store's folder. */
  EVIDENCE_DIR: z.string().min(1).default('.data/evidence'),
  /** The largest upload an organisation takes unless its own setting says otherwise. */
  EVIDENCE_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(2 * 1024 ** 3),
  /** A stored file with no item this long after its last write is a crash's leftover, swept away. */
  EVIDENCE_SWEEP_GRACE_MINUTES: z.coerce.number().int().min(0).default(60),
  /** An evidence bundle up to this size streams at once; a larger one is built by the worker. */
  EVIDENCE_BUNDLE_SYNC_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(200 * 1024 ** 2),
  /** A bundle the worker built is deleted this many days after it was ready. */
  EVIDENCE_BUNDLE_TTL_DAYS: z.coerce.number().int().min(1).default(7),
  /**
   * Intake submissions taken per hour from one client (counted by a salted hash of its
   * address, never the address) and per form; those without a solved proof of work (scripts
   * off, or a bot) are held to the lower limits.
   */
  INTAKE_RATE_PER_CLIENT: z.coerce.number().int().min(1).default(10),
  INTAKE_RATE_PER_CLIENT_UNVERIFIED: z.coerce.number().int().min(1).default(3),
  INTAKE_RATE_PER_FORM: z.coerce.number().int().min(1).default(300),
  INTAKE_RATE_PER_FORM_UNVERIFIED: z.coerce.number().int().min(1).default(60),
  /** Files one intake submission or follow-up upload may carry. */
  INTAKE_MAX_FILES: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * The largest file a survivor may send through the form or the follow-up page, below the
   * organisation's evidence limit: the form is open to anyone.
   */
  INTAKE_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(100 * 1024 ** 2),
  /** The S3-compatible store (EVIDENCE_STORAGE=s3); the SDK's defaults apply to what is unset. */
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Address buckets as a path (`endpoint/bucket`), as most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /**
   * The inbound mail listener for replies to takedown requests: it runs in the worker when a
   * port is set (`npm start` sets 2525). Mail is taken only for reply addresses of requests.
   */
  INBOUND_SMTP_PORT: Port.optional(),
  INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  /** The domain of reply addresses (`reply+TOKEN@domain`) unless an organisation sets its own. */
  INBOUND_MAIL_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/, 'a mail domain, lowercase')
    .default('replies.cairn.localhost'),
  /** The largest reply the listener takes. */
  INBOUND_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(25 * 1024 ** 2),
  /**
   * Where outgoing mail goes (`smtp://user:pass@host:587`, `smtps://...`). Unset: nothing
   * leaves the machine; `npm start` then runs a local mail catcher and sets this to it.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sending address of organisations that set none of their own. */
  MAIL_FROM: z.email().default('cairn@localhost.localdomain'),
  /** The worker runs the local mail catcher on this loopback port (npm start sets it). */
  MAIL_CATCHER_PORT: Port.optional(),
  /** Emails sent per recipient domain per minute, across every worker. */
  MAIL_RATE_PER_DOMAIN: z.coerce.number().int().min(1).default(120),
  /** Sends after which a temporary refusal (4xx) becomes a failure shown to staff. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(8),
  /**
   * A row claimed for sending this long ago and still not settled was interrupted (a crash
   * between the server's answer and the commit): it is marked for review, never resent.
   * Longer than any SMTP exchange can take.
   */
  MAIL_SENDING_LEASE_SECONDS: z.coerce.number().int().min(1).default(600),
  /**
   * DNS servers for checking an email's DKIM, ARC and SPF at intake (`host:port`, comma
   * separated; `[::1]:53` for IPv6); the system's resolver when unset.
   */
  DNS_SERVERS: z
    .string()
    .optional()
    .transform((value) =>
      value
        ?.split(',')
        .map((server) => server.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.string().regex(/^(\[[0-9a-fA-F:.]+\]|[0-9.]+|[0-9a-fA-F:]+)(:\d{1,5})?$/, 'host:port'),
        )
        .min(1)
        .optional(),
    ),
});

export type Env = z.infer<typeof EnvSchema>;

export interface AppConfig extends Env {
  /** The connection the API and worker use: always the `cairn_app` role. */
  appDatabaseUrl: string;
}

/** What the operator's commands (migrations, organisation creation) read. */
export const OwnerEnvSchema = EnvSchema.pick({
  DATABASE_URL: true,
  APP_DATABASE_PASSWORD: true,
  MASTER_KEY: true,
  NEW_MASTER_KEY: true,
}).partial({ MASTER_KEY: true });

export type OwnerEnv = z.infer<typeof OwnerEnvSchema>;
