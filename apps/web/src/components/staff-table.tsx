import type { StaffMemberView } from '@cairn/contracts';
import { formatDate } from '../staff/format-date';
import { ROLE_LABELS } from '../staff/role-labels';

/** The members of the organisation. */
export function StaffTable({
  members,
  timeZone,
}: {
  members: StaffMemberView[];
  timeZone: string;
}) {
  return (
    <table className="table">
      <caption>Members</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Joined</th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.id}>
            <td>{member.displayName}</td>
            <td>{member.email}</td>
            <td>{ROLE_LABELS[member.role]}</td>
            <td>{formatDate(member.joinedAt, timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
