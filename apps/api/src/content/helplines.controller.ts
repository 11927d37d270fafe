import { Controller } from '@nestjs/common';
import { contentRoutes } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import type { ContentIn, ContentOut } from './content-routes';
import { HelplinesService } from './helplines.service';

@Controller()
export class HelplinesController {
  constructor(private readonly helplines: HelplinesService) {}

  @Route(contentRoutes.listHelplines)
  list(): ContentOut<'listHelplines'> {
    return this.helplines.list();
  }

  @Route(contentRoutes.createHelpline)
  create(@Input() input: ContentIn<'createHelpline'>): ContentOut<'createHelpline'> {
    return this.helplines.create(input.body);
  }

  @Route(contentRoutes.updateHelpline)
  update(@Input() input: ContentIn<'updateHelpline'>): ContentOut<'updateHelpline'> {
    return this.helplines.update(input.params.id, input.body);
  }

  @Route(contentRoutes.deleteHelpline)
  remove(@Input() input: ContentIn<'deleteHelpline'>): ContentOut<'deleteHelpline'> {
    return this.helplines.remove(input.params.id);
  }
}
