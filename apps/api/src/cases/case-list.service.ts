import { Injectable } from '@nestjs/common';
import {
  encodeCursor,
  type CaseFilterQuery,
  type CaseListQuery,
  type CaseListView,
  type CaseSummaryView,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { Prisma } from '../generated/prisma/client';
import { CaseAccess } from './case-access.service';
import { isCrossBorder } from './case-views';

interface CaseRow {
  id: string;
  reference: string;
  title: string;
  status: CaseSummaryView['status'];
  risk_level: CaseSummaryView['riskLevel'];
  abuse_types: string[];
  platforms: string[];
  tags: string[];
  restricted: boolean;
  survivor_country: string | null;
  source: CaseSummaryView['source'];
  unverified: boolean;
  other_party_country: string | null;
  created_at: Date;
  updated_at: Date;
  assignees: { userId: string; displayName: string }[];
  survivor_sealed?: Uint8Array;
  reference_match?: boolean;
}

/** A search, resolved before the list is planned. */
interface Search {
  /** The words, as a constant tsquery. */
  tsquery: string;
  /** An ILIKE pattern over references, when the words look like (part of) one. */
  reference?: string;
}

/**
 * A reference or a piece of one (DH-2026-0042, 2026-0042, 0042): one word of letters, digits
 * and dashes holding a digit. Three characters at least, the shortest a trigram index serves.
 * Those characters are never LIKE wildcards, so the pattern needs no escaping.
 */
const REFERENCE_PART = /^[A-Za-z0-9-]*[0-9][A-Za-z0-9-]*$/;

function referencePattern(q: string): string | undefined {
  const word = q.trim();
  return word.length >= 3 && REFERENCE_PART.test(word) ? `%${word}%` : undefined;
}

const SORT_COLUMNS = {
  updatedAt: Prisma.sql`c.updated_at`,
  createdAt: Prisma.sql`c.created_at`,
  riskLevel: Prisma.sql`c.risk_level`,
  reference: Prisma.sql`c.reference`,
} as const;

const SORT_CASTS = {
  updatedAt: Prisma.sql`timestamptz`,
  createdAt: Prisma.sql`timestamptz`,
  riskLevel: Prisma.sql`risk_level`,
  reference: Prisma.sql`text`,
} as const;

/** The list's columns, the assignees folded in so that a page is one query. */
const LIST_COLUMNS = Prisma.sql`c.id, c.reference, c.title, c.status, c.risk_level, c.abuse_types,
  c.platforms, c.tags, c.restricted, c.source, c.unverified, c.survivor_country, c.other_party_country, c.created_at, c.updated_at,
  coalesce((SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name) ORDER BY a.assigned_at)
            FROM case_assignee a JOIN app_user u ON u.id = a.user_id WHERE a.case_id = c.id), '[]') AS assignees`;

/** Cases read per transaction by the CSV export. */
const EXPORT_BATCH = 500;

/** Counting stops here: an exact count of a large list costs a scan of all of it. */
export const COUNT_CAP = 1000;

function sortValue(row: CaseRow, sort: CaseListQuery['sort']): string {
  switch (sort) {
    case 'updatedAt':
      return row.updated_at.toISOString();
    case 'createdAt':
      return row.created_at.toISOString();
    case 'riskLevel':
      return row.risk_level;
    case 'reference':
      return row.reference;
  }
}

/**
 * The case list: filters, full-text search, keyset pagination and CSV export, in SQL so
 * that search and sort use the indexes. Every query carries the tenant and the visibility
 * rule, so a restricted case the caller may not see is never counted or shown.
 */
@Injectable()
export class CaseListService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  /**
   * The search as a constant tsquery, computed first so that the planner sees its words
   * (and their frequency) when it plans the list, rather than an opaque function call.
   */
  private async searchQuery(tx: Tx, q: string | undefined): Promise<Search | undefined> {
    if (!q) return undefined;
    const [row] = await tx.$queryRaw<
      { tsq: string }[]
    >`SELECT cairn_search_query(${q})::text AS tsq`;
    return { tsquery: row?.tsq ?? '', reference: referencePattern(q) };
  }

  private where(filters: CaseFilterQuery, search: Search | undefined): Prisma.Sql {
    const actor = RequestContext.requireActor();
    const parts: Prisma.Sql[] = [
      Prisma.sql`c.organization_id = ${actor.organizationId}::uuid`,
      this.access.visibleSql(),
    ];
    if (filters.status?.length)
      parts.push(Prisma.sql`c.status = ANY(${filters.status}::case_status[])`);
    if (filters.risk?.length)
      parts.push(Prisma.sql`c.risk_level = ANY(${filters.risk}::risk_level[])`);
    if (filters.abuseType?.length)
      parts.push(Prisma.sql`c.abuse_types && ${filters.abuseType}::text[]`);
    if (filters.platform) parts.push(Prisma.sql`c.platforms @> ARRAY[${filters.platform}]::text[]`);
    if (filters.tag) parts.push(Prisma.sql`c.tags @> ARRAY[${filters.tag}]::text[]`);
    const assigned = (userId: string) =>
      Prisma.sql`EXISTS (SELECT 1 FROM case_assignee a WHERE a.case_id = c.id AND a.user_id = ${userId}::uuid)`;
    if (filters.assignee) parts.push(assigned(filters.assignee));
    if (filters.mine) parts.push(assigned(actor.userId));
    if (filters.unassigned) {
      parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM case_assignee a WHERE a.case_id = c.id)`);
    }
    if (filters.createdFrom)
      parts.push(Prisma.sql`c.created_at >= ${new Date(filters.createdFrom)}`);
    if (filters.createdTo) parts.push(Prisma.sql`c.created_at < ${new Date(filters.createdTo)}`);
    if (filters.updatedFrom)
      parts.push(Prisma.sql`c.updated_at >= ${new Date(filters.updatedFrom)}`);
    if (filters.updatedTo) parts.push(Prisma.sql`c.updated_at < ${new Date(filters.updatedTo)}`);
    if (search?.reference !== undefined) {
      parts.push(
        Prisma.sql`(c.search @@ ${search.tsquery}::tsquery OR c.reference ILIKE ${search.reference})`,
      );
    } else if (search) parts.push(Prisma.sql`c.search @@ ${search.tsquery}::tsquery`);
    return Prisma.join(parts, ' AND ');
  }

  private toSummary(row: CaseRow): CaseSummaryView {
    return {
      id: row.id,
      reference: row.reference,
      title: row.title,
      status: row.status,
      riskLevel: row.risk_level,
      abuseTypes: row.abuse_types as CaseSummaryView['abuseTypes'],
      platforms: row.platforms,
      tags: row.tags,
      restricted: row.restricted,
      crossBorder: isCrossBorder(row.survivor_country, row.other_party_country),
      source: row.source,
      unverified: row.unverified,
      assignees: row.assignees,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }

  list(query: CaseListQuery): Promise<CaseListView> {
    return this.db.transaction(async (tx) => {
      const search = await this.searchQuery(tx, query.q);
      const where = this.where(query, search);
      const column = SORT_COLUMNS[query.sort];
      const direction = query.order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
      // The cases whose reference matches come first, whatever the sort: someone who types
      // a reference is looking for that case.
      const referenceMatch = search?.reference
        ? Prisma.sql`(c.reference ILIKE ${search.reference})`
        : undefined;
      let page = where;
      if (query.cursor) {
        // The schema checked that the cursor's value casts to the sort column's type.
        const { value, id } = query.cursor;
        const comparison = query.order === 'asc' ? Prisma.sql`>` : Prisma.sql`<`;
        const after = Prisma.sql`(${column}, c.id) ${comparison} (${value}::${SORT_CASTS[query.sort]}, ${id}::uuid)`;
        const matched = query.cursor.referenceMatch ?? false;
        page = referenceMatch
          ? Prisma.sql`${where} AND (${referenceMatch} < ${matched}::boolean OR (${referenceMatch} = ${matched}::boolean AND ${after}))`
          : Prisma.sql`${where} AND ${after}`;
      }
      const rows = await tx.$queryRaw<CaseRow[]>`
        SELECT ${LIST_COLUMNS}
               ${referenceMatch ? Prisma.sql`, ${referenceMatch} AS reference_match` : Prisma.empty}
        FROM case_file c WHERE ${page}
        ORDER BY ${referenceMatch ? Prisma.sql`${referenceMatch} DESC,` : Prisma.empty}
                 ${column} ${direction}, c.id ${direction}
        LIMIT ${query.limit + 1}`;
      const [counted] = await tx.$queryRaw<{ total: number }[]>`
        SELECT count(*)::int AS total FROM (SELECT 1 FROM case_file c WHERE ${where} LIMIT ${COUNT_CAP + 1}) matching`;
      const total = Math.min(counted?.total ?? 0, COUNT_CAP);
      const totalCapped = (counted?.total ?? 0) > COUNT_CAP;
      const visible = rows.slice(0, query.limit);
      const last = visible[visible.length - 1];
      await this.audit.record(tx, {
        action: 'cases.listed',
        data: { returned: visible.length, total, searched: Boolean(query.q) },
      });
      return {
        items: visible.map((row) => this.toSummary(row)),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({
                sort: query.sort,
                value: sortValue(last, query.sort),
                id: last.id,
                referenceMatch: last.reference_match,
              })
            : null,
        total,
        totalCapped,
      };
    });
  }

  /**
   * Every matching case, newest first, for the CSV export: one short transaction per batch,
   * so an export of any size holds no connection or snapshot for long and keeps one batch in
   * memory. The order is by creation, which never changes, and the walk stops at cases
   * created before it began: each case appears at most once, with its fields as they were
   * when its batch was read. An edit during the export can therefore show in its row (but
   * never duplicate it), and a case whose edit takes it out of the filters may be missing.
   */
  async *matching(
    filters: CaseFilterQuery,
    withSurvivor: boolean,
  ): AsyncGenerator<{ rows: CaseSummaryView[]; sealed: Map<string, Uint8Array> }> {
    const startedAt = new Date();
    let search: Search | undefined;
    let after: { created: Date; id: string } | undefined;
    for (;;) {
      const rows = await this.db.transaction(async (tx) => {
        if (after === undefined) search = await this.searchQuery(tx, filters.q);
        const where = this.where(filters, search);
        const page = after
          ? Prisma.sql`${where} AND (c.created_at, c.id) < (${after.created}, ${after.id}::uuid)`
          : Prisma.sql`${where} AND c.created_at <= ${startedAt}`;
        return tx.$queryRaw<CaseRow[]>`
          SELECT ${LIST_COLUMNS}
                 ${withSurvivor ? Prisma.sql`, c.survivor_sealed` : Prisma.empty}
          FROM case_file c WHERE ${page}
          ORDER BY c.created_at DESC, c.id DESC LIMIT ${EXPORT_BATCH}`;
      });
      if (rows.length === 0) return;
      yield {
        rows: rows.map((row) => this.toSummary(row)),
        sealed: new Map(
          rows.flatMap((row) => (row.survivor_sealed ? [[row.id, row.survivor_sealed]] : [])),
        ),
      };
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1]!;
      after = { created: last.created_at, id: last.id };
    }
  }
}
