import { Injectable } from '@nestjs/common';
import {
  CASE_WORDS,
  ExportLocale,
  type CaseExportQuery,
  type CaseWords,
  type CaseSummaryView,
  type Survivor,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../core/access/access.service';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { CaseListService } from './case-list.service';
import { spreadsheetTime } from './export-labels';
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

/** How the rows are written: the reader's words, the organisation's clock. */
interface Presentation {
  words: CaseWords;
  timeZone: string;
}

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
    const organization = await this.db.transaction((tx) =>
      tx.organization.findUniqueOrThrow({
        where: { id: actor.organizationId },
        select: { timeZone: true, defaultLocale: true },
      }),
    );
    const fallback = ExportLocale.safeParse(organization.defaultLocale);
    const presentation: Presentation = {
      words: CASE_WORDS[query.locale ?? (fallback.success ? fallback.data : 'en')],
      timeZone: organization.timeZone,
    };
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
    return this.lines(query, withSurvivor, presentation, slot);
  }

  private async *lines(
    query: CaseExportQuery,
    withSurvivor: boolean,
    presentation: Presentation,
    slot: ExportSlot,
  ): AsyncGenerator<string> {
    try {
      // The byte order mark tells spreadsheet programs the file is UTF-8, so accents survive.
      yield `\uFEFF${[...COLUMNS, ...(withSurvivor ? SURVIVOR_COLUMNS : [])].join(',')}\r\n`;
      for await (const { rows, sealed } of this.list.matching(query, withSurvivor)) {
        const survivors = withSurvivor
          ? await this.openSurvivors(sealed)
          : new Map<string, Survivor>();
        let chunk = '';
        for (const row of rows) {
          const cells = this.cells(row, presentation);
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
      for (const [caseId, box] of sealed)
        opened.set(caseId, await this.vault.open(tx, caseId, box));
      return opened;
    });
  }

  private cells(row: CaseSummaryView, { words, timeZone }: Presentation): string[] {
    const yesNo = (value: boolean) => (value ? words.yes : words.no);
    return [
      row.reference,
      row.title,
      words.status[row.status],
      words.risk[row.riskLevel],
      row.abuseTypes.map((type) => words.abuseType[type]).join('; '),
      row.platforms.join('; '),
      row.tags.join('; '),
      yesNo(row.restricted),
      yesNo(row.crossBorder),
      row.assignees.map((person) => person.displayName).join('; '),
      spreadsheetTime(row.createdAt, timeZone),
      spreadsheetTime(row.updatedAt, timeZone),
    ];
  }
}
