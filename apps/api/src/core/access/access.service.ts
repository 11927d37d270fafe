import { Injectable } from '@nestjs/common';
import { Permission, Role, roleAllows } from '@cairn/contracts';
import { Actor } from '../context/request-context';
import { AppError } from '../errors/app-error';

/** Decides what the signed-in user may do. No other code checks roles. */
@Injectable()
export class AccessService {
  can(actor: Actor, permission: Permission): boolean {
    return roleAllows(actor.role, permission);
  }

  /**
   * Whether a member runs the deployment itself: an admin of the organisation the operator
   * named (`operatorSlug`, from OPERATOR_ORG_SLUG). What every organisation shares, the job
   * queues, is theirs alone; no operator named means nobody.
   */
  operatesDeployment(
    role: Role,
    organizationSlug: string,
    operatorSlug: string | undefined,
  ): boolean {
    return (
      operatorSlug !== undefined &&
      organizationSlug === operatorSlug &&
      roleAllows(role, 'deployment.operate')
    );
  }

  /** Throws 403 unless the role grants the permission; `detail` says what was refused. */
  require(actor: Actor, permission: Permission, detail?: string): void {
    if (!this.can(actor, permission)) {
      throw new AppError(
        'forbidden',
        detail ?? `Your role (${actor.role}) may not do this (${permission})`,
      );
    }
  }
}
