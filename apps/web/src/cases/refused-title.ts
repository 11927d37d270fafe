import 'server-only';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { FORM_MESSAGES } from '../i18n/form-messages';
import { staffLocale } from '../forms/staff-locale';

/**
 * Marks the answer to a refused case form, so the page drawn with the refusal can title
 * itself "Error: …" also when the form was posted without JavaScript (with it, the error
 * summary retitles the page). The mark is seen only while drawing that answer: it reaches
 * the browser already expired, so the next page is titled as usual.
 */
const REFUSED_COOKIE = 'cairn-case-form-refused';

export async function markRefused(): Promise<void> {
  (await cookies()).set(REFUSED_COOKIE, '1', {
    path: '/cases',
    maxAge: 0,
    httpOnly: true,
    sameSite: 'lax',
  });
}

/** The page's title, said after "Error: " when it is drawn as the answer to a refused form. */
export async function caseTitle(title: string): Promise<Metadata['title']> {
  if ((await cookies()).get(REFUSED_COOKIE)?.value !== '1') return title;
  const prefix = FORM_MESSAGES[await staffLocale()].errorTitlePrefix;
  return { absolute: `${prefix}${title} · Cairn` };
}
