'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { documentLocale } from '../i18n/document-locale';

/**
 * The server sets <html lang dir> on a full page load; a client-side navigation into
 * another language (a breadcrumb back to the language list, say) keeps the root layout, so
 * this brings the attributes along.
 */
export function DocumentLocaleSync() {
  const pathname = usePathname();
  useEffect(() => {
    const { lang, dir } = documentLocale(pathname);
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [pathname]);
  return null;
}
