import { loadConfig } from './config';

const base = {
  DATABASE_URL: 'postgresql://owner:pw@127.0.0.1:5432/cairn',
  MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('loadConfig', () => {
  it('derives the app role connection from the owner connection', () => {
    const config = loadConfig({ ...base, APP_DATABASE_PASSWORD: 's3cret' });
    expect(config.appDatabaseUrl).toBe('postgresql://cairn_app:s3cret@127.0.0.1:5432/cairn');
    expect(config.API_PORT).toBe(4000);
  });

  it('names each wrong variable', () => {
    expect(() => loadConfig({ ...base, API_PORT: 'eighty', MASTER_KEY: 'short' })).toThrow(
      /API_PORT:.*\n.*MASTER_KEY: must be 32 bytes/s,
    );
  });

  it('requires the database connection', () => {
    expect(() => loadConfig({ MASTER_KEY: base.MASTER_KEY })).toThrow(/DATABASE_URL/);
  });

  it('trusts loopback proxies by default, and reads a list of addresses and ranges', () => {
    expect(loadConfig(base).TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig({ ...base, TRUST_PROXY: ' 10.0.0.0/8, ::1 ,192.0.2.7' }).TRUST_PROXY).toEqual(
      ['10.0.0.0/8', '::1', '192.0.2.7'],
    );
    expect(loadConfig({ ...base, TRUST_PROXY: '' }).TRUST_PROXY).toEqual([]);
  });

  it('refuses a proxy entry that is not an address or a range', () => {
    expect(() => loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'web-server' })).toThrow(/TRUST_PROXY/);
  });

  it('refuses the S3 evidence store without a bucket', () => {
    expect(() => loadConfig({ ...base, EVIDENCE_STORAGE: 's3' })).toThrow(/S3_BUCKET: required/);
    expect(loadConfig({ ...base, EVIDENCE_STORAGE: 's3', S3_BUCKET: 'cairn' }).S3_BUCKET).toBe(
      'cairn',
    );
  });
});
