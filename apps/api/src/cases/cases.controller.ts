import { Controller, Res } from '@nestjs/common';
import { caseRoutes } from '@cairn/contracts';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

  /**
   * Refusals answer problem+json; once the file has begun, a failure cuts the answer short
   * (no closing chunk), so that a partial file cannot pass for a whole one.
   */
  @Route(caseRoutes.exportCsv)
  async exportCsv(@Input() input: CaseIn<'exportCsv'>, @Res() reply: FastifyReply): Promise<void> {
    const lines = await this.caseExport.open(input.query);
    const body = new PassThrough();
    const day = new Date().toISOString().slice(0, 10);
    void reply
      .status(200)
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="cases-${day}.csv"`)
      .header('cache-control', 'no-store')
      .send(body);
    // Driven from here, inside the request's context, which each batch's transaction needs.
    await pipeline(lines, body).catch((error: unknown) => {
      reply.log.warn({ err: error }, 'CSV export cut short');
    });
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
