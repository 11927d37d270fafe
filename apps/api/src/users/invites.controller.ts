import { Controller, Headers } from '@nestjs/common';
import { authRoutes, RouteInput, RouteOutput, staffRoutes } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { InviteAcceptanceService } from './invite-acceptance.service';
import { InvitesService } from './invites.service';

@Controller()
export class InvitesController {
  constructor(
    private readonly invites: InvitesService,
    private readonly acceptance: InviteAcceptanceService,
  ) {}

  @Route(staffRoutes.createInvite)
  create(
    @Input() input: RouteInput<typeof staffRoutes.createInvite>,
  ): Promise<RouteOutput<typeof staffRoutes.createInvite>> {
    return this.invites.create(input.body);
  }

  @Route(staffRoutes.listInvites)
  list(): Promise<RouteOutput<typeof staffRoutes.listInvites>> {
    return this.invites.list();
  }

  @Route(staffRoutes.revokeInvite)
  revoke(@Input() input: RouteInput<typeof staffRoutes.revokeInvite>): Promise<void> {
    return this.invites.revoke(input.params.id);
  }

  @Route(authRoutes.acceptInvite)
  accept(
    @Input() input: RouteInput<typeof authRoutes.acceptInvite>,
    @Headers('user-agent') userAgent?: string,
  ): Promise<RouteOutput<typeof authRoutes.acceptInvite>> {
    return this.acceptance.accept(input.body, userAgent);
  }
}
