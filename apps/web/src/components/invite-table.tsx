import type { FieldLocale, InviteView } from '@cairn/contracts';
import { revokeInvite } from '../staff/invite-actions';
import { formatDateTime } from '../staff/format-date';
import { ROLE_LABELS_BY_LOCALE } from '../staff/role-labels';
import { STAFF_MESSAGES } from '../staff/staff-messages';

/** The organisation's invitations, newest first; a pending one can be revoked. */
export function InviteTable({
  invites,
  timeZone,
  locale = 'en',
}: {
  invites: InviteView[];
  timeZone: string;
  locale?: FieldLocale;
}) {
  const words = STAFF_MESSAGES[locale];
  if (invites.length === 0) return <p>{words.noInvitations}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{words.email}</th>
          <th scope="col">{words.role}</th>
          <th scope="col">{words.status}</th>
          <th scope="col">{words.expires}</th>
          <th scope="col">
            <span className="visually-hidden">{words.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invites.map((invite) => (
          <tr key={invite.id}>
            <td>{invite.email}</td>
            <td>{ROLE_LABELS_BY_LOCALE[locale][invite.role]}</td>
            <td>{words.statuses[invite.status]}</td>
            <td>{formatDateTime(invite.expiresAt, timeZone, locale)}</td>
            <td>
              {invite.status === 'PENDING' && (
                // A form, not a link: revoking changes state, and must work without JavaScript.
                <form action={revokeInvite}>
                  <input type="hidden" name="id" value={invite.id} />
                  <button
                    type="submit"
                    className="secondary"
                    aria-label={words.revokeLabel(invite.email)}
                  >
                    {words.revoke}
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
