import { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../core/database/prisma.service';
import type { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { GPS_FIELD, SIMILAR_MAX_DISTANCE } from '../analysis/analysis-job';

/** What the manifest says of one item's analysis. */
export interface BundleAnalysis {
  state: string;
  failure: string | null;
  analysedAt: string | null;
  email?: {
    headers: unknown;
    /** The check made at intake, with the DNS answers it used, so anyone can replay it. */
    authenticity: { checkedAt: string; verdicts: unknown; dnsAnswers: unknown } | null;
    /** Its attachments, filed as items of their own. */
    attachmentIds: string[];
  };
  image?: {
    width: number | null;
    height: number | null;
    exif: unknown;
    /** Where it was taken, when the export asked for it; `withheld` when it was not asked. */
    location: unknown;
    /** Items of the same case holding the same picture (even resized or re-encoded). */
    duplicates: { id: string; distance: number }[];
  };
}

interface ItemOfBundle {
  id: string;
  kind: string;
  analysisState: string | null;
}

/**
 * The analysis of each item of a bundle that has one, read in the export's transaction. Only
 * duplicates within the exported case are named: a bundle leaves the helpline, and the same
 * picture in another survivor's case is none of its recipient's business. A picture's
 * location is opened only when the export asked for it.
 */
export async function bundleAnalyses(
  tx: Tx,
  keys: OrganizationKeysService,
  caseId: string,
  items: ItemOfBundle[],
  includeLocation: boolean,
): Promise<Map<string, BundleAnalysis>> {
  const analysed = items.filter((item) => item.analysisState !== null);
  const ids = analysed.map((item) => item.id);
  const result = new Map<string, BundleAnalysis>();
  if (ids.length === 0) return result;
  const rows = new Map(
    (await tx.evidenceAnalysis.findMany({ where: { itemId: { in: ids } } })).map((row) => [
      row.itemId,
      row,
    ]),
  );
  const checks = new Map<string, { checkedAt: Date; verdicts: unknown; dnsAnswers: unknown }>();
  for (const check of await tx.evidenceAuthCheck.findMany({
    where: { itemId: { in: ids }, mode: 'INTAKE' },
    orderBy: { checkedAt: 'asc' },
  })) {
    if (!checks.has(check.itemId)) checks.set(check.itemId, check);
  }
  const attachments = await tx.evidenceAttachment.findMany({
    where: { messageId: { in: ids } },
    orderBy: { position: 'asc' },
  });
  const duplicates = await tx.$queryRaw<{ itemId: string; id: string; distance: number }[]>(
    Prisma.sql`
      SELECT a.item_id AS "itemId", b.item_id AS id,
             bit_count(('x' || a.phash)::bit(256) # ('x' || b.phash)::bit(256))::int AS distance
        FROM evidence_analysis a
        JOIN evidence_analysis b ON b.phash IS NOT NULL AND b.item_id <> a.item_id
        JOIN evidence_item other ON other.id = b.item_id AND other.case_id = ${caseId}::uuid
       WHERE a.item_id = ANY(${ids}::uuid[]) AND a.phash IS NOT NULL
         AND bit_count(('x' || a.phash)::bit(256) # ('x' || b.phash)::bit(256))
             <= ${SIMILAR_MAX_DISTANCE}
       ORDER BY a.item_id, distance, b.item_id`,
  );

  for (const item of analysed) {
    const row = rows.get(item.id);
    const analysis: BundleAnalysis = {
      state: item.analysisState as string,
      failure: row?.failure ?? null,
      analysedAt: row?.analysedAt.toISOString() ?? null,
    };
    if (row && item.kind === 'EMAIL') {
      const check = checks.get(item.id);
      analysis.email = {
        headers: row.emailHeaders,
        authenticity: check
          ? {
              checkedAt: check.checkedAt.toISOString(),
              verdicts: check.verdicts,
              dnsAnswers: check.dnsAnswers,
            }
          : null,
        attachmentIds: attachments
          .filter((link) => link.messageId === item.id)
          .map((link) => link.attachmentId),
      };
    }
    if (row && item.kind === 'IMAGE') {
      const sealed = row.gpsSealed;
      analysis.image = {
        width: row.width,
        height: row.height,
        exif: row.exif ?? {},
        location: !sealed
          ? null
          : includeLocation
            ? JSON.parse(await keys.decrypt(tx, GPS_FIELD, item.id, sealed))
            : 'withheld',
        duplicates: duplicates
          .filter((duplicate) => duplicate.itemId === item.id)
          .map(({ id, distance }) => ({ id, distance })),
      };
    }
    result.set(item.id, analysis);
  }
  return result;
}
