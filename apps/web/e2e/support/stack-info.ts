/**
 * The organisations and people the stack creates for the run, all with the run's one
 * generated password. Each behaviour that changes an account has an account of its own.
 */
export const FIXTURE = {
  admin: { email: 'admin@e2e.test', organization: { slug: 'e2e', name: 'E2E Helpline' } },
  /** Admin of two organisations, so must choose one when signing in. */
  twoOrganizations: {
    email: 'two-orgs@e2e.test',
    organizations: [
      { slug: 'e2e-north', name: 'E2E North Helpline' },
      { slug: 'e2e-south', name: 'E2E South Helpline' },
    ],
  },
  /** Gets locked out by the spec that proves the lock-out message. */
  toLock: {
    email: 'to-lock@e2e.test',
    organization: { slug: 'e2e-lock', name: 'E2E Lock Helpline' },
  },
  /** Its helplines, made through the API, are the ones the help workflow leads to. */
  helpGuide: {
    email: 'help-guide@e2e.test',
    organization: { slug: 'e2e-help', name: 'E2E Help Line' },
  },
  /** Its guide is a small fixture imported by the spec of the guide's sections. */
  guideSections: {
    email: 'guide-sections@e2e.test',
    organization: { slug: 'e2e-sections', name: 'E2E Sections Line' },
  },
  /** Imports the whole Umbrella tree through the import page, when the corpus is present. */
  umbrellaGuide: {
    email: 'umbrella-guide@e2e.test',
    organization: { slug: 'e2e-umbrella', name: 'E2E Umbrella Line' },
  },
  /** Publishes its own intake form (en, fr, ar) and receives the survivors' submissions. */
  intake: {
    email: 'intake@e2e.test',
    organization: { slug: 'e2e-intake', name: 'E2E Intake Line' },
  },
} as const;

/** Where global setup leaves what the specs need to know of the running stack. */
export const STACK_ENV = {
  webUrl: 'CAIRN_E2E_WEB_URL',
  password: 'CAIRN_E2E_PASSWORD',
  /** For specs that set data up through the API rather than the web app. */
  apiUrl: 'CAIRN_E2E_API_URL',
  /** The worker's mail catcher (smtp://127.0.0.1:port), which every email of the run reaches. */
  mailUrl: 'CAIRN_E2E_MAIL_URL',
  /** The worker's listener for replies to takedown requests. */
  inboundPort: 'CAIRN_E2E_INBOUND_PORT',
  /** The run's Redis URL and key prefix, for specs that hold a job queue still. */
  redisUrl: 'CAIRN_E2E_REDIS_URL',
  redisPrefix: 'CAIRN_E2E_REDIS_PREFIX',
  /** The run's database URL (its owner), for records that only the worker writes. */
  databaseUrl: 'CAIRN_E2E_DATABASE_URL',
} as const;

/**
 * The run's `EVIDENCE_BUNDLE_SYNC_MAX_BYTES`, far below the default 200 MiB so that a spec
 * sends a bundle to the worker with a file of a few megabytes; the vault's other specs
 * export only small files, which still stream.
 */
export const BUNDLE_SYNC_MAX_BYTES = 1_000_000;

/** The loopback port where the worker takes replies to takedown requests. */
export function inboundSmtpPort(): number {
  const port = Number(process.env[STACK_ENV.inboundPort]);
  if (!port)
    throw new Error('The e2e stack is not running: run these specs through jest.e2e.config.js');
  return port;
}

export function stackInfo(): { webUrl: string; apiUrl: string; mailUrl: string; password: string } {
  const webUrl = process.env[STACK_ENV.webUrl];
  const apiUrl = process.env[STACK_ENV.apiUrl];
  const mailUrl = process.env[STACK_ENV.mailUrl];
  const password = process.env[STACK_ENV.password];
  if (!webUrl || !apiUrl || !mailUrl || !password)
    throw new Error('The e2e stack is not running: run these specs through jest.e2e.config.js');
  return { webUrl, apiUrl, mailUrl, password };
}
