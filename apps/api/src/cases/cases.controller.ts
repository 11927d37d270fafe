import { Controller, Res } from '@nestjs/common';
import { caseRoutes } from '@cairn/contracts';
import type { FastifyReply } from 'fastify';
import { Input, Route } from '../core/http/route.decorator';
import type { CaseIn, CaseOut } from './case-routes';
import { CaseExportService } from './case-export.service';
import { CaseListService } from './case-list.service';
import { CasesService } from './cases.service';

@Controller()
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly caseList: CaseListService,
    private readonly caseExport: CaseExportService,
  ) {}

  @Route(caseRoutes.list)
  list(@Input() input: CaseIn<'list'>): CaseOut<'list'> {
    return this.caseList.list(input.query);
  }

  @Route(caseRoutes.exportCsv)
  async exportCsv(
    @Input() input: CaseIn<'exportCsv'>,
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
  create(@Input() input: CaseIn<'create'>): CaseOut<'create'> {
    return this.cases.create(input.body);
  }

  @Route(caseRoutes.assignableStaff)
  assignableStaff(): CaseOut<'assignableStaff'> {
    return this.cases.assignableStaff();
  }

  @Route(caseRoutes.get)
  get(@Input() input: CaseIn<'get'>): CaseOut<'get'> {
    return this.cases.get(input.params.id);
  }

  @Route(caseRoutes.update)
  update(@Input() input: CaseIn<'update'>): CaseOut<'update'> {
    return this.cases.update(input.params.id, input.body);
  }

  @Route(caseRoutes.changeStatus)
  changeStatus(@Input() input: CaseIn<'changeStatus'>): CaseOut<'changeStatus'> {
    return this.cases.changeStatus(input.params.id, input.body);
  }

  @Route(caseRoutes.setAssignees)
  setAssignees(@Input() input: CaseIn<'setAssignees'>): CaseOut<'setAssignees'> {
    return this.cases.setAssignees(input.params.id, input.body);
  }
}
