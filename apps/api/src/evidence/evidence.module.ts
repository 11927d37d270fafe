import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CONFIG } from '../core/config/config';
import type { AppConfig } from '../core/config/config.schema';
import { EvidenceAnalysisReadService } from './analysis/evidence-analysis-read.service';
import { EvidenceAnalysisQueue } from './analysis/evidence-analysis-queue';
import { EvidenceFlagsService } from './evidence-flags.service';
import { EvidenceLinksService } from './evidence-links.service';
import { EvidenceReadService } from './evidence-read.service';
import { EvidenceController } from './evidence.controller';
import { EvidenceUploadService } from './evidence-upload.service';
import { EvidenceVault } from './evidence-vault';
import { EvidenceExportController } from './export/evidence-export.controller';
import { EvidenceExportService } from './export/evidence-export.service';
import { JobQueue } from '../jobs/job-queue.service';
import { createEvidenceStore } from './storage/create-store';
import { EVIDENCE_STORE } from './storage/evidence-store';

@Module({
  imports: [CasesModule],
  controllers: [EvidenceController, EvidenceExportController],
  providers: [
    {
      provide: EVIDENCE_STORE,
      useFactory: (config: AppConfig) => createEvidenceStore(config),
      inject: [CONFIG],
    },
    EvidenceVault,
    EvidenceUploadService,
    EvidenceLinksService,
    EvidenceReadService,
    EvidenceFlagsService,
    EvidenceAnalysisQueue,
    EvidenceAnalysisReadService,
    EvidenceExportService,
    JobQueue,
  ],
  exports: [EvidenceUploadService],
})
export class EvidenceModule {}
