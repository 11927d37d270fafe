import { Injectable } from '@nestjs/common';
import { RequestContext } from '../core/context/request-context';
import { AppError } from '../core/errors/app-error';
import { OrganizationsService } from '../tenancy/organizations.service';

export interface IntakeOrganization {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
  timeZone: string;
}

/**
 * The survivor's routes name their organisation by its slug (organisation rows are readable
 * before a tenant is known); everything after runs inside that tenant, so row-level
 * security bounds it like any staff request. The context it runs in holds no client
 * address: the audit log records nothing that could lead back to a survivor.
 */
@Injectable()
export class IntakeTenant {
  constructor(private readonly organizations: OrganizationsService) {}

  async run<T>(slug: string, fn: (organization: IntakeOrganization) => Promise<T>): Promise<T> {
    const organization = await this.organizations.findBySlug(slug);
    if (!organization) throw AppError.notFound('organisation');
    return RequestContext.run(
      { requestId: RequestContext.requestId() ?? 'intake', organizationId: organization.id },
      () => fn(organization),
    );
  }
}
