import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { TemplateForm } from '../../../../components/takedowns/template-form';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { staffSections } from '../../../../staff/sections';
import { requireApiToken } from '../../../../staff/staff-api';
import { DIRECTORY_MESSAGES } from '../../../../takedowns/directory-messages';
import { DIRECTORY_LABELS } from '../../../../takedowns/labels';
import { getTemplate } from '../../../../takedowns/takedown-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).takedownTemplates.title };
}

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = DIRECTORY_MESSAGES[locale];
  const labels = DIRECTORY_LABELS[locale];
  if (!roleAllows(me.role, 'takedowns.manage'))
    return (
      <p className="notice" lang={locale}>
        {words.templatesAdminsOnly}
      </p>
    );
  const template = await getTemplate(id, await requireApiToken());
  return (
    <div lang={locale}>
      <p>
        <Link href="/takedown-templates">{words.allTemplates}</Link>
      </p>
      <h1>
        {labels.noticeTypes[template.noticeType]} — {labels.noticeLocales[template.locale]}
      </h1>
      {template.required.length > 0 && (
        <>
          <h2>{words.mustShow}</h2>
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
      <TemplateForm template={template} locale={locale} />
    </div>
  );
}
