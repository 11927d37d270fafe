import { Controller, Req, Res } from '@nestjs/common';
import { intakeRoutes } from '@cairn/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../core/access/auth.guard';
import { Input, Route } from '../core/http/route.decorator';
import { FollowUpService } from './follow-up.service';
import type { IntakeIn, IntakeOut } from './intake-routes';
import { IntakeSubmissionService } from './intake-submission.service';

/**
 * Survivors' routes: no account, no cookie. The client address counts against the rate
 * limits (as a salted hash) and is kept nowhere.
 */
@Controller()
export class IntakeController {
  constructor(
    private readonly submissions: IntakeSubmissionService,
    private readonly followUp: FollowUpService,
  ) {}

  @Route(intakeRoutes.challenge)
  challenge(@Input() input: IntakeIn<'challenge'>): IntakeOut<'challenge'> {
    return this.submissions.challenge(input.params.slug);
  }

  @Route(intakeRoutes.submit)
  async submit(
    @Input() input: IntakeIn<'submit'>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { slug, formId } = input.params;
    const outcome = await this.submissions.submit(slug, formId, request, request.ip);
    await reply
      .status(outcome.created ? 201 : 200)
      .header('cache-control', 'no-store')
      .send(outcome.receipt);
  }

  @Route(intakeRoutes.openFollowUp)
  openFollowUp(@Input() input: IntakeIn<'openFollowUp'>): IntakeOut<'openFollowUp'> {
    return this.followUp.open(input.params.slug, input.body);
  }

  @Route(intakeRoutes.followUp)
  view(
    @Input() input: IntakeIn<'followUp'>,
    @Req() request: FastifyRequest,
  ): IntakeOut<'followUp'> {
    return this.followUp.view(input.params.slug, bearerToken(request));
  }

  @Route(intakeRoutes.addFollowUpMessage)
  addMessage(
    @Input() input: IntakeIn<'addFollowUpMessage'>,
    @Req() request: FastifyRequest,
  ): IntakeOut<'addFollowUpMessage'> {
    return this.followUp.addMessage(input.params.slug, bearerToken(request), input.body.text);
  }

  @Route(intakeRoutes.addFollowUpEvidence)
  addEvidence(
    @Input() input: IntakeIn<'addFollowUpEvidence'>,
    @Req() request: FastifyRequest,
  ): IntakeOut<'addFollowUpEvidence'> {
    return this.followUp.addEvidence(input.params.slug, bearerToken(request), request);
  }

  @Route(intakeRoutes.closeFollowUp)
  close(
    @Input() input: IntakeIn<'closeFollowUp'>,
    @Req() request: FastifyRequest,
  ): IntakeOut<'closeFollowUp'> {
    return this.followUp.close(input.params.slug, bearerToken(request));
  }
}
