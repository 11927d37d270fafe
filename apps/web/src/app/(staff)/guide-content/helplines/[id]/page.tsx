import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { roleAllows } from '@cairn/contracts';
import styles from '../../../../../components/content-admin/content-admin.module.css';
import { HelplineForm } from '../../../../../components/content-admin/helpline-form';
import { ContentNotAllowed } from '../../../../../components/content-admin/not-allowed';
import { deleteHelpline } from '../../../../../content-admin/content-actions';
import { listHelplines } from '../../../../../content-admin/content-api';
import { CONTENT_HOME } from '../../../../../content-admin/document-paths';
import { currentStaff } from '../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../staff/staff-api';

export const metadata: Metadata = { title: 'Edit a helpline' };

export default async function EditHelplinePage({ params }: { params: Promise<{ id: string }> }) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change />;
  const { id } = await params;
  const helpline = (await listHelplines(await requireApiToken())).find((item) => item.id === id);
  if (!helpline) notFound();
  return (
    <>
      <h1>{helpline.name}</h1>
      <p>
        <Link href={`${CONTENT_HOME}/helplines`}>Back to the helplines</Link>
      </p>
      <HelplineForm helpline={helpline} timeZone={me.organization.timeZone} />
      <section className={styles.danger} aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this helpline</h2>
        <p>Your guide stops offering it at once.</p>
        <form action={deleteHelpline}>
          <input type="hidden" name="id" value={helpline.id} />
          <button type="submit">Delete {helpline.name}</button>
        </form>
      </section>
    </>
  );
}
