import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { NewFormForm } from '../../../../components/content-admin/form-editor-forms';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { listDocuments } from '../../../../content-admin/content-api';
import { createForm } from '../../../../content-admin/form-editor-actions';
import { languageName } from '../../../../content-admin/labels';
import { NEW_FILE_MESSAGES, titleInLabel } from '../../../../content-admin/new-file-messages';
import { LEVEL_OPTIONS } from '../../../../content-admin/new-lesson';
import { CONTENT_MESSAGES } from '../../../../content-admin/content-messages';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: CONTENT_MESSAGES[await staffLocale()].tabs.newForm };
}

export default async function NewFormPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = CONTENT_MESSAGES[locale];
  const newWords = NEW_FILE_MESSAGES[locale];
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change locale={locale} />;
  // Only the guide's languages are wanted, so one file is asked for.
  const { locales: guideLocales } = await listDocuments(
    await requireApiToken(),
    new URLSearchParams({ pageSize: '1' }),
  );
  const own = me.organization.defaultLocale;
  const locales = [own, ...[...guideLocales].sort().filter((code) => code !== own)];

  return (
    <div lang={locale}>
      <h1>{words.tabs.newForm}</h1>
      <ContentTabs current="new-form" canEdit locale={locale} />
      <p>{words.newFormIntro}</p>
      <NewFormForm
        action={createForm}
        languages={locales.map((code) => ({
          code,
          titleLabel: titleInLabel(languageName(code, locale), locale),
        }))}
        levels={LEVEL_OPTIONS.map((level) => ({ value: level, label: newWords.levels[level] }))}
        locale={locale}
        words={newWords}
      />
    </div>
  );
}
