import { Controller, Res } from '@nestjs/common';
import { caseRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import type { FastifyReply } from 'fastify';
import { Input, Route } from '../core/http/route.decorator';
import { CaseExportService } from './case-export.service';
import { CaseListService } from './case-list.service';
import { CasesService } from './cases.service';

type In<K extends keyof typeof caseRoutes> = RouteInput<(typeof caseRoutes)[K]>;
type Out<K extends keyof typeof caseRoutes> = Promise<RouteOutput<(typeof caseRoutes)[K]>>;

@Controller()
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly caseList: CaseListService,
    private readonly caseExport: CaseExportService,
  ) {}

  @Route(caseRoutes.list)
  list(@Input() input: In<'list'>): Out<'list'> {
    return this.caseList.list(input.query);
  }

  @Route(caseRoutes.exportCsv)
  async exportCsv(
    @Input() input: In<'exportCsv'>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const csv = await this.caseExport.csv(input.query);
    const day = new Date().toISOString().slice(0, 10);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="cases-${day}.csv"`)
      .header('cache-control', 'no-store');
    return csv;
  }

  @Route(caseRoutes.create)
  create(@Input() input: In<'create'>): Out<'create'> {
    return this.cases.create(input.body);
  }

  @Route(caseRoutes.assignableStaff)
  assignableStaff(): Out<'assignableStaff'> {
    return this.cases.assignableStaff();
  }

  @Route(caseRoutes.get)
  get(@Input() input: In<'get'>): Out<'get'> {
    return this.cases.get(input.params.id);
  }

  @Route(caseRoutes.update)
  update(@Input() input: In<'update'>): Out<'update'> {
    return this.cases.update(input.params.id, input.body);
  }

  @Route(caseRoutes.changeStatus)
  changeStatus(@Input() input: In<'changeStatus'>): Out<'changeStatus'> {
    return this.cases.changeStatus(input.params.id, input.body);
  }

  @Route(caseRoutes.setAssignees)
  setAssignees(@Input() input: In<'setAssignees'>): Out<'setAssignees'> {
    return this.cases.setAssignees(input.params.id, input.body);
  }
}
