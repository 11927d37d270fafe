import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditNudge } from './audit-nudge.service';
import { AuditService } from './audit.service';
import { AuditVerifier } from './audit-verify.service';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditVerifier, AuditNudge],
  exports: [AuditService],
})
export class AuditModule {}
