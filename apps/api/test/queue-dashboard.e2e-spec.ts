import { randomBytes } from 'node:crypto';
import { QUEUE_DASHBOARD_PATH } from '@cairn/contracts';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let operators: TestOrg;
let operatorAdmin: string;
let otherAdmin: string;
let operatorCaseworker: string;

const QUEUES_JSON = `${QUEUE_DASHBOARD_PATH}/api/queues`;

beforeAll(async () => {
  const operatorSlug = `ops-${randomBytes(4).toString('hex')}`;
  t = await startTestApp({ OPERATOR_ORG_SLUG: operatorSlug });
  operators = await makeOrg(t, 'Operators', operatorSlug);
  const other = await makeOrg(t, 'Other helpline');
  operatorAdmin = await login(t, operators.admin);
  otherAdmin = await login(t, other.admin);
  operatorCaseworker = await login(t, await makeMember(t, operators, 'CASEWORKER'));
});
afterAll(() => t.close());

describe('the job queues dashboard', () => {
  it("shows the deployment operator's admins every queue, page and data", async () => {
    const page = await t.http().get(`${QUEUE_DASHBOARD_PATH}/`).set(bearer(operatorAdmin));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // The page's links start from the path the web app serves it at too.
    expect(page.text).toContain(`<base href="${QUEUE_DASHBOARD_PATH}/"`);

    const queues = await t.http().get(QUEUES_JSON).set(bearer(operatorAdmin));
    expect(queues.status).toBe(200);
    const names = (queues.body.queues as { name: string }[]).map((queue) => queue.name);
    expect(names).toEqual(expect.arrayContaining(['audit', 'mail', 'maintenance']));
  });

  it('tells an operator admin their own organisation operates the deployment, and no one else', async () => {
    const me = (token: string) => t.http().get('/me').set(bearer(token));
    expect((await me(operatorAdmin)).body.operatesDeployment).toBe(true);
    expect((await me(operatorCaseworker)).body.operatesDeployment).toBe(false);
    expect((await me(otherAdmin)).body.operatesDeployment).toBe(false);
  });

  it.each([
    ['an admin of another organisation', () => otherAdmin],
    ["a caseworker of the operator's organisation", () => operatorCaseworker],
  ])('answers %s 404, as for an address that does not exist', async (_who, token) => {
    for (const path of [`${QUEUE_DASHBOARD_PATH}/`, QUEUES_JSON]) {
      const response = await t.http().get(path).set(bearer(token()));
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.queues).toBeUndefined();
      expect(response.text).not.toContain('<html');
    }
    const retry = await t
      .http()
      .put(`${QUEUE_DASHBOARD_PATH}/api/queues/mail/retry/failed`)
      .set(bearer(token()));
    expect(retry.status).toBe(404);
  });

  it('asks for a session without a token or with an ended one', async () => {
    expect((await t.http().get(QUEUES_JSON)).status).toBe(401);
    const ended = await t
      .http()
      .get(QUEUES_JSON)
      .set(bearer(randomBytes(24).toString('base64url')));
    expect(ended.status).toBe(401);
    const assets = await t.http().get(`${QUEUE_DASHBOARD_PATH}/static/favicon-32x32.png`);
    expect(assets.status).toBe(401);
  });
});

describe('a deployment that names no operator', () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await startTestApp({ OPERATOR_ORG_SLUG: '' });
  });
  afterAll(() => bare.close());

  it('has no dashboard at all', async () => {
    const org = await makeOrg(bare);
    const admin = await login(bare, org.admin);
    expect((await bare.http().get(QUEUES_JSON).set(bearer(admin))).status).toBe(404);
    expect((await bare.http().get('/me').set(bearer(admin))).body.operatesDeployment).toBe(false);
  });
});
