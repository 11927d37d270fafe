import { generateKeyPairSync } from 'node:crypto';
import { authenticate } from 'mailauth';
import { composeMessage } from './compose-message';

const email = {
  from: 'desk@helpline.example',
  fromName: 'Helpline desk',
  to: ['abuse@platform.example'],
  cc: [],
  replyTo: 'reply+token@inbound.helpline.example',
  subject: 'Removal request',
  text: 'Please remove https://platform.example/p/1.\n',
  headers: { 'Auto-Submitted': 'auto-generated' },
  messageId: '<8c0d6a3e-1f7e-4a53-9f0a-2b5e7f1c9d11@helpline.example>',
  date: new Date('2026-11-30T10:00:00Z'),
};

describe('composeMessage', () => {
  it('writes the fixed Message-ID, Reply-To and no X-Mailer', async () => {
    const raw = (await composeMessage(email)).toString();
    expect(raw).toContain(`Message-ID: ${email.messageId}`);
    expect(raw).toContain('Reply-To: reply+token@inbound.helpline.example');
    expect(raw).toContain('Auto-Submitted: auto-generated');
    expect(raw).not.toMatch(/X-Mailer/i);
  });

  it('signs with the organisation’s DKIM key so that a receiver verifies it', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const raw = await composeMessage(email, {
      domain: 'helpline.example',
      selector: 'cairn',
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    const published = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const resolver = async (name: string, type: string) => {
      if (type === 'TXT' && name === 'cairn._domainkey.helpline.example') {
        return [[`v=DKIM1; k=rsa; p=${published}`]];
      }
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    const result = await authenticate(raw, { resolver, trustReceived: false });
    const signature = result.dkim.results?.[0];
    expect(signature?.signingDomain).toBe('helpline.example');
    expect(signature?.status.result).toBe('pass');

    // A changed body no longer verifies: the signature covers what was sent.
    const tampered = Buffer.from(raw.toString().replace('Please remove', 'Please keep'));
    const after = await authenticate(tampered, { resolver, trustReceived: false });
    // mailauth reports a body that no longer matches its hash as "neutral".
    expect(after.dkim.results?.[0]?.status.result).not.toBe('pass');
  });
});
