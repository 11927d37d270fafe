import { Injectable } from '@nestjs/common';
import type { CaseExportQuery, CaseSummaryView, Survivor } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../core/access/access.service';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { CaseListService } from './case-list.service';
import { ExportSlot, ExportSlots } from './export-slots';
import { SurvivorVault } from './survivor-vault';

const COLUMNS = [
  'reference',
  'title',
  'status',
  'risk_level',
  'abuse_types',
  'platforms',
  'tags',
  'restricted',
  'cross_border',
  'assignees',
  'created_at',
  'updated_at',
];
const SURVIVOR_COLUMNS = [
  'survivor_name',
  'survivor_language',
  'safe_channels',
  'safe_times',
  'never',
];

/**
 * A spreadsheet cell: quoted, quotes doubled, and a leading = + - @ neutralised so a
 * spreadsheet never runs a formula someone typed into a case.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The filtered case list as CSV, written as it is read; survivor fields only for roles
 * allowed to take them out. Exports of one organisation run a few at a time.
 */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly list: CaseListService,
    private readonly access: AccessService,
    private readonly vault: SurvivorVault,
    private readonly audit: AuditService,
    private readonly slots: ExportSlots,
    private readonly db: TenantDb,
  ) {}

  /**
   * Checks everything that can refuse the export (403, 429) and audits it before a byte is
   * written; the lines then come batch by batch. Consume them at once: the slot is freed
   * when they end or are abandoned.
   */
  async open(query: CaseExportQuery): Promise<AsyncGenerator<string>> {
    const actor = RequestContext.requireActor();
    const withSurvivor = Boolean(query.includeSurvivor);
    if (withSurvivor) this.access.require(actor, 'cases.export-survivor');
    const slot = await this.slots.acquire(actor.organizationId);
    try {
      await this.audit.recordAlone({
        action: 'cases.exported',
        data: { includeSurvivor: withSurvivor, searched: Boolean(query.q) },
      });
    } catch (error) {
      await slot.release();
      throw error;
    }
    return this.lines(query, withSurvivor, slot);
  }

  private async *lines(
    query: CaseExportQuery,
    withSurvivor: boolean,
    slot: ExportSlot,
  ): AsyncGenerator<string> {
    try {
      yield `${[...COLUMNS, ...(withSurvivor ? SURVIVOR_COLUMNS : [])].join(',')}\r\n`;
      for await (const { rows, sealed } of this.list.matching(query, withSurvivor)) {
        const survivors = withSurvivor ? await this.openSurvivors(sealed) : new Map<string, Survivor>();
        let chunk = '';
        for (const row of rows) {
          const cells = this.cells(row);
          const survivor = survivors.get(row.id);
          if (survivor) {
            cells.push(
              survivor.name,
              survivor.preferredLanguage,
              survivor.safeContact.channels.join('; '),
              survivor.safeContact.safeTimes,
              survivor.safeContact.never.join('; '),
            );
          }
          chunk += `${cells.map(csvCell).join(',')}\r\n`;
        }
        yield chunk;
      }
    } finally {
      await slot.release();
    }
  }

  /** A batch's survivors, opened in one short transaction (a cold organisation key loads in it). */
  private openSurvivors(sealed: Map<string, Uint8Array>): Promise<Map<string, Survivor>> {
    return this.db.transaction(async (tx) => {
      const opened = new Map<string, Survivor>();
      for (const [caseId, box] of sealed) opened.set(caseId, await this.vault.open(tx, caseId, box));
      return opened;
    });
  }

  private cells(row: CaseSummaryView): string[] {
    return [
      row.reference,
      row.title,
      row.status,
      row.riskLevel,
      row.abuseTypes.join('; '),
      row.platforms.join('; '),
      row.tags.join('; '),
      String(row.restricted),
      String(row.crossBorder),
      row.assignees.map((person) => person.displayName).join('; '),
      row.createdAt,
      row.updatedAt,
    ];
  }
}
