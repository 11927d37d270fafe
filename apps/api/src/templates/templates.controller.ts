import { Controller } from '@nestjs/common';
import { takedownTemplateRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { TemplatesService } from './templates.service';

type Routes = typeof takedownTemplateRoutes;
type In<K extends keyof Routes> = RouteInput<Routes[K]>;
type Out<K extends keyof Routes> = Promise<RouteOutput<Routes[K]>>;

@Controller()
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Route(takedownTemplateRoutes.list)
  list(): Out<'list'> {
    return this.templates.list();
  }

  @Route(takedownTemplateRoutes.get)
  get(@Input() input: In<'get'>): Out<'get'> {
    return this.templates.get(input.params.id);
  }

  @Route(takedownTemplateRoutes.update)
  update(@Input() input: In<'update'>): Out<'update'> {
    return this.templates.update(input.params.id, input.body);
  }

  @Route(takedownTemplateRoutes.preview)
  preview(@Input() input: In<'preview'>): Out<'preview'> {
    return this.templates.preview(input.params.id, input.body);
  }

  @Route(takedownTemplateRoutes.getSettings)
  getSettings(): Out<'getSettings'> {
    return this.templates.getSettings();
  }

  @Route(takedownTemplateRoutes.updateSettings)
  updateSettings(@Input() input: In<'updateSettings'>): Out<'updateSettings'> {
    return this.templates.updateSettings(input.body);
  }
}
