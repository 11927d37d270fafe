import type { Role } from './common';

/**
 * What each role may do. The API's AccessService is the only reader that decides; the web
 * app reads it to hide what a user cannot use.
 */
export const PERMISSIONS = {
  'staff.read': ['ADMIN', 'SUPERVISOR'],
  'staff.manage': ['ADMIN'],
  'audit.read': ['ADMIN'],
  'cases.read': ['ADMIN', 'SUPERVISOR', 'CASEWORKER'],
  'cases.write': ['ADMIN', 'SUPERVISOR', 'CASEWORKER'],
  'cases.assign': ['ADMIN', 'SUPERVISOR', 'CASEWORKER'],
  'cases.export': ['ADMIN', 'SUPERVISOR', 'CASEWORKER'],
  /** Survivor fields in a CSV export leave the system: only for those who oversee cases. */
  'cases.export-survivor': ['ADMIN', 'SUPERVISOR'],
  /** The queue of cases nobody has taken yet: those who hand out the work see it. */
  'cases.triage': ['ADMIN', 'SUPERVISOR'],
  /** See restricted cases without being assigned to them. */
  'cases.see-restricted': ['ADMIN', 'SUPERVISOR'],
  /**
   * Widen who sees a restricted case: clear its flag, or assign someone else to it. An
   * assignee who could do either would decide alone who reads a survivor's file.
   */
  'cases.manage-restricted': ['ADMIN', 'SUPERVISOR'],
  /** A legal hold keeps evidence past any retention rule: set and lifted by those who oversee cases. */
  'evidence.hold': ['ADMIN', 'SUPERVISOR'],
  /** Send evidence to a recipient the survivor has not consented to, with a reason. */
  'evidence.export-override': ['ADMIN', 'SUPERVISOR'],
  /** The guide as staff see it in the editor, drafts included. */
  'content.read': ['ADMIN', 'SUPERVISOR'],
  /** What survivors read: only admins change it. */
  'content.edit': ['ADMIN'],
  /** Approve a takedown notice before it goes to a platform: those who oversee cases. */
  'takedowns.approve': ['ADMIN', 'SUPERVISOR'],
  /** The platform directory, the notice templates and the takedown settings. */
  'takedowns.manage': ['ADMIN'],
  /** When Cairn follows up, escalates and wakes the on-call staff by itself. */
  'escalations.manage': ['ADMIN'],
  /** The outbox, the mail catcher and the job dashboard show what every email said. */
  'mail.manage': ['ADMIN'],
  /**
   * The job queues, shared by every organisation of the deployment: an admin may, but only in
   * the organisation that runs the deployment (OPERATOR_ORG_SLUG; AccessService decides).
   */
  'deployment.operate': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
