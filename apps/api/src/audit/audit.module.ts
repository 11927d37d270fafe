import { Global, Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AuditController } from './audit.controller';
import { AuditNudge } from './audit-nudge.service';
import { AuditService } from './audit.service';
import { AuditVerifier } from './audit-verify.service';

@Global()
@Module({
  // The log names the cases its events are about by their references.
  imports: [CasesModule],
  controllers: [AuditController],
  providers: [AuditService, AuditVerifier, AuditNudge],
  exports: [AuditService],
})
export class AuditModule {}
