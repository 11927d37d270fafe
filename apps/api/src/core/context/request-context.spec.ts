import { MissingTenantError, RequestContext } from './request-context';

describe('RequestContext', () => {
  it('throws when asked for the tenant outside a tenant scope', () => {
    expect(() => RequestContext.organizationId()).toThrow(MissingTenantError);
    RequestContext.run({ requestId: 'r1' }, () => {
      expect(() => RequestContext.organizationId()).toThrow(MissingTenantError);
    });
  });

  it('keeps each scope to itself across awaits', async () => {
    const seen = await Promise.all(
      ['org-a', 'org-b'].map((org) =>
        RequestContext.runAsTenant(org, async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          return RequestContext.organizationId();
        }),
      ),
    );
    expect(seen).toEqual(['org-a', 'org-b']);
  });
});
