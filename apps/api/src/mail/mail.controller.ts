import { Controller } from '@nestjs/common';
import { mailRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { CaughtMailService } from './catcher/caught-mail.service';
import { OutboxAdminService } from './outbox/outbox-admin.service';
import { MailSettingsService } from './settings/mail-settings.service';

@Controller()
export class MailController {
  constructor(
    private readonly outbox: OutboxAdminService,
    private readonly caught: CaughtMailService,
    private readonly settings: MailSettingsService,
  ) {}

  @Route(mailRoutes.settings)
  getSettings(): Promise<RouteOutput<typeof mailRoutes.settings>> {
    return this.settings.get();
  }

  @Route(mailRoutes.updateSettings)
  updateSettings(
    @Input() input: RouteInput<typeof mailRoutes.updateSettings>,
  ): Promise<RouteOutput<typeof mailRoutes.updateSettings>> {
    return this.settings.update(input.body);
  }

  @Route(mailRoutes.outbox)
  outboxList(
    @Input() input: RouteInput<typeof mailRoutes.outbox>,
  ): Promise<RouteOutput<typeof mailRoutes.outbox>> {
    return this.outbox.list(input.query);
  }

  @Route(mailRoutes.outboxMessage)
  outboxMessage(
    @Input() input: RouteInput<typeof mailRoutes.outboxMessage>,
  ): Promise<RouteOutput<typeof mailRoutes.outboxMessage>> {
    return this.outbox.get(input.params.id);
  }

  @Route(mailRoutes.resend)
  resend(
    @Input() input: RouteInput<typeof mailRoutes.resend>,
  ): Promise<RouteOutput<typeof mailRoutes.resend>> {
    return this.outbox.resend(input.params.id);
  }

  @Route(mailRoutes.caught)
  caughtList(
    @Input() input: RouteInput<typeof mailRoutes.caught>,
  ): Promise<RouteOutput<typeof mailRoutes.caught>> {
    return this.caught.list(input.query);
  }

  @Route(mailRoutes.caughtMessage)
  caughtMessage(
    @Input() input: RouteInput<typeof mailRoutes.caughtMessage>,
  ): Promise<RouteOutput<typeof mailRoutes.caughtMessage>> {
    return this.caught.get(input.params.id);
  }
}
