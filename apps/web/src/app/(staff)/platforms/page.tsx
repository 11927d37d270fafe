import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { PlatformForm } from '../../../components/takedowns/platform-form';
import { currentStaff } from '../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';
import { listPlatforms } from '../../../takedowns/takedown-api';
import {
  CHANNEL_LABELS,
  NOTICE_TYPE_LABELS,
  PLATFORM_KIND_LABELS,
} from '../../../takedowns/labels';

export const metadata: Metadata = { title: STAFF_SECTIONS.platforms.title };

export default async function PlatformsPage() {
  const me = await currentStaff();
  const platforms = await listPlatforms(await requireApiToken());
  const manages = roleAllows(me.role, 'takedowns.manage');
  return (
    <>
      <h1>{STAFF_SECTIONS.platforms.title}</h1>
      <p>
        Where each service takes takedown requests. Every fact comes from the service’s own pages,
        with a link to where it was read: check it before relying on it.
      </p>
      <ul className="platform-list">
        {platforms.map((platform) => (
          <li key={platform.id}>
            <h2>
              {manages ? (
                <Link href={`/platforms/${platform.id}`}>{platform.name}</Link>
              ) : (
                platform.name
              )}
              {platform.archived && ' (archived)'}
            </h2>
            <dl className="facts">
              <dt>Kind</dt>
              <dd>{PLATFORM_KIND_LABELS[platform.kind]}</dd>
              <dt>{CHANNEL_LABELS[platform.reportChannel]}</dt>
              <dd className="break-anywhere">{platform.reportAddress}</dd>
              <dt>Notices</dt>
              <dd>
                {platform.noticeTypes.length > 0
                  ? platform.noticeTypes.map((type) => NOTICE_TYPE_LABELS[type]).join('; ')
                  : '—'}
              </dd>
              <dt>Escalation</dt>
              <dd className="break-anywhere">{platform.escalationContact ?? '—'}</dd>
              <dt>Country</dt>
              <dd>{platform.country ?? '—'}</dd>
              <dt>Source</dt>
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
            {platform.notes && <p className="hint">{platform.notes}</p>}
          </li>
        ))}
      </ul>
      {manages && (
        <section aria-labelledby="add-platform-heading">
          <h2 id="add-platform-heading">Add a platform</h2>
          <PlatformForm />
        </section>
      )}
    </>
  );
}
