import { z } from 'zod';
import { defineRoute } from './route';
import { Email, IdParams, Role, Timestamp } from './common';

export const StaffMemberView = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  joinedAt: Timestamp,
});
export type StaffMemberView = z.infer<typeof StaffMemberView>;

export const StaffListView = z.object({ items: z.array(StaffMemberView) });

export const UpdateStaffBody = z.strictObject({ role: Role });
export type UpdateStaffBody = z.infer<typeof UpdateStaffBody>;

export const CreateInviteBody = z.strictObject({
  email: Email,
  role: Role,
});
export type CreateInviteBody = z.infer<typeof CreateInviteBody>;

export const InviteView = z.object({
  id: z.uuid(),
  email: z.string(),
  role: Role,
  createdAt: Timestamp,
  expiresAt: Timestamp,
  status: z.enum(['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED']),
});
export type InviteView = z.infer<typeof InviteView>;

/**
 * The invitation as created. When mail is set up the link goes to the invitee by email only,
 * and token and acceptPath are null; otherwise they hold the one-time token, shown only once.
 */
export const CreatedInviteView = InviteView.extend({
  emailed: z.boolean(),
  token: z.string().nullable(),
  acceptPath: z.string().nullable(),
});
export type CreatedInviteView = z.infer<typeof CreatedInviteView>;

export const InviteListView = z.object({ items: z.array(InviteView) });

export const staffRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/staff',
    summary: 'Staff members of the organisation.',
    tag: 'staff',
    auth: 'staff',
    permission: 'staff.read',
    response: StaffListView,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/staff/{id}',
    summary: "Change a staff member's role.",
    tag: 'staff',
    auth: 'staff',
    permission: 'staff.manage',
    params: IdParams,
    body: UpdateStaffBody,
    response: StaffMemberView,
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/staff/{id}',
    summary: 'Remove a staff member from the organisation and end their sessions.',
    tag: 'staff',
    auth: 'staff',
    permission: 'staff.manage',
    status: 204,
    params: IdParams,
  }),
  createInvite: defineRoute({
    method: 'POST',
    path: '/invites',
    summary: 'Invite someone to join the organisation. The answer holds the only copy of the link.',
    tag: 'staff',
    auth: 'staff',
    permission: 'staff.manage',
    body: CreateInviteBody,
    response: CreatedInviteView,
  }),
  listInvites: defineRoute({
    method: 'GET',
    path: '/invites',
    summary: 'Invitations of the organisation, newest first.',
    tag: 'staff',
    auth: 'staff',
    permission: 'staff.manage',
    response: InviteListView,
  }),
  revokeInvite: defineRoute({
    method: 'DELETE',
    path: '/invites/{id}',
    summary: 'Revoke a pending invitation.',
    tag: 'staff',
    auth: 'staff',
    permission: 'staff.manage',
    status: 204,
    params: IdParams,
  }),
};
