import { Controller } from '@nestjs/common';
import { contentRoutes } from '@cairn/contracts';
import { BodyLimit } from '../core/http/body-limit';
import { Input, Route } from '../core/http/route.decorator';
import type { ContentIn, ContentOut } from './content-routes';
import { DocumentsService } from './documents.service';
import { DraftsService } from './drafts.service';
import { GuideImportProgressService } from './guide-import-progress.service';
import { GuideImportService, IMPORT_BODY_LIMIT } from './guide-import.service';
import { PublishingService } from './publishing.service';

@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly drafts: DraftsService,
    private readonly publishing: PublishingService,
    private readonly guideImport: GuideImportService,
    private readonly imports: GuideImportProgressService,
  ) {}

  @Route(contentRoutes.listDocuments)
  list(@Input() input: ContentIn<'listDocuments'>): ContentOut<'listDocuments'> {
    return this.documents.list(input.query);
  }

  @Route(contentRoutes.getDocument)
  get(@Input() input: ContentIn<'getDocument'>): ContentOut<'getDocument'> {
    return this.documents.get(input.query.path);
  }

  @Route(contentRoutes.saveDraft)
  saveDraft(@Input() input: ContentIn<'saveDraft'>): ContentOut<'saveDraft'> {
    return this.drafts.save(input.body.path, input.body.source);
  }

  @Route(contentRoutes.discardDraft)
  discardDraft(@Input() input: ContentIn<'discardDraft'>): ContentOut<'discardDraft'> {
    return this.drafts.discard(input.query.path);
  }

  @Route(contentRoutes.check)
  check(@Input() input: ContentIn<'check'>): ContentOut<'check'> {
    return this.drafts.check(input.body.path, input.body.source);
  }

  @Route(contentRoutes.publish)
  publish(@Input() input: ContentIn<'publish'>): ContentOut<'publish'> {
    return this.publishing.publish(input.body.path, input.body.note);
  }

  @Route(contentRoutes.rollback)
  rollback(@Input() input: ContentIn<'rollback'>): ContentOut<'rollback'> {
    const { path, revision, note } = input.body;
    return this.publishing.rollback(path, revision, note);
  }

  @Route(contentRoutes.withdraw)
  withdraw(@Input() input: ContentIn<'withdraw'>): ContentOut<'withdraw'> {
    return this.publishing.withdraw(input.body.path, input.body.note);
  }

  @Route(contentRoutes.importGuide)
  @BodyLimit(IMPORT_BODY_LIMIT)
  importGuide(@Input() input: ContentIn<'importGuide'>): ContentOut<'importGuide'> {
    return this.guideImport.import(input.body);
  }

  @Route(contentRoutes.startImport)
  @BodyLimit(IMPORT_BODY_LIMIT)
  startImport(@Input() input: ContentIn<'startImport'>): ContentOut<'startImport'> {
    return this.imports.start(input.body);
  }

  @Route(contentRoutes.getImport)
  getImport(@Input() input: ContentIn<'getImport'>): ContentOut<'getImport'> {
    return this.imports.get(input.params.id);
  }
}
