import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { roleAllows } from '@cairn/contracts';
import styles from '../../../../../components/content-admin/content-admin.module.css';
import { HelplineForm } from '../../../../../components/content-admin/helpline-form';
import { ContentNotAllowed } from '../../../../../components/content-admin/not-allowed';
import { deleteHelpline } from '../../../../../content-admin/content-actions';
import { listHelplines } from '../../../../../content-admin/content-api';
import { CONTENT_MESSAGES } from '../../../../../content-admin/content-messages';
import { CONTENT_HOME } from '../../../../../content-admin/document-paths';
import { staffLocale } from '../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: CONTENT_MESSAGES[await staffLocale()].editHelplineTitle };
}

export default async function EditHelplinePage({ params }: { params: Promise<{ id: string }> }) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = CONTENT_MESSAGES[locale];
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change locale={locale} />;
  const { id } = await params;
  const helpline = (await listHelplines(await requireApiToken())).find((item) => item.id === id);
  if (!helpline) notFound();
  return (
    <div lang={locale}>
      <h1>{helpline.name}</h1>
      <p>
        <Link href={`${CONTENT_HOME}/helplines`}>{words.backToHelplines}</Link>
      </p>
      <HelplineForm helpline={helpline} timeZone={me.organization.timeZone} locale={locale} />
      <section className={styles.danger} aria-labelledby="delete-heading">
        <h2 id="delete-heading">{words.deleteHeading}</h2>
        <p>{words.deleteWarning}</p>
        <form action={deleteHelpline}>
          <input type="hidden" name="id" value={helpline.id} />
          <button type="submit">{words.deleteNamed(helpline.name)}</button>
        </form>
      </section>
    </div>
  );
}
