import { notFound } from 'next/navigation';
import { EditCaseForm } from '../../../../../components/cases/edit-case-form';
import { getCase } from '../../../../../cases/case-api';
import { CASE_MESSAGES } from '../../../../../cases/case-messages';
import { staffLocale } from '../../../../../forms/staff-locale';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [token, locale] = await Promise.all([requireApiToken(), staffLocale()]);
  const item = await getCase(id, token);
  if (!item.may.edit) notFound();
  return (
    <section aria-labelledby="edit-heading" lang={locale}>
      <h2 id="edit-heading">{CASE_MESSAGES[locale].editTitle}</h2>
      <EditCaseForm item={item} locale={locale} />
    </section>
  );
}
