import { notFound } from 'next/navigation';
import { EditCaseForm } from '../../../../../components/cases/edit-case-form';
import { getCase } from '../../../../../cases/case-api';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const item = await getCase(id, await requireApiToken());
  if (!item.may.edit) notFound();
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit the case</h2>
      <EditCaseForm item={item} />
    </section>
  );
}
