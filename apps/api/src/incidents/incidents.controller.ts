import { Controller } from '@nestjs/common';
import { caseRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { IncidentsService } from './incidents.service';

@Controller()
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Route(caseRoutes.listIncidents)
  list(
    @Input() input: RouteInput<typeof caseRoutes.listIncidents>,
  ): Promise<RouteOutput<typeof caseRoutes.listIncidents>> {
    return this.incidents.list(input.params.id);
  }

  @Route(caseRoutes.addIncident)
  add(
    @Input() input: RouteInput<typeof caseRoutes.addIncident>,
  ): Promise<RouteOutput<typeof caseRoutes.addIncident>> {
    return this.incidents.add(input.params.id, input.body);
  }
}
