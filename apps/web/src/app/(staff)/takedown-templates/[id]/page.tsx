import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { TemplateForm } from '../../../../components/takedowns/template-form';
import { currentStaff } from '../../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../../staff/sections';
import { requireApiToken } from '../../../../staff/staff-api';
import { getTemplate } from '../../../../takedowns/takedown-api';
import { LOCALE_LABELS, NOTICE_TYPE_LABELS } from '../../../../takedowns/labels';

export const metadata: Metadata = { title: STAFF_SECTIONS.takedownTemplates.title };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await currentStaff();
  if (!roleAllows(me.role, 'takedowns.manage'))
    return <p className="notice">Only admins change notice templates.</p>;
  const template = await getTemplate(id, await requireApiToken());
  return (
    <>
      <p>
        <Link href="/takedown-templates">All templates</Link>
      </p>
      <h1>
        {NOTICE_TYPE_LABELS[template.noticeType]} — {LOCALE_LABELS[template.locale]}
      </h1>
      {template.required.length > 0 && (
        <>
          <h2>What this notice must show</h2>
          <ul>
            {template.required.map((item) => (
              <li key={item.element}>
                <code>{item.value === 'urls' ? '{{#urls}}…{{/urls}}' : `{{${item.value}}}`}</code>
                {item.provision && ` — ${item.provision}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <TemplateForm template={template} />
    </>
  );
}
