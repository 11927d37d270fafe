import { Controller } from '@nestjs/common';
import { platformRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { PlatformsService } from './platforms.service';

type In<K extends keyof typeof platformRoutes> = RouteInput<(typeof platformRoutes)[K]>;
type Out<K extends keyof typeof platformRoutes> = Promise<RouteOutput<(typeof platformRoutes)[K]>>;

@Controller()
export class PlatformsController {
  constructor(private readonly platforms: PlatformsService) {}

  @Route(platformRoutes.list)
  list(): Out<'list'> {
    return this.platforms.list();
  }

  @Route(platformRoutes.create)
  create(@Input() input: In<'create'>): Out<'create'> {
    return this.platforms.create(input.body);
  }

  @Route(platformRoutes.get)
  get(@Input() input: In<'get'>): Out<'get'> {
    return this.platforms.get(input.params.id);
  }

  @Route(platformRoutes.update)
  update(@Input() input: In<'update'>): Out<'update'> {
    return this.platforms.update(input.params.id, input.body);
  }
}
