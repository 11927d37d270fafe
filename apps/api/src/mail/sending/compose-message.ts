import MailComposer from 'nodemailer/lib/mail-composer';

export interface DkimKey {
  domain: string;
  selector: string;
  /** PEM. */
  privateKey: string;
}

export interface ComposedEmail {
  from: string;
  fromName?: string;
  to: string[];
  cc: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  headers: Record<string, string>;
  /** `<id@domain>`, fixed when the row was queued. */
  messageId: string;
  date: Date;
}

/**
 * The exact bytes handed to the SMTP server: what is stored, hashed and shown afterwards.
 * The Message-ID is the row's own, so a message that reached its recipient twice (after a
 * person chose to resend one marked for review) is recognisably one message.
 */
export async function composeMessage(email: ComposedEmail, dkim?: DkimKey): Promise<Buffer> {
  const composer = new MailComposer({
    from: email.fromName ? { name: email.fromName, address: email.from } : email.from,
    to: email.to,
    cc: email.cc.length ? email.cc : undefined,
    replyTo: email.replyTo,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: email.headers,
    messageId: email.messageId,
    date: email.date,
    // No X-Mailer: it tells a recipient nothing and an attacker which software to aim at.
    xMailer: false,
  });
  const message = await composer.compile().build();
  if (!dkim) return message;
  // mailauth signs relaxed/relaxed with rsa-sha256 (or ed25519 for such a key) by default.
  // Loaded when first needed: only organisations with a DKIM key pay for it (11 MiB).
  const { dkimSign } = await import('mailauth/lib/dkim/sign');
  const signed = await dkimSign(message, {
    signatureData: [
      { signingDomain: dkim.domain, selector: dkim.selector, privateKey: dkim.privateKey },
    ],
  });
  if (signed.errors.length > 0) throw new Error('The DKIM key could not sign this message');
  return Buffer.concat([Buffer.from(signed.signatures), message]);
}
