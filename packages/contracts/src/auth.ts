import { z } from 'zod';
import { defineRoute } from './route';
import { Email, OrgSlug, Role, Timestamp } from './common';
import { singleLineText } from './text';

/** Every character of a password counts: never trimmed. */
export const Password = singleLineText(1024, { min: 1, trim: false });
/** Rules for a password a person chooses: long rather than complicated. */
export const NewPassword = singleLineText(1024, { min: 12, trim: false });

export const LoginBody = z.strictObject({
  email: Email,
  password: Password,
  /** Slug of the organisation to sign in to; required when the user belongs to several. */
  organization: OrgSlug.optional(),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const OrganizationSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  defaultLocale: z.string(),
  timeZone: z.string(),
});
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

export const SessionView = z.object({
  token: z.string(),
  expiresAt: Timestamp,
  idleExpiresAt: Timestamp,
});

export const MeView = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }),
  organization: OrganizationSummary,
  role: Role,
  /** Every organisation this user may sign in to, for switching. */
  memberships: z.array(z.object({ slug: z.string(), name: z.string(), role: Role })),
  /** An admin of the organisation that runs this deployment: sees the job queues. */
  operatesDeployment: z.boolean(),
});
export type MeView = z.infer<typeof MeView>;

export const LoginResponse = SessionView.extend({ me: MeView });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const AcceptInviteBody = z.strictObject({
  token: singleLineText(200, { min: 20, trim: false }),
  displayName: singleLineText(120, { min: 1 }),
  password: NewPassword,
});
export type AcceptInviteBody = z.infer<typeof AcceptInviteBody>;

export const authRoutes = {
  login: defineRoute({
    method: 'POST',
    path: '/auth/login',
    summary:
      'Sign in with email and password. Answers 409 `organization-required` with the choices when the user belongs to several organisations.',
    tag: 'auth',
    auth: 'public',
    status: 200,
    body: LoginBody,
    response: LoginResponse,
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Revoke the session of the bearer token.',
    tag: 'auth',
    auth: 'staff',
    status: 204,
  }),
  me: defineRoute({
    method: 'GET',
    path: '/me',
    summary: 'The signed-in user, their organisation and role.',
    tag: 'auth',
    auth: 'staff',
    response: MeView,
  }),
  acceptInvite: defineRoute({
    method: 'POST',
    path: '/auth/invites/accept',
    summary: 'Accept an invitation: set a name and password and join the organisation.',
    tag: 'auth',
    auth: 'public',
    status: 200,
    body: AcceptInviteBody,
    response: LoginResponse,
  }),
};
