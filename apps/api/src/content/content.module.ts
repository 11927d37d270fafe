import { Module } from '@nestjs/common';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { DraftsService } from './drafts.service';
import { GuideImportProgressService } from './guide-import-progress.service';
import { GuideImportService } from './guide-import.service';
import { HelplinesController } from './helplines.controller';
import { HelplinesService } from './helplines.service';
import { PublicGuideController } from './public-guide.controller';
import { PublicGuideService } from './public-guide.service';
import { PublishingService } from './publishing.service';

@Module({
  controllers: [DocumentsController, HelplinesController, PublicGuideController],
  providers: [
    DocumentsService,
    DraftsService,
    PublishingService,
    GuideImportService,
    GuideImportProgressService,
    HelplinesService,
    PublicGuideService,
  ],
})
export class ContentModule {}
