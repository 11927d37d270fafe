import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { InviteForm } from '../../../components/invite-form';
import { InviteTable } from '../../../components/invite-table';
import { StaffTable } from '../../../components/staff-table';
import { currentStaff } from '../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../staff/sections';
import { listInvites, listStaff, requireApiToken } from '../../../staff/staff-api';

export const metadata: Metadata = { title: STAFF_SECTIONS.staff.title };

export default async function StaffPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  const { title, purpose } = STAFF_SECTIONS.staff;
  if (!roleAllows(me.role, 'staff.read')) {
    return (
      <>
        <h1>{title}</h1>
        <p className="notice">Your role cannot see the staff list.</p>
      </>
    );
  }

  const token = await requireApiToken();
  const manages = roleAllows(me.role, 'staff.manage');
  const [members, invites] = await Promise.all([
    listStaff(token),
    manages ? listInvites(token) : Promise.resolve([]),
  ]);
  const { timeZone } = me.organization;

  return (
    <>
      <h1>{title}</h1>
      <p>{purpose}</p>
      <StaffTable members={members} timeZone={timeZone} />
      {manages && (
        <>
          <section aria-labelledby="invite-heading">
            <h2 id="invite-heading">Invite a colleague</h2>
            <InviteForm />
          </section>
          <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">Invitations</h2>
            <InviteTable invites={invites} timeZone={timeZone} />
          </section>
        </>
      )}
    </>
  );
}
