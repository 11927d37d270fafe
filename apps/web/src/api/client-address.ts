/**
 * The `X-Forwarded-For` chain of the request this server received, to pass on to the API.
 * Next fills the header with the browser's address when no proxy in front of it did; a
 * proxy in front appends to it. The API decides how much of the chain to believe from its
 * TRUST_PROXY setting, so the whole chain goes, not a guess at its one true entry.
 */
export function forwardedFor(value: string | string[] | null | undefined): string | undefined {
  const chain = (Array.isArray(value) ? value.join(',') : (value ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return chain.length > 0 ? chain.join(', ') : undefined;
}
