/** A country's name in the reader's language ("Allemagne" for DE in French), or its code. */
export function regionName(locale: string, region: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

// Codes Intl names that are not a place a reader is in: unions, pseudo-regions, "unknown".
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
let countries: readonly string[] | undefined;

/** Every country code Intl can name: where a reader of a helpline that serves everyone may be. */
export function countryCodes(): readonly string[] {
  if (countries) return countries;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const found: string[] = [];
  for (const first of letters)
    for (const second of letters) {
      const code = first + second;
      if (!NOT_COUNTRIES.has(code) && names.of(code) !== undefined) found.push(code);
    }
  countries = found;
  return found;
}
