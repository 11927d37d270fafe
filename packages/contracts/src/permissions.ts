import type { Role } from './common';

/**
 * What each role may do. The API's AccessService is the only reader that decides; the web
 * app reads it to hide what a user cannot use.
 */
export const PERMISSIONS = {
  'staff.read': ['ADMIN', 'SUPERVISOR'],
  'staff.manage': ['ADMIN'],
  'audit.read': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
