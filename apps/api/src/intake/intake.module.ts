import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { FollowUpService } from './follow-up.service';
import { IntakeController } from './intake.controller';
import { IntakeForms } from './intake-forms';
import { IntakeRateLimits } from './intake-rate-limits';
import { IntakeSecrets } from './intake-secrets';
import { IntakeStaffController } from './intake-staff.controller';
import { IntakeStaffService } from './intake-staff.service';
import { IntakeSubmissionService } from './intake-submission.service';
import { IntakeTenant } from './intake-tenant';
import { ProofOfWork } from './proof-of-work';

@Module({
  imports: [CasesModule, IncidentsModule, EvidenceModule],
  controllers: [IntakeController, IntakeStaffController],
  providers: [
    IntakeTenant,
    IntakeForms,
    IntakeSecrets,
    IntakeRateLimits,
    ProofOfWork,
    IntakeSubmissionService,
    FollowUpService,
    IntakeStaffService,
  ],
})
export class IntakeModule {}
