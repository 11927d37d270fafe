import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { HelplineForm } from '../../../../components/content-admin/helpline-form';
import { HelplineList } from '../../../../components/content-admin/helpline-list';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { listHelplines } from '../../../../content-admin/content-api';
import { CONTENT_MESSAGES } from '../../../../content-admin/content-messages';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: CONTENT_MESSAGES[await staffLocale()].helplinesTitle };
}

export default async function HelplinesPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = CONTENT_MESSAGES[locale];
  if (!roleAllows(me.role, 'content.read')) return <ContentNotAllowed locale={locale} />;
  const canEdit = roleAllows(me.role, 'content.edit');
  const helplines = await listHelplines(await requireApiToken());
  return (
    <div lang={locale}>
      <h1>{words.helplinesTitle}</h1>
      <ContentTabs current="helplines" canEdit={canEdit} locale={locale} />
      <p>{words.helplinesIntro}</p>
      <section aria-labelledby="helplines-heading">
        <h2 id="helplines-heading">{words.yourHelplines}</h2>
        <HelplineList helplines={helplines} canEdit={canEdit} locale={locale} />
      </section>
      {canEdit && (
        <section aria-labelledby="add-helpline-heading">
          <h2 id="add-helpline-heading">{words.addHelpline}</h2>
          <HelplineForm timeZone={me.organization.timeZone} locale={locale} />
        </section>
      )}
    </div>
  );
}
