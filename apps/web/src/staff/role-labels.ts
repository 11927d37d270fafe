import type { Role } from '@cairn/contracts';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  SUPERVISOR: 'Supervisor',
  CASEWORKER: 'Caseworker',
};
