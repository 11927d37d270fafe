import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { NewLessonForm } from '../../../../components/content-admin/new-lesson-form';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { listDocuments } from '../../../../content-admin/content-api';
import { CONTENT_MESSAGES } from '../../../../content-admin/content-messages';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: CONTENT_MESSAGES[await staffLocale()].tabs.new };
}

export default async function NewLessonPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = CONTENT_MESSAGES[locale];
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change locale={locale} />;
  // Only the guide's languages are wanted, so one file is asked for.
  const { locales: guideLocales } = await listDocuments(
    await requireApiToken(),
    new URLSearchParams({ pageSize: '1' }),
  );
  const locales = [...new Set([me.organization.defaultLocale, ...guideLocales])];

  return (
    <div lang={locale}>
      <h1>{words.tabs.new}</h1>
      <ContentTabs current="new" canEdit locale={locale} />
      <p>{words.newLessonIntro}</p>
      <NewLessonForm locales={locales.sort()} locale={locale} />
    </div>
  );
}
