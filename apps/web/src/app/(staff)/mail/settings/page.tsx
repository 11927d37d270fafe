import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { MailSettingsForm } from '../../../../components/mail/mail-settings-form';
import { staffLocale } from '../../../../forms/staff-locale';
import { getMailSettings } from '../../../../mail/mail-api';
import { MAIL_MESSAGES } from '../../../../mail/mail-messages';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: MAIL_MESSAGES[await staffLocale()].settingsTitle };
}

export default async function MailSettingsPage() {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = MAIL_MESSAGES[locale];
  if (!roleAllows(me.role, 'mail.manage')) {
    return (
      <div lang={locale}>
        <h1>{words.settingsTitle}</h1>
        <p className="notice">{words.settingsAdminsOnly}</p>
      </div>
    );
  }
  const settings = await getMailSettings(await requireApiToken());
  return (
    <div lang={locale}>
      <p>
        <Link href="/mail">{words.backToOutbox}</Link>
      </p>
      <h1>{words.settingsTitle}</h1>
      <p>
        {words.currentlyFrom}{' '}
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
          <h2 id="dkim-record">{words.dkimHeading}</h2>
          <p>{words.dkimSigned(settings.dkim.domain)}</p>
          <dl className="mail-details">
            <dt>{words.dnsName}</dt>
            <dd>
              <code>{settings.dkim.dnsName}</code>
            </dd>
            <dt>{words.dnsValue}</dt>
            <dd>
              <code>{settings.dkim.dnsRecord}</code>
            </dd>
          </dl>
        </section>
      ) : (
        <p className="notice">{words.unsigned}</p>
      )}
      <MailSettingsForm settings={settings} locale={locale} />
    </div>
  );
}
