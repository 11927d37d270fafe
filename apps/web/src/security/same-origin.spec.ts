import { sentFromOrigin } from './same-origin';

const APP = 'https://cairn.example.org';
const post = (headers: Record<string, string>) =>
  new Request(`${APP}/cases/export`, { method: 'POST', headers });

describe('a form post to this app', () => {
  it('is accepted from a page of the app itself', () => {
    expect(sentFromOrigin(post({ origin: APP }), `${APP}/`)).toBe(true);
  });

  it('is refused from another site, from a hidden origin, or with none', () => {
    expect(sentFromOrigin(post({ origin: 'https://attacker.example' }), APP)).toBe(false);
    expect(sentFromOrigin(post({ origin: 'http://cairn.example.org' }), APP)).toBe(false);
    expect(sentFromOrigin(post({ origin: 'null' }), APP)).toBe(false);
    expect(sentFromOrigin(post({}), APP)).toBe(false);
  });
});
