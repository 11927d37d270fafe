import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { ImportForm } from '../../../../components/content-admin/import-form';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { lastImportReport } from '../../../../content-admin/import-report';
import { currentStaff } from '../../../../staff/current-staff';

export const metadata: Metadata = { title: 'Import a guide' };

export default async function ImportGuidePage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change />;
  return (
    <>
      <h1>Import a guide</h1>
      <ContentTabs current="import" canEdit />
      <p>
        Lessons, checklists, forms and help workflows in the guide&apos;s format, zipped. Every
        problem is listed with its file and line. A file with a problem of its own is kept as a
        draft to fix; a file that cannot be read as guide content is not stored at all.
      </p>
      <ImportForm initial={await lastImportReport()} />
    </>
  );
}
