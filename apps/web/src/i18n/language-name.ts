/** A language's own name for itself ("français", "English"), capitalised for a link. */
export function languageName(locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
  } catch {
    name = undefined;
  }
  if (!name) return locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
