/**
 * Text read from a file as a string safe to keep and show: no NUL (PostgreSQL's text and
 * jsonb refuse it), no unpaired surrogates, and at most max characters.
 */
export function cleanText(value: unknown, max = 2_000): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value)
    .replace(/\u0000/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .trim();
  return text ? text.slice(0, max) : null;
}
