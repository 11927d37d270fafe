import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { NewLessonForm } from '../../../../components/content-admin/new-lesson-form';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { listDocuments } from '../../../../content-admin/content-api';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export const metadata: Metadata = { title: 'New lesson' };

export default async function NewLessonPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change />;
  // Only the guide's languages are wanted, so one file is asked for.
  const { locales: guideLocales } = await listDocuments(
    await requireApiToken(),
    new URLSearchParams({ pageSize: '1' }),
  );
  const locales = [...new Set([me.organization.defaultLocale, ...guideLocales])];

  return (
    <>
      <h1>New lesson</h1>
      <ContentTabs current="new" canEdit />
      <p>
        A lesson only your organisation&apos;s guide has. It starts as a draft: readers see it once
        you publish it.
      </p>
      <NewLessonForm locales={locales.sort()} />
    </>
  );
}
