import type { InviteView } from '@cairn/contracts';
import { revokeInvite } from '../staff/invite-actions';
import { formatDateTime } from '../staff/format-date';
import { ROLE_LABELS } from '../staff/role-labels';

const STATUS_LABELS: Record<InviteView['status'], string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
};

/** The organisation's invitations, newest first; a pending one can be revoked. */
export function InviteTable({ invites, timeZone }: { invites: InviteView[]; timeZone: string }) {
  if (invites.length === 0) return <p>No invitations yet.</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Expires</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invites.map((invite) => (
          <tr key={invite.id}>
            <td>{invite.email}</td>
            <td>{ROLE_LABELS[invite.role]}</td>
            <td>{STATUS_LABELS[invite.status]}</td>
            <td>{formatDateTime(invite.expiresAt, timeZone)}</td>
            <td>
              {invite.status === 'PENDING' && (
                // A form, not a link: revoking changes state, and must work without JavaScript.
                <form action={revokeInvite}>
                  <input type="hidden" name="id" value={invite.id} />
                  <button
                    type="submit"
                    className="secondary"
                    aria-label={`Revoke the invitation of ${invite.email}`}
                  >
                    Revoke
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
