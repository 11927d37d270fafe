import { Readable } from 'node:stream';
import type MailMessage from 'nodemailer/lib/mailer/mail-message';
import SMTPPool from 'nodemailer/lib/smtp-pool';

/** How a send ended, from what the server (or the network) said. */
export type SendOutcome =
  | { kind: 'sent'; response: string }
  /** Refused for now (4xx), or the server could not be reached: nothing was delivered. */
  | { kind: 'retry'; response: string }
  /** Refused for good (5xx): nothing was delivered, and trying again will not help. */
  | { kind: 'failed'; response: string }
  /**
   * The exchange broke off with no answer once the message may have been handed over: it
   * may have been delivered. A person decides; it is never sent again on its own.
   */
  | { kind: 'uncertain'; response: string };

/** Failures before any byte of a message could have left: the server was never reached. */
const UNREACHED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET_BEFORE_GREETING',
]);

interface SmtpError {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

const short = (text: string) => text.slice(0, 1000);

/**
 * Sorts an SMTP failure. A coded answer is certain: the server refused, so nothing was
 * delivered (4xx: try later; 5xx: give up). Without one, only failures that prove the
 * server was never reached (refused connection, unknown host, a login that failed before any
 * envelope) are retried; anything else may have been delivered.
 */
export function classifySmtpError(error: unknown): SendOutcome {
  const err = (error ?? {}) as SmtpError;
  const response = short(err.response ?? err.message ?? String(error));
  if (typeof err.responseCode === 'number') {
    return err.responseCode >= 500 ? { kind: 'failed', response } : { kind: 'retry', response };
  }
  const unreached =
    err.code === 'EDNS' ||
    err.code === 'EAUTH' ||
    err.code === 'ETLS' ||
    (err.originalCode !== undefined && UNREACHED.has(err.originalCode)) ||
    (err.code !== undefined && UNREACHED.has(err.code));
  return unreached ? { kind: 'retry', response } : { kind: 'uncertain', response };
}

export type MailTransport = SMTPPool;

/**
 * One pool of SMTP connections per worker: a few long-lived connections carry every message,
 * which is what lets the outbox keep up with a plain send loop. The pool itself, without
 * nodemailer's mailer in front: Cairn hands it finished messages (see sendRaw).
 */
export function createMailTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  return new SMTPPool({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    maxConnections: 5,
    maxMessages: Infinity,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
}

/**
 * Hands the exact bytes to the server; the envelope is the message's recipients. The pool gets
 * the message in the shape every nodemailer transport receives (`data`, and a `message` that
 * gives its envelope, its id and a stream of itself), without nodemailer's mailer, whose
 * compile step would parse the finished message again only to stream it back out: a tenth of
 * the worker's time per email.
 */
export async function sendRaw(
  transport: MailTransport,
  envelope: { from: string; to: string[] },
  raw: Buffer,
  messageId: string,
): Promise<SendOutcome> {
  const mail = {
    data: {},
    message: {
      getEnvelope: () => ({ from: envelope.from, to: [...envelope.to] }),
      messageId: () => messageId,
      getHeader: (name: string) => (name.toLowerCase() === 'message-id' ? messageId : undefined),
      createReadStream: () => Readable.from([raw], { objectMode: false }),
    },
  } as unknown as MailMessage<SMTPPool.SentMessageInfo>;
  try {
    const info = await new Promise<SMTPPool.SentMessageInfo>((resolve, reject) =>
      transport.send(mail, (error, sent) => (error ? reject(error) : resolve(sent!))),
    );
    if (info.rejected.length > 0 && info.accepted.length === 0) {
      return { kind: 'failed', response: short(info.response) };
    }
    return { kind: 'sent', response: short(info.response) };
  } catch (error) {
    return classifySmtpError(error);
  }
}
