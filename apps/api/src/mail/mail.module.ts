import { Inject, Module } from '@nestjs/common';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';
import { CaughtMailService } from './catcher/caught-mail.service';
import { MailController } from './mail.controller';
import { OutboxAdminService } from './outbox/outbox-admin.service';
import { configureOutbox } from './outbox/outbox-runtime';
import { MailSettingsService } from './settings/mail-settings.service';

/** Outgoing mail: the outbox that other domains write to, and its staff pages' routes. */
@Module({
  controllers: [MailController],
  providers: [OutboxAdminService, CaughtMailService, MailSettingsService],
})
export class MailModule {
  constructor(@Inject(CONFIG) config: AppConfig, keys: OrganizationKeysService) {
    configureOutbox({ keys, defaultFrom: config.MAIL_FROM });
  }
}
