import type { PersonRef } from '@cairn/contracts';

/** A user as other records show them: id and display name only. */
export function personRef(
  user: { id: string; displayName: string } | null | undefined,
): PersonRef | null {
  return user ? { userId: user.id, displayName: user.displayName } : null;
}

export const PERSON_SELECT = { select: { id: true, displayName: true } } as const;
