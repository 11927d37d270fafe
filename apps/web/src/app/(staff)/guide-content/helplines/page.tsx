import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { HelplineForm } from '../../../../components/content-admin/helpline-form';
import { HelplineList } from '../../../../components/content-admin/helpline-list';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { listHelplines } from '../../../../content-admin/content-api';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export const metadata: Metadata = { title: 'Helplines' };

export default async function HelplinesPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  if (!roleAllows(me.role, 'content.read')) return <ContentNotAllowed />;
  const canEdit = roleAllows(me.role, 'content.edit');
  const helplines = await listHelplines(await requireApiToken());
  return (
    <>
      <h1>Helplines</h1>
      <ContentTabs current="helplines" canEdit={canEdit} />
      <p>Where your guide sends people for help, your own service first.</p>
      <section aria-labelledby="helplines-heading">
        <h2 id="helplines-heading">Your helplines</h2>
        <HelplineList helplines={helplines} canEdit={canEdit} />
      </section>
      {canEdit && (
        <section aria-labelledby="add-helpline-heading">
          <h2 id="add-helpline-heading">Add a helpline</h2>
          <HelplineForm timeZone={me.organization.timeZone} />
        </section>
      )}
    </>
  );
}
