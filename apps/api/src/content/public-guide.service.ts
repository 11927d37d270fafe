import { Injectable } from '@nestjs/common';
import {
  matchHelplines,
  type HelplineChannel,
  type HelplineFilter,
  type HelplineService,
  type PublicGuideVersionView,
  type PublicGuideView,
  type PublicHelplineListView,
} from '@cairn/contracts';
import { RequestContext } from '../core/context/request-context';
import { PlatformDb, TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { OrganizationsService } from '../tenancy/organizations.service';
import { toHelplineView } from './helplines.service';
import { publishedContent } from './organization-guide';

interface ListedHelplineRow {
  id: string;
  organization_slug: string;
  organization_name: string;
  name: string;
  description: string;
  languages: string[];
  services: string[];
  regions: string[];
  hours: string;
  time_zone: string;
  response_hours: number | null;
  takes_urgent: boolean;
  channels: HelplineChannel[];
  intake_form_id: string | null;
  own: boolean;
  updated_at: Date;
}

/**
 * What survivors read, without signing in: an organisation's published guide content and
 * helplines, and the directory of helplines organisations list for everyone.
 */
@Injectable()
export class PublicGuideService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
  ) {}

  /**
   * The organisation's published guide. Its version is read first, with the organisation,
   * so that the content read after is at least as new: a publication in between makes the
   * next version question fetch the guide again, never keeps it out of date.
   */
  async guide(slug: string): Promise<PublicGuideView> {
    const organization = await this.organization(slug);
    // Read as the organisation itself, so row-level security still bounds what is read.
    const { published, helplines } = await RequestContext.runAsTenant(organization.id, () =>
      this.tenantDb.transaction(async (tx) => ({
        published: await publishedContent(tx),
        helplines: await tx.helpline.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
      })),
    );
    const content = {
      files: published.files,
      withdrawn: published.withdrawn,
      helplines: matchHelplines(helplines.map(toHelplineView), {}),
    };
    return {
      organization: { slug: organization.slug, name: organization.name },
      version: String(organization.guideVersion),
      ...content,
    };
  }

  /** The version alone: one row read by its key, however much the organisation published. */
  async version(slug: string): Promise<PublicGuideVersionView> {
    return { version: String((await this.organization(slug)).guideVersion) };
  }

  private async organization(slug: string) {
    const organization = await this.organizations.findBySlug(slug);
    if (!organization) throw AppError.notFound('guide');
    return organization;
  }

  async helplines(filter: HelplineFilter): Promise<PublicHelplineListView> {
    const rows = await this.platformDb.client.$queryRaw<ListedHelplineRow[]>`
      SELECT * FROM content_listed_helplines()`;
    const items = rows.map((row) => ({
      ...toHelplineView({
        id: row.id,
        name: row.name,
        description: row.description,
        languages: row.languages,
        services: row.services as HelplineService[],
        regions: row.regions,
        hours: row.hours,
        timeZone: row.time_zone,
        responseHours: row.response_hours,
        takesUrgent: row.takes_urgent,
        channels: row.channels,
        intakeFormId: row.intake_form_id,
        own: row.own,
        listed: true,
        updatedAt: row.updated_at,
      }),
      organization: { slug: row.organization_slug, name: row.organization_name },
    }));
    return { items: matchHelplines(items, filter) };
  }
}
