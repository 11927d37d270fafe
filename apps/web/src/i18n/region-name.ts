/** A country's name in the reader's language ("Allemagne" for DE in French), or its code. */
export function regionName(locale: string, region: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}
