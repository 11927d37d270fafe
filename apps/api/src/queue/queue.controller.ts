import { Controller } from '@nestjs/common';
import { queueRoutes, RouteOutput } from '@cairn/contracts';
import { Route } from '../core/http/route.decorator';
import { QueueService } from './queue.service';

@Controller()
export class QueueController {
  constructor(private readonly queue: QueueService) {}

  @Route(queueRoutes.mine)
  mine(): Promise<RouteOutput<typeof queueRoutes.mine>> {
    return this.queue.mine();
  }
}
