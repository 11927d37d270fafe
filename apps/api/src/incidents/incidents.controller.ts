import { Controller } from '@nestjs/common';
import { caseRoutes } from '@cairn/contracts';
import type { CaseIn, CaseOut } from '../cases/case-routes';
import { Input, Route } from '../core/http/route.decorator';
import { IncidentsService } from './incidents.service';

@Controller()
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Route(caseRoutes.listIncidents)
  list(@Input() input: CaseIn<'listIncidents'>): CaseOut<'listIncidents'> {
    return this.incidents.list(input.params.id, input.query);
  }

  @Route(caseRoutes.addIncident)
  add(@Input() input: CaseIn<'addIncident'>): CaseOut<'addIncident'> {
    return this.incidents.add(input.params.id, input.body);
  }

  @Route(caseRoutes.updateIncident)
  update(@Input() input: CaseIn<'updateIncident'>): CaseOut<'updateIncident'> {
    return this.incidents.update(input.params.id, input.params.incidentId, input.body);
  }
}
