const MAX_NAME_CHARS = 255;
const FALLBACK = 'evidence';

/**
 * A file name as the uploader's software gave it, made harmless to keep and show: any
 * Unicode stays, but path separators cannot climb folders, control characters and the
 * direction overrides that disguise an extension (`gpj.exe` shown as `exe.jpg`) are
 * dropped. The name is never used as a path; this protects whoever reads or saves it.
 */
export function safeFileName(given: string): string {
  const cleaned = given
    .normalize('NFC')
    .replace(/\p{Cc}|[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[/\\]/g, '_')
    .trim();
  const name = [...cleaned].slice(0, MAX_NAME_CHARS).join('');
  return name === '' || name === '.' || name === '..' ? FALLBACK : name;
}

/** RFC 8187 value: UTF-8, percent-encoded beyond the token characters. */
function extendedValue(name: string): string {
  return encodeURIComponent(name).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `Content-Disposition: attachment` per RFC 6266: an ASCII fallback for old clients and the
 * real name in `filename*`.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${extendedValue(name)}`;
}
