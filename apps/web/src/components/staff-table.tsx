import type { FieldLocale, StaffMemberView } from '@cairn/contracts';
import { formatDate } from '../staff/format-date';
import { ROLE_LABELS_BY_LOCALE } from '../staff/role-labels';
import { STAFF_MESSAGES } from '../staff/staff-messages';

/** The members of the organisation. */
export function StaffTable({
  members,
  timeZone,
  locale = 'en',
}: {
  members: StaffMemberView[];
  timeZone: string;
  locale?: FieldLocale;
}) {
  const words = STAFF_MESSAGES[locale];
  return (
    <table className="table">
      <caption>{words.members}</caption>
      <thead>
        <tr>
          <th scope="col">{words.name}</th>
          <th scope="col">{words.email}</th>
          <th scope="col">{words.role}</th>
          <th scope="col">{words.joined}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.id}>
            <td>{member.displayName}</td>
            <td>{member.email}</td>
            <td>{ROLE_LABELS_BY_LOCALE[locale][member.role]}</td>
            <td>{formatDate(member.joinedAt, timeZone, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
