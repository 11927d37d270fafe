import { Controller } from '@nestjs/common';
import { auditRoutes, RouteInput, RouteOutput } from '@cairn/contracts';
import { Input, Route } from '../core/http/route.decorator';
import { AuditService } from './audit.service';
import { AuditVerifier } from './audit-verify.service';

@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly verifier: AuditVerifier,
  ) {}

  @Route(auditRoutes.list)
  list(
    @Input() input: RouteInput<typeof auditRoutes.list>,
  ): Promise<RouteOutput<typeof auditRoutes.list>> {
    return this.audit.list(input.query);
  }

  @Route(auditRoutes.verify)
  async verify(): Promise<RouteOutput<typeof auditRoutes.verify>> {
    const result = await this.verifier.verify();
    await this.audit.recordAlone({
      action: 'audit.verified',
      data: { ok: result.ok, checked: result.checked, pending: result.pending },
    });
    return result;
  }
}
