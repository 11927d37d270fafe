import { Injectable } from '@nestjs/common';
import { Permission, roleAllows } from '@cairn/contracts';
import { Actor } from '../context/request-context';
import { AppError } from '../errors/app-error';

/** Decides what the signed-in user may do. No other code checks roles. */
@Injectable()
export class AccessService {
  can(actor: Actor, permission: Permission): boolean {
    return roleAllows(actor.role, permission);
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
