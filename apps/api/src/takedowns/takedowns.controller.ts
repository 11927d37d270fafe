import { Controller } from '@nestjs/common';
import { takedownRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { TakedownSendingService } from './takedown-sending.service';
import { TakedownsService } from './takedowns.service';

type Routes = typeof takedownRoutes;
type In<K extends keyof Routes> = RouteInput<Routes[K]>;
type Out<K extends keyof Routes> = Promise<RouteOutput<Routes[K]>>;

@Controller()
export class TakedownsController {
  constructor(
    private readonly takedowns: TakedownsService,
    private readonly sending: TakedownSendingService,
  ) {}

  @Route(takedownRoutes.list)
  list(@Input() input: In<'list'>): Out<'list'> {
    return this.takedowns.list(input.params.id);
  }

  @Route(takedownRoutes.create)
  create(@Input() input: In<'create'>): Out<'create'> {
    return this.takedowns.create(input.params.id, input.body);
  }

  @Route(takedownRoutes.createLetter)
  createLetter(@Input() input: In<'createLetter'>): Out<'createLetter'> {
    return this.takedowns.createLetter(input.params.id, input.body);
  }

  @Route(takedownRoutes.get)
  get(@Input() input: In<'get'>): Out<'get'> {
    return this.takedowns.get(input.params.id, input.params.takedownId);
  }

  @Route(takedownRoutes.update)
  update(@Input() input: In<'update'>): Out<'update'> {
    return this.takedowns.update(input.params.id, input.params.takedownId, input.body);
  }

  @Route(takedownRoutes.preview)
  preview(@Input() input: In<'preview'>): Out<'preview'> {
    return this.takedowns.preview(input.params.id, input.params.takedownId);
  }

  @Route(takedownRoutes.submit)
  submit(@Input() input: In<'submit'>): Out<'submit'> {
    return this.takedowns.submit(input.params.id, input.params.takedownId);
  }

  @Route(takedownRoutes.approve)
  approve(@Input() input: In<'approve'>): Out<'approve'> {
    return this.sending.approve(input.params.id, input.params.takedownId);
  }

  @Route(takedownRoutes.recordSubmission)
  recordSubmission(@Input() input: In<'recordSubmission'>): Out<'recordSubmission'> {
    return this.sending.recordSubmission(input.params.id, input.params.takedownId);
  }

  @Route(takedownRoutes.recordOutcome)
  recordOutcome(@Input() input: In<'recordOutcome'>): Out<'recordOutcome'> {
    return this.sending.recordOutcome(input.params.id, input.params.takedownId, input.body);
  }
}
