import { stackInfo } from './support/stack-info';

describe('private pages', () => {
  const { webUrl } = stackInfo();

  it.each(['/dashboard', '/cases', '/signin', '/invite/some-secret-token'])(
    '%s is neither cached nor indexed',
    async (path) => {
      const response = await fetch(`${webUrl}${path}`, { redirect: 'manual' });
      expect(response.headers.get('cache-control')).toContain('no-store');
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    },
  );

  it('sends a visitor without a session from a staff page to sign in', async () => {
    const response = await fetch(`${webUrl}/dashboard`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/signin');
  });

  it('opens an invitation link without a session', async () => {
    const response = await fetch(`${webUrl}/invite/some-secret-token`, { redirect: 'manual' });
    expect(response.status).toBe(200);
  });

  it('marks the sign-in page noindex in its HTML too', async () => {
    const html = await (await fetch(`${webUrl}/signin`)).text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });
});
