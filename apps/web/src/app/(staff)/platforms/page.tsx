import type { Metadata } from 'next';
import Link from 'next/link';
import { PlatformKind, ReportChannel, roleAllows, TakedownNoticeType } from '@cairn/contracts';
import { PlatformForm, type PlatformChoices } from '../../../components/takedowns/platform-form';
import { staffLocale } from '../../../forms/staff-locale';
import { currentStaff } from '../../../staff/current-staff';
import { staffSections } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';
import { DIRECTORY_MESSAGES } from '../../../takedowns/directory-messages';
import { DIRECTORY_LABELS } from '../../../takedowns/labels';
import { listPlatforms } from '../../../takedowns/takedown-api';

const CHOICES: PlatformChoices = {
  kinds: PlatformKind.options,
  channels: ReportChannel.options,
  noticeTypes: TakedownNoticeType.options,
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).platforms.title };
}

export default async function PlatformsPage() {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = DIRECTORY_MESSAGES[locale];
  const labels = DIRECTORY_LABELS[locale];
  const platforms = await listPlatforms(await requireApiToken());
  const manages = roleAllows(me.role, 'takedowns.manage');
  return (
    <div lang={locale}>
      <h1>{staffSections(locale).platforms.title}</h1>
      <p>{words.platformsIntro}</p>
      <ul className="platform-list">
        {platforms.map((platform) => (
          <li key={platform.id}>
            <h2>
              {manages ? (
                <Link href={`/platforms/${platform.id}`}>{platform.name}</Link>
              ) : (
                platform.name
              )}
              {platform.archived && words.archived}
            </h2>
            <dl className="facts">
              <dt>{words.kind}</dt>
              <dd>{labels.platformKinds[platform.kind]}</dd>
              <dt>{labels.channels[platform.reportChannel]}</dt>
              <dd className="break-anywhere">{platform.reportAddress}</dd>
              <dt>{words.notices}</dt>
              <dd>
                {platform.noticeTypes.length > 0
                  ? platform.noticeTypes
                      .map((type) => labels.noticeTypes[type])
                      .join(words.listSeparator)
                  : '—'}
              </dd>
              <dt>{words.escalation}</dt>
              <dd className="break-anywhere">{platform.escalationContact ?? '—'}</dd>
              <dt>{words.country}</dt>
              <dd>{platform.country ?? '—'}</dd>
              <dt>{words.source}</dt>
              <dd className="break-anywhere">
                {platform.sources.reportAddress ? (
                  <a href={platform.sources.reportAddress} rel="noreferrer noopener">
                    {platform.sources.reportAddress}
                  </a>
                ) : (
                  '—'
                )}
              </dd>
            </dl>
            {/* Written by the organisation's admins, in whatever language they use. */}
            {platform.notes && (
              <p className="hint" lang="" dir="auto">
                {platform.notes}
              </p>
            )}
          </li>
        ))}
      </ul>
      {manages && (
        <section aria-labelledby="add-platform-heading">
          <h2 id="add-platform-heading">{words.addPlatform}</h2>
          <PlatformForm choices={CHOICES} locale={locale} />
        </section>
      )}
    </div>
  );
}
