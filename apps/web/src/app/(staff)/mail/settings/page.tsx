import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { MailSettingsForm } from '../../../../components/mail/mail-settings-form';
import { getMailSettings } from '../../../../mail/mail-api';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export const metadata: Metadata = { title: 'Mail settings' };

export default async function MailSettingsPage() {
  const me = await currentStaff();
  if (!roleAllows(me.role, 'mail.manage')) {
    return (
      <>
        <h1>Mail settings</h1>
        <p className="notice">Only admins can change how Cairn sends mail.</p>
      </>
    );
  }
  const settings = await getMailSettings(await requireApiToken());
  return (
    <>
      <p>
        <Link href="/mail">Back to the outbox</Link>
      </p>
      <h1>Mail settings</h1>
      <p>
        Emails currently come from{' '}
        <strong>
          {settings.fromAddress
            ? settings.fromName
              ? `${settings.fromName} <${settings.fromAddress}>`
              : settings.fromAddress
            : settings.defaultFrom}
        </strong>
        .
      </p>
      {settings.dkim ? (
        <section aria-labelledby="dkim-record">
          <h2 id="dkim-record">DKIM record to publish</h2>
          <p>
            Emails are signed for {settings.dkim.domain}. For platforms to check the signature, your
            domain&apos;s DNS must hold this TXT record:
          </p>
          <dl className="mail-details">
            <dt>Name</dt>
            <dd>
              <code>{settings.dkim.dnsName}</code>
            </dd>
            <dt>Value</dt>
            <dd>
              <code>{settings.dkim.dnsRecord}</code>
            </dd>
          </dl>
        </section>
      ) : (
        <p className="notice">
          Emails are not signed. A DKIM signature helps platforms trust that a takedown request
          really comes from your helpline.
        </p>
      )}
      <MailSettingsForm settings={settings} />
    </>
  );
}
