import { AuditNudge } from '../../audit/audit-nudge.service';
import { AuditService } from '../../audit/audit.service';
import { CaseAccess } from '../../cases/case-access.service';
import { CaseReferences } from '../../cases/case-references';
import { AccessService } from '../../core/access/access.service';
import type { PrismaService } from '../../core/database/prisma.service';
import { TenantDb } from '../../core/database/tenant-db';
import type { JobDeps } from '../../jobs/job';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { EvidenceVault } from '../evidence-vault';
import { createEvidenceStore } from '../storage/create-store';
import type { EvidenceStore } from '../storage/evidence-store';

export interface ExportServices {
  db: TenantDb;
  keys: OrganizationKeysService;
  vault: EvidenceVault;
  audit: AuditService;
  store: EvidenceStore;
  /** Lets go of what the services hold open (the audit nudge's queue connection). */
  close(): Promise<void>;
}

/**
 * The services a bundle needs, built for the worker, which runs without Nest: the same
 * classes the API injects, over the worker's app-role client.
 */
export async function exportServices({ config, prisma }: JobDeps): Promise<ExportServices> {
  const prismaService: PrismaService = { client: prisma, onModuleDestroy: async () => undefined };
  const db = new TenantDb(prismaService);
  const keys = new OrganizationKeysService(config);
  const store = await createEvidenceStore(config);
  const nudge = new AuditNudge(config);
  const references = new CaseReferences(new CaseAccess(new AccessService()));
  return {
    db,
    keys,
    store,
    vault: new EvidenceVault(store, keys, db),
    audit: new AuditService(db, nudge, references),
    close: () => nudge.onModuleDestroy(),
  };
}
