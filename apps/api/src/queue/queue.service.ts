import { Injectable } from '@nestjs/common';
import { CaseStatus, type CaseListQuery, type QueueView } from '@cairn/contracts';
import { CaseListService } from '../cases/case-list.service';
import { FollowUpsService } from '../contacts/follow-ups.service';
import { AccessService } from '../core/access/access.service';
import { RequestContext } from '../core/context/request-context';

/** How many items each section shows; its count says how many there are in all. */
const SECTION_SIZE = 20;

const OPEN = CaseStatus.options.filter((status) => status !== 'CLOSED');

/** The open cases matching `filter`, the most at risk first, then the most recently changed. */
const openByRisk = (filter: { mine?: true; unassigned?: true }): CaseListQuery => ({
  ...filter,
  status: OPEN,
  sort: 'riskLevel',
  order: 'desc',
  limit: SECTION_SIZE,
});

/** A caseworker's landing page: what needs them now. */
@Injectable()
export class QueueService {
  constructor(
    private readonly cases: CaseListService,
    private readonly followUps: FollowUpsService,
    private readonly access: AccessService,
  ) {}

  async mine(): Promise<QueueView> {
    const mayTriage = this.access.can(RequestContext.requireActor(), 'cases.triage');
    // Each list reads, and audits, in a transaction of its own, as the case list does.
    const mine = await this.cases.list(openByRisk({ mine: true }));
    const unassigned = mayTriage ? await this.cases.list(openByRisk({ unassigned: true })) : null;
    const due = await this.followUps.due(SECTION_SIZE);
    const section = ({
      items,
      total,
      totalCapped,
    }: Awaited<ReturnType<CaseListService['list']>>) => ({
      items,
      total,
      totalCapped,
    });
    return {
      mine: section(mine),
      unassigned: unassigned && section(unassigned),
      followUps: { items: due.items, total: due.total, totalCapped: due.totalCapped },
      today: due.today,
    };
  }
}
