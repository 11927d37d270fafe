import { parseServerEnv } from './server-env-schema';

const SECRET = 'a'.repeat(32);

describe('the web server environment', () => {
  it('refuses to run in production without NEXTAUTH_URL, saying why', () => {
    expect(() => parseServerEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: SECRET })).toThrow(
      /must be set in production to the https address[\s\S]*at NEXTAUTH_URL/,
    );
  });

  it('refuses a plain-http public address in production', () => {
    expect(() =>
      parseServerEnv({
        NODE_ENV: 'production',
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: 'http://cairn.example.org',
      }),
    ).toThrow(/NEXTAUTH_URL/);
  });

  it('accepts https in production, and http on this machine only', () => {
    for (const url of [
      'https://cairn.example.org',
      'http://localhost:3000',
      'http://127.0.0.1:3100',
    ]) {
      const env = parseServerEnv({
        NODE_ENV: 'production',
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: url,
      });
      expect(env.NEXTAUTH_URL).toBe(url);
    }
  });

  it('keeps the local default outside production', () => {
    expect(parseServerEnv({ NODE_ENV: 'development', NEXTAUTH_SECRET: SECRET }).NEXTAUTH_URL).toBe(
      'http://localhost:3000',
    );
  });
});
