import { Inject, Injectable } from '@nestjs/common';
import type {
  AuthenticityVerdicts,
  EvidenceAnalysisView,
  EvidenceGpsView,
  RecheckAuthenticityView,
  SimilarItemView,
} from '@cairn/contracts';
import type { Readable } from 'node:stream';
import { AuditService } from '../../audit/audit.service';
import { CaseAccess } from '../../cases/case-access.service';
import { CONFIG } from '../../core/config/config';
import { AppConfig } from '../../core/config/config.schema';
import { RequestContext } from '../../core/context/request-context';
import { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../core/database/prisma.service';
import { TenantDb } from '../../core/database/tenant-db';
import { AppError } from '../../core/errors/app-error';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { findVisibleItem } from '../evidence-read.service';
import { EvidenceVault } from '../evidence-vault';
import { toAnalysisView, toCheckView } from './analysis-views';
import { DnsAnswer, recordingLookup, replayLookup } from './dns-answers';
import { readAll } from './read-all';
import { GPS_FIELD, SIMILAR_MAX_DISTANCE, thumbnailId } from './analysis-job';

/**
 * What the analysis of an item shows its readers: headers and verdicts, EXIF without the
 * location, other copies of the same picture in cases the reader may see; and, each
 * audited, the location, the thumbnail and a re-run of the authenticity check.
 */
@Injectable()
export class EvidenceAnalysisReadService {
  constructor(
    private readonly db: TenantDb,
    private readonly caseAccess: CaseAccess,
    private readonly audit: AuditService,
    private readonly vault: EvidenceVault,
    private readonly keys: OrganizationKeysService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** What an item's detail view adds: its analysis, and the email it came attached to. */
  detail(
    itemId: string,
    kind: string,
  ): Promise<{ analysis: EvidenceAnalysisView | null; attachedTo: string | null }> {
    return this.db.transaction(async (tx) => {
      const link = await tx.evidenceAttachment.findUnique({ where: { attachmentId: itemId } });
      return { analysis: await this.view(tx, itemId, kind), attachedTo: link?.messageId ?? null };
    });
  }

  private async view(tx: Tx, itemId: string, kind: string): Promise<EvidenceAnalysisView | null> {
    const analysis = await tx.evidenceAnalysis.findUnique({ where: { itemId } });
    if (!analysis) return null;
    const intakeCheck = await tx.evidenceAuthCheck.findFirst({
      where: { itemId, mode: 'INTAKE' },
      orderBy: { checkedAt: 'asc' },
    });
    const attachments = await tx.evidenceAttachment.findMany({
      where: { messageId: itemId },
      orderBy: { position: 'asc' },
      include: { attachment: { select: { id: true, fileName: true } } },
    });
    return toAnalysisView(kind, {
      analysis,
      intakeCheck,
      attachments: attachments.map((row) => row.attachment),
      similar: analysis.phash ? await this.similar(tx, itemId, analysis.phash) : [],
    });
  }

  /**
   * Other items of the organisation (RLS keeps it to this one) with nearly the same
   * perceptual hash, only in cases the reader may see: a restricted case's copy stays as
   * invisible as the case.
   */
  private similar(tx: Tx, itemId: string, phash: string): Promise<SimilarItemView[]> {
    return tx.$queryRaw<SimilarItemView[]>(Prisma.sql`
      SELECT i.id, i.case_id AS "caseId", c.reference AS "caseReference",
             bit_count(('x' || a.phash)::bit(256) # ('x' || ${phash})::bit(256))::int AS distance
        FROM evidence_analysis a
        JOIN evidence_item i ON i.id = a.item_id
        JOIN case_file c ON c.id = i.case_id
       WHERE a.phash IS NOT NULL
         AND a.item_id <> ${itemId}::uuid
         AND bit_count(('x' || a.phash)::bit(256) # ('x' || ${phash})::bit(256)) <= ${SIMILAR_MAX_DISTANCE}
         AND ${this.caseAccess.visibleSql()}
       ORDER BY distance, i.received_at DESC
       LIMIT 20`);
  }

  /** Where the picture was taken; revealing it is audited, as it may be the survivor's home. */
  gps(id: string): Promise<EvidenceGpsView> {
    return this.db.transaction(async (tx) => {
      const item = await findVisibleItem(tx, this.caseAccess, id);
      const analysis = await tx.evidenceAnalysis.findUnique({ where: { itemId: id } });
      if (!analysis?.gpsSealed) throw AppError.notFound('location');
      await this.audit.record(tx, {
        action: 'evidence.location-revealed',
        targetType: 'evidence',
        targetId: id,
        data: { caseId: item.caseId },
      });
      return JSON.parse(
        await this.keys.decrypt(tx, GPS_FIELD, id, analysis.gpsSealed),
      ) as EvidenceGpsView;
    });
  }

  async thumbnail(id: string): Promise<Readable> {
    const sealed = await this.db.transaction(async (tx) => {
      const item = await findVisibleItem(tx, this.caseAccess, id);
      const analysis = await tx.evidenceAnalysis.findUnique({ where: { itemId: id } });
      if (!analysis?.thumbStorageKey || !analysis.thumbWrappedKey)
        throw AppError.notFound('thumbnail');
      await this.audit.record(tx, {
        action: 'evidence.thumbnail-viewed',
        targetType: 'evidence',
        targetId: id,
        data: { caseId: item.caseId },
      });
      return { storageKey: analysis.thumbStorageKey, wrappedKey: analysis.thumbWrappedKey };
    });
    return this.vault.open({ id: thumbnailId(id), ...sealed });
  }

  /**
   * Runs the item's authenticity check again with the DNS answers kept from intake (and,
   * when asked, against today's DNS), records each run, and says whether the verdicts held.
   */
  async recheck(id: string, live: boolean): Promise<RecheckAuthenticityView> {
    const actor = RequestContext.requireActor();
    const { item, intake } = await this.db.transaction(async (tx) => {
      const item = await findVisibleItem(tx, this.caseAccess, id);
      const intake = await tx.evidenceAuthCheck.findFirst({
        where: { itemId: id, mode: 'INTAKE' },
        orderBy: { checkedAt: 'asc' },
      });
      return { item, intake };
    });
    if (!intake || !item.storageKey || !item.wrappedKey) {
      throw new AppError('conflict', 'This item has no authenticity check to replay');
    }
    // The email parsers load with the first re-check: the API does not analyse otherwise.
    const { checkAuthenticity, sameVerdicts } = await import('./email-analysis');
    const raw = await readAll(
      await this.vault.open({ id, storageKey: item.storageKey, wrappedKey: item.wrappedKey }),
    );
    const kept = intake.dnsAnswers as unknown as DnsAnswer[];
    const intakeVerdicts = intake.verdicts as unknown as AuthenticityVerdicts;
    const replayed = await checkAuthenticity(raw, replayLookup(kept));
    const fresh = live ? recordingLookup(this.config.DNS_SERVERS) : null;
    const liveVerdicts = fresh ? await checkAuthenticity(raw, fresh.lookup) : null;
    return this.db.transaction(async (tx) => {
      const record = (mode: string, verdicts: AuthenticityVerdicts, answers: DnsAnswer[]) =>
        tx.evidenceAuthCheck.create({
          data: {
            organizationId: actor.organizationId,
            itemId: id,
            mode,
            verdicts: verdicts as unknown as Prisma.InputJsonValue,
            dnsAnswers: answers as unknown as Prisma.InputJsonValue,
            checkedById: actor.userId,
          },
        });
      const replay = await record('REPLAY', replayed, kept);
      const liveRow =
        fresh && liveVerdicts ? await record('LIVE', liveVerdicts, fresh.answers) : null;
      const unchanged = sameVerdicts(intakeVerdicts, replayed);
      await this.audit.record(tx, {
        action: 'evidence.authenticity-rechecked',
        targetType: 'evidence',
        targetId: id,
        data: { caseId: item.caseId, unchanged, live },
      });
      return {
        intake: toCheckView(intake),
        replay: toCheckView(replay),
        unchanged,
        live:
          liveRow && liveVerdicts
            ? { ...toCheckView(liveRow), unchanged: sameVerdicts(intakeVerdicts, liveVerdicts) }
            : null,
      };
    });
  }
}
