import { textDirection, type TextDirection } from './direction';

/** The request header through which the proxy tells the root layout the page's path. */
export const PATHNAME_HEADER = 'x-cairn-pathname';

const GUIDE_LOCALE = /^\/guide\/([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)(?:\/|$)/;

/**
 * The `<html lang dir>` a path should be served with: the guide's locale under
 * `/guide/<locale>`, English everywhere else. For a root layout that knows the path.
 */
export function documentLocale(pathname: string): { lang: string; dir: TextDirection } {
  const lang = GUIDE_LOCALE.exec(pathname)?.[1] ?? 'en';
  return { lang, dir: textDirection(lang) };
}
