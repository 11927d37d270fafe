import { Controller } from '@nestjs/common';
import { intakeRoutes } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import type { IntakeIn, IntakeOut } from './intake-routes';
import { IntakeStaffService } from './intake-staff.service';

/** Intake on a case, for staff: the submission, the follow-up code, the survivor thread. */
@Controller()
export class IntakeStaffController {
  constructor(private readonly staff: IntakeStaffService) {}

  @Route(intakeRoutes.newFollowUpCode)
  newCode(@Input() input: IntakeIn<'newFollowUpCode'>): IntakeOut<'newFollowUpCode'> {
    return this.staff.newCode(input.params.id);
  }

  @Route(intakeRoutes.listSurvivorMessages)
  messages(@Input() input: IntakeIn<'listSurvivorMessages'>): IntakeOut<'listSurvivorMessages'> {
    return this.staff.listMessages(input.params.id);
  }

  @Route(intakeRoutes.shareSurvivorMessage)
  share(@Input() input: IntakeIn<'shareSurvivorMessage'>): IntakeOut<'shareSurvivorMessage'> {
    return this.staff.share(input.params.id, input.body.text);
  }

  @Route(intakeRoutes.intake)
  intake(@Input() input: IntakeIn<'intake'>): IntakeOut<'intake'> {
    return this.staff.intake(input.params.id);
  }
}
