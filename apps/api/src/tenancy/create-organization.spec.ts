import { defaultCasePrefix } from './create-organization';

describe('defaultCasePrefix', () => {
  it("takes the initials of the slug's words, upper case", () => {
    expect(defaultCasePrefix('demo-helpline')).toBe('DH');
    expect(defaultCasePrefix('safe-online-project-lyon')).toBe('SOPL');
  });

  it('falls back to the first letters of a one-word slug, and never gives fewer than two', () => {
    expect(defaultCasePrefix('demo')).toBe('DEM');
    expect(defaultCasePrefix('x1')).toBe('XX');
  });
});
