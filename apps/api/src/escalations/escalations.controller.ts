import { Controller } from '@nestjs/common';
import { escalationRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { EscalationsService } from './escalations.service';

@Controller()
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Route(escalationRoutes.settings)
  settings(): Promise<RouteOutput<typeof escalationRoutes.settings>> {
    return this.escalations.settings();
  }

  @Route(escalationRoutes.setCalendar)
  setCalendar(
    @Input() input: RouteInput<typeof escalationRoutes.setCalendar>,
  ): Promise<RouteOutput<typeof escalationRoutes.setCalendar>> {
    return this.escalations.setCalendar(input.body);
  }

  @Route(escalationRoutes.createRule)
  createRule(
    @Input() input: RouteInput<typeof escalationRoutes.createRule>,
  ): Promise<RouteOutput<typeof escalationRoutes.createRule>> {
    return this.escalations.createRule(input.body);
  }

  @Route(escalationRoutes.getRule)
  getRule(
    @Input() input: RouteInput<typeof escalationRoutes.getRule>,
  ): Promise<RouteOutput<typeof escalationRoutes.getRule>> {
    return this.escalations.getRule(input.params.id);
  }

  @Route(escalationRoutes.updateRule)
  updateRule(
    @Input() input: RouteInput<typeof escalationRoutes.updateRule>,
  ): Promise<RouteOutput<typeof escalationRoutes.updateRule>> {
    return this.escalations.updateRule(input.params.id, input.body);
  }

  @Route(escalationRoutes.deleteRule)
  deleteRule(@Input() input: RouteInput<typeof escalationRoutes.deleteRule>): Promise<void> {
    return this.escalations.deleteRule(input.params.id);
  }

  @Route(escalationRoutes.setOnCall)
  setOnCall(
    @Input() input: RouteInput<typeof escalationRoutes.setOnCall>,
  ): Promise<RouteOutput<typeof escalationRoutes.setOnCall>> {
    return this.escalations.setOnCall(input.params.id, input.body);
  }
}
