import { Controller } from '@nestjs/common';
import { contentRoutes } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import type { ContentIn, ContentOut } from './content-routes';
import { PublicGuideService } from './public-guide.service';

/** Survivors' routes: no session, no cookie, nothing about the reader is kept. */
@Controller()
export class PublicGuideController {
  constructor(private readonly publicGuide: PublicGuideService) {}

  @Route(contentRoutes.publicGuide)
  guide(@Input() input: ContentIn<'publicGuide'>): ContentOut<'publicGuide'> {
    return this.publicGuide.guide(input.params.slug);
  }

  @Route(contentRoutes.publicGuideVersion)
  version(@Input() input: ContentIn<'publicGuideVersion'>): ContentOut<'publicGuideVersion'> {
    return this.publicGuide.version(input.params.slug);
  }

  @Route(contentRoutes.publicHelplines)
  helplines(@Input() input: ContentIn<'publicHelplines'>): ContentOut<'publicHelplines'> {
    return this.publicGuide.helplines(input.query);
  }
}
