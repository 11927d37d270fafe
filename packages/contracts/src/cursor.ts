import { z } from 'zod';
import { singleLineText } from './text';

/**
 * Keyset cursors: where a page ended (its last row's sort value and id), as base64url JSON.
 * The schema decodes the cursor and checks what it holds, so a hand-made one that the
 * database could not compare with (a "time" that is no time, an id that is no uuid) is a 400
 * naming `cursor`, not an error deep in SQL. Written without Buffer: the web app shares it.
 */

const DAMAGED = 'This page link is damaged or belongs to another list: go back to the first page';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The JSON a cursor holds; undefined when it holds none (bad base64, bad UTF-8, bad JSON). */
function decodeJson(cursor: string): unknown {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** The cursor of a page that ended at `position`. */
export function encodeCursor(position: Record<string, unknown>): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(position)));
}

/** A cursor query parameter whose decoded position must match `position`. */
export function keysetCursor<T extends z.ZodType>(position: T) {
  return singleLineText(400, { min: 1, trim: false })
    .regex(/^[A-Za-z0-9_-]+$/, DAMAGED)
    .transform((cursor, context): z.output<T> => {
      const decoded = position.safeParse(decodeJson(cursor));
      if (decoded.success) return decoded.data;
      context.issues.push({ code: 'custom', message: DAMAGED, input: cursor });
      return z.NEVER;
    });
}
