import { guideResponse, toKeep } from './guide-response';

const page = toKeep({ status: 200, html: '<!doctype html><title>x</title>', reusable: true });

describe('guideResponse', () => {
  it('lets a public page be kept, checked with its ETag, and answers "unchanged" to a match', async () => {
    const first = guideResponse(page, { isPublic: true, ifNoneMatch: null });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('x-robots-tag')).toBeNull();
    const etag = first.headers.get('etag');

    const again = guideResponse(page, { isPublic: true, ifNoneMatch: etag });
    expect(again.status).toBe(304);
    await expect(again.text()).resolves.toBe('');
  });

  it('keeps a private page out of caches and search engines', () => {
    const answer = guideResponse(page, { isPublic: false, ifNoneMatch: page.etag });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store, max-age=0');
    expect(answer.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(answer.headers.get('etag')).toBeNull();
  });

  it('keeps an error at a public address out of caches too', () => {
    const missing = guideResponse(
      { ...page, status: 404 },
      { isPublic: true, ifNoneMatch: page.etag },
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store, max-age=0');
  });

  it('allows scripts and styles from this host only', () => {
    const policy = guideResponse(page, { isPublic: true, ifNoneMatch: null }).headers.get(
      'content-security-policy',
    );
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/https?:|\*|unsafe|nonce/);
  });
});
