import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { TakedownSettingsForm } from '../../../components/takedowns/settings-form';
import { staffLocale } from '../../../forms/staff-locale';
import { currentStaff } from '../../../staff/current-staff';
import { staffSections } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';
import { DIRECTORY_MESSAGES } from '../../../takedowns/directory-messages';
import { DIRECTORY_LABELS } from '../../../takedowns/labels';
import { getTakedownSettings, listTemplates } from '../../../takedowns/takedown-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).takedownTemplates.title };
}

export default async function TemplatesPage() {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = DIRECTORY_MESSAGES[locale];
  const labels = DIRECTORY_LABELS[locale];
  const { title } = staffSections(locale).takedownTemplates;
  if (!roleAllows(me.role, 'takedowns.manage'))
    return (
      <div lang={locale}>
        <h1>{title}</h1>
        <p className="notice">{words.templatesAdminsOnly}</p>
      </div>
    );
  const token = await requireApiToken();
  const [templates, settings] = await Promise.all([
    listTemplates(token),
    getTakedownSettings(token),
  ]);
  return (
    <div lang={locale}>
      <h1>{title}</h1>
      <p>{words.templatesIntro}</p>
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            <Link href={`/takedown-templates/${template.id}`}>
              {labels.noticeTypes[template.noticeType]} — {labels.noticeLocales[template.locale]}
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{words.settingsHeading}</h2>
        <TakedownSettingsForm settings={settings} locale={locale} />
      </section>
    </div>
  );
}
