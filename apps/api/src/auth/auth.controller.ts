import { Controller, Headers } from '@nestjs/common';
import { authRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { RequestContext } from '../core/context/request-context';
import { Input, Route } from '../core/http/route.decorator';
import { LoginService } from './login.service';
import { MeService } from './me.service';
import { SessionsService } from './sessions.service';

@Controller()
export class AuthController {
  constructor(
    private readonly login: LoginService,
    private readonly sessions: SessionsService,
    private readonly me: MeService,
  ) {}

  @Route(authRoutes.login)
  signIn(
    @Input() input: RouteInput<typeof authRoutes.login>,
    @Headers('user-agent') userAgent?: string,
  ): Promise<RouteOutput<typeof authRoutes.login>> {
    return this.login.login(input.body, userAgent);
  }

  @Route(authRoutes.logout)
  async signOut(): Promise<void> {
    await this.sessions.revokeCurrent(RequestContext.requireActor());
  }

  @Route(authRoutes.me)
  whoAmI(): Promise<RouteOutput<typeof authRoutes.me>> {
    const actor = RequestContext.requireActor();
    return this.me.view(actor.userId, actor.organizationId);
  }
}
