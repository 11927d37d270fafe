/** The follow-up session's one cookie: the API's token, for this organisation's follow-up only. */
export const FOLLOW_UP_COOKIE = 'cairn_follow_up';

export function followUpCookiePath(slug: string): string {
  return `/o/${slug}/follow-up`;
}

/**
 * The cookie that holds a follow-up session: unreadable by scripts, never sent from another
 * site, for this organisation's follow-up pages only, and gone when the browser closes (no
 * expiry). Secure whenever the site is served over https.
 */
export function sessionCookie(slug: string, token: string, secure: boolean): string {
  return [
    `${FOLLOW_UP_COOKIE}=${token}`,
    'HttpOnly',
    'SameSite=Strict',
    `Path=${followUpCookiePath(slug)}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedCookie(slug: string, secure: boolean): string {
  return [
    `${FOLLOW_UP_COOKIE}=`,
    'HttpOnly',
    'SameSite=Strict',
    `Path=${followUpCookiePath(slug)}`,
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
