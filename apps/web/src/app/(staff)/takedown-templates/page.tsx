import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { TakedownSettingsForm } from '../../../components/takedowns/settings-form';
import { currentStaff } from '../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';
import { getTakedownSettings, listTemplates } from '../../../takedowns/takedown-api';
import { LOCALE_LABELS, NOTICE_TYPE_LABELS } from '../../../takedowns/labels';

export const metadata: Metadata = { title: STAFF_SECTIONS.takedownTemplates.title };

export default async function TemplatesPage() {
  const me = await currentStaff();
  if (!roleAllows(me.role, 'takedowns.manage'))
    return (
      <>
        <h1>{STAFF_SECTIONS.takedownTemplates.title}</h1>
        <p className="notice">Only admins change notice templates.</p>
      </>
    );
  const token = await requireApiToken();
  const [templates, settings] = await Promise.all([
    listTemplates(token),
    getTakedownSettings(token),
  ]);
  return (
    <>
      <h1>{STAFF_SECTIONS.takedownTemplates.title}</h1>
      <p>
        The letters takedown requests send. A template that leaves out an element its notice must
        carry (such as the signature of a copyright notice) is refused, naming it.
      </p>
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            <Link href={`/takedown-templates/${template.id}`}>
              {NOTICE_TYPE_LABELS[template.noticeType]} — {LOCALE_LABELS[template.locale]}
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Approval and replies</h2>
        <TakedownSettingsForm settings={settings} />
      </section>
    </>
  );
}
