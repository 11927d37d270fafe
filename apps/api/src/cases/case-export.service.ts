import { Injectable } from '@nestjs/common';
import type { CaseExportQuery, CaseSummaryView } from '@cairn/contracts';
import { AccessService } from '../core/access/access.service';
import { RequestContext } from '../core/context/request-context';
import { CaseListService } from './case-list.service';
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

/** The filtered case list as CSV; survivor fields only for roles allowed to take them out. */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly list: CaseListService,
    private readonly access: AccessService,
    private readonly vault: SurvivorVault,
  ) {}

  async csv(query: CaseExportQuery): Promise<string> {
    const withSurvivor = Boolean(query.includeSurvivor);
    if (withSurvivor) this.access.require(RequestContext.requireActor(), 'cases.export-survivor');
    const lines = [[...COLUMNS, ...(withSurvivor ? SURVIVOR_COLUMNS : [])].join(',')];
    await this.list.forEachMatching(query, withSurvivor, async (rows, sealed, tx) => {
      for (const row of rows) {
        const cells = this.cells(row);
        const box = sealed.get(row.id);
        if (withSurvivor && box) {
          const survivor = await this.vault.open(tx, row.id, box);
          cells.push(
            survivor.name,
            survivor.preferredLanguage,
            survivor.safeContact.channels.join('; '),
            survivor.safeContact.safeTimes,
            survivor.safeContact.never.join('; '),
          );
        }
        lines.push(cells.map(csvCell).join(','));
      }
    });
    return `${lines.join('\r\n')}\r\n`;
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
