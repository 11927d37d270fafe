import { Controller } from '@nestjs/common';
import { RouteInput, RouteOutput, staffRoutes } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { StaffService } from './staff.service';

@Controller()
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Route(staffRoutes.list)
  list(): Promise<RouteOutput<typeof staffRoutes.list>> {
    return this.staff.list();
  }

  @Route(staffRoutes.update)
  update(
    @Input() input: RouteInput<typeof staffRoutes.update>,
  ): Promise<RouteOutput<typeof staffRoutes.update>> {
    return this.staff.update(input.params.id, input.body);
  }

  @Route(staffRoutes.remove)
  remove(@Input() input: RouteInput<typeof staffRoutes.remove>): Promise<void> {
    return this.staff.remove(input.params.id);
  }
}
