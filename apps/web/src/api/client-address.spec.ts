import { forwardedFor } from './client-address';

describe('forwardedFor', () => {
  it('passes on the whole chain the web server received, tidied', () => {
    expect(forwardedFor('198.51.100.7')).toBe('198.51.100.7');
    expect(forwardedFor(' 10.0.0.1 ,198.51.100.7,')).toBe('10.0.0.1, 198.51.100.7');
    expect(forwardedFor(['10.0.0.1', '198.51.100.7'])).toBe('10.0.0.1, 198.51.100.7');
  });

  it('sends nothing when there is no address', () => {
    expect(forwardedFor(undefined)).toBeUndefined();
    expect(forwardedFor(null)).toBeUndefined();
    expect(forwardedFor(' , ')).toBeUndefined();
  });
});
