import 'server-only';
import type { FieldLocale } from '@cairn/contracts';
import { headers } from 'next/headers';
import { localeFromAcceptLanguage } from './accept-language';

/**
 * The language a staff member reads forms in: the first of their browser's languages the
 * forms speak. Staff accounts hold no language of their own yet.
 */
export async function staffLocale(): Promise<FieldLocale> {
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
}
