import { Injectable } from '@nestjs/common';
import type { OrganizationSummary } from '@cairn/contracts';
import { PlatformDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';

export function toOrganizationSummary(row: {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
  timeZone: string;
}): OrganizationSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    defaultLocale: row.defaultLocale,
    timeZone: row.timeZone,
  };
}

/** Organisations as the app role sees them: readable by all, created only by the operator. */
@Injectable()
export class OrganizationsService {
  constructor(private readonly db: PlatformDb) {}

  async get(id: string): Promise<OrganizationSummary> {
    const row = await this.db.client.organization.findUnique({ where: { id } });
    if (!row) throw AppError.notFound('organisation');
    return toOrganizationSummary(row);
  }

  findBySlug(slug: string) {
    return this.db.client.organization.findUnique({ where: { slug } });
  }
}
