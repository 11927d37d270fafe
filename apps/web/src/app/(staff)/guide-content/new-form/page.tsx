import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { NewFormForm } from '../../../../components/content-admin/form-editor-forms';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { listDocuments } from '../../../../content-admin/content-api';
import { createForm } from '../../../../content-admin/form-editor-actions';
import { languageName, slugTitle } from '../../../../content-admin/labels';
import { LEVEL_OPTIONS } from '../../../../content-admin/new-lesson';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export const metadata: Metadata = { title: 'New form' };

export default async function NewFormPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change />;
  // Only the guide's languages are wanted, so one file is asked for.
  const { locales: guideLocales } = await listDocuments(
    await requireApiToken(),
    new URLSearchParams({ pageSize: '1' }),
  );
  const own = me.organization.defaultLocale;
  const locales = [own, ...[...guideLocales].sort().filter((locale) => locale !== own)];

  return (
    <>
      <h1>New form</h1>
      <ContentTabs current="new-form" canEdit />
      <p>
        A form of your organisation&apos;s guide, such as the intake form survivors fill in to reach
        your helpline. It is made in every language of your guide and starts as a draft: readers see
        it once you publish it.
      </p>
      <NewFormForm
        action={createForm}
        languages={locales.map((code) => ({ code, name: languageName(code) }))}
        levels={LEVEL_OPTIONS.map((level) => ({ value: level, label: slugTitle(level) }))}
      />
    </>
  );
}
