import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AccessModule } from './core/access/access.module';
import { AuthGuard } from './core/access/auth.guard';
import { CONFIG } from './core/config/config';
import { AppConfig } from './core/config/config.schema';
import { DatabaseModule } from './core/database/database.module';
import { ProblemFilter } from './core/errors/problem.filter';
import { OpenApiController } from './core/openapi/openapi.controller';
import { RedisModule } from './core/redis/redis.module';
import { HealthController } from './health/health.controller';
import { TenancyModule } from './tenancy/tenancy.module';
import { UsersModule } from './users/users.module';
import { CasesModule } from './cases/cases.module';
import { IncidentsModule } from './incidents/incidents.module';
import { ContactsModule } from './contacts/contacts.module';
import { ContentModule } from './content/content.module';
import { EvidenceModule } from './evidence/evidence.module';
import { QueueModule } from './queue/queue.module';
import { MailModule } from './mail/mail.module';
import { EscalationsModule } from './escalations/escalations.module';
import { PlatformsModule } from './platforms/platforms.module';
import { TakedownsModule } from './takedowns/takedowns.module';
import { TemplatesModule } from './templates/templates.module';
import { IntakeModule } from './intake/intake.module';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule,
        RedisModule,
        AccessModule,
        TenancyModule,
        AuditModule,
        AuthModule,
        UsersModule,
        CasesModule,
        IncidentsModule,
        ContactsModule,
        ContentModule,
        EvidenceModule,
        QueueModule,
        MailModule,
        EscalationsModule,
        PlatformsModule,
        TemplatesModule,
        TakedownsModule,
        IntakeModule,
      ],
      controllers: [HealthController, OpenApiController],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [CONFIG],
    };
  }
}
