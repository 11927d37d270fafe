import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EscalationsController } from './escalations.controller';
import { EscalationsService } from './escalations.service';

/** Escalation rules as admins set them; the worker's jobs fire them (escalation-runner.ts). */
@Module({
  imports: [AuditModule],
  controllers: [EscalationsController],
  providers: [EscalationsService],
})
export class EscalationsModule {}
