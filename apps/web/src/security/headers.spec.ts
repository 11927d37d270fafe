import { contentSecurityPolicy, isPublicPath } from './headers';

describe('isPublicPath', () => {
  it('treats only the listed public pages as public', () => {
    expect(isPublicPath('/')).toBe(true);
    for (const path of ['/signin', '/dashboard', '/cases', '/api/auth/session', '/anything-new']) {
      expect(isPublicPath(path)).toBe(false);
    }
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (policy: string) =>
    new Map(policy.split('; ').map((d) => [d.split(' ')[0], d]));

  it('allows scripts only with the nonce and nothing from other hosts', () => {
    const policy = directives(contentSecurityPolicy('abc', { development: false }));
    expect(policy.get('default-src')).toBe("default-src 'self'");
    expect(policy.get('script-src')).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect([...policy.values()].join(' ')).not.toMatch(/https?:|\*/);
  });

  it('allows eval only in development', () => {
    expect(contentSecurityPolicy('abc', { development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('abc', { development: false })).not.toContain("'unsafe-eval'");
  });
});
