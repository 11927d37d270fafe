import { Module } from '@nestjs/common';
import { CaseAccess } from './case-access.service';
import { CaseExportService } from './case-export.service';
import { CaseGuideService } from './case-guide.service';
import { CaseListService } from './case-list.service';
import { CaseReferences } from './case-references';
import { CaseRecordsController } from './case-records.controller';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { CaseOpener } from './case-opening.service';
import { ChecklistService } from './checklist.service';
import { ConsentsService } from './consents.service';
import { ExportSlots } from './export-slots';
import { NotesService } from './notes.service';
import { SurvivorVault } from './survivor-vault';
import { TimelineService } from './timeline.service';

@Module({
  controllers: [CasesController, CaseRecordsController],
  providers: [
    CaseAccess,
    CasesService,
    CaseOpener,
    CaseListService,
    CaseReferences,
    CaseExportService,
    ExportSlots,
    CaseGuideService,
    SurvivorVault,
    ChecklistService,
    ConsentsService,
    NotesService,
    TimelineService,
  ],
  exports: [
    CaseAccess,
    CaseListService,
    CaseReferences,
    CaseOpener,
    ConsentsService,
    SurvivorVault,
  ],
})
export class CasesModule {}
