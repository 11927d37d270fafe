import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string | undefined;
  rcptTo: string[];
  raw: Buffer;
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** How many messages arrived with this Message-ID. */
  count(messageId: string): number;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback as the receiving side. `answer` may refuse a message after
 * DATA with an SMTP code (451, 550...) instead of taking it.
 */
export async function startSmtpSink(
  answer: (mail: ReceivedMail) => { code: number; message: string } | undefined = () => undefined,
): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.example')) {
        callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const head = raw.subarray(0, raw.indexOf('\r\n\r\n')).toString('latin1');
        const mail: ReceivedMail = {
          messageId: /^message-id:\s*(\S+)/im.exec(head)?.[1],
          rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        };
        const refusal = answer(mail);
        if (refusal) {
          callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          return;
        }
        received.push(mail);
        callback();
      });
    },
  });
  // A sender killed mid-session resets its connection; that is the point of some tests.
  server.on('error', () => undefined);
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    count: (messageId) => received.filter((mail) => mail.messageId === messageId).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
