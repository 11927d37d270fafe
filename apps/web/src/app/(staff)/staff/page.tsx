import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { InviteForm } from '../../../components/invite-form';
import { InviteTable } from '../../../components/invite-table';
import { StaffTable } from '../../../components/staff-table';
import { staffLocale } from '../../../forms/staff-locale';
import { currentStaff } from '../../../staff/current-staff';
import { staffSections } from '../../../staff/sections';
import { listInvites, listStaff, requireApiToken } from '../../../staff/staff-api';
import { STAFF_MESSAGES } from '../../../staff/staff-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).staff.title };
}

export default async function StaffPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = STAFF_MESSAGES[locale];
  const { title, purpose } = staffSections(locale).staff;
  if (!roleAllows(me.role, 'staff.read')) {
    return (
      <div lang={locale}>
        <h1>{title}</h1>
        <p className="notice">{words.cannotSee}</p>
      </div>
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
    <div lang={locale}>
      <h1>{title}</h1>
      <p>{purpose}</p>
      <StaffTable members={members} timeZone={timeZone} locale={locale} />
      {manages && (
        <>
          <section aria-labelledby="invite-heading">
            <h2 id="invite-heading">{words.inviteHeading}</h2>
            <InviteForm locale={locale} />
          </section>
          <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">{words.invitationsHeading}</h2>
            <InviteTable invites={invites} timeZone={timeZone} locale={locale} />
          </section>
        </>
      )}
    </div>
  );
}
