import { Injectable, Logger } from '@nestjs/common';
import { Survivor } from '@cairn/contracts';
import { SealedValueError } from '../core/crypto/envelope';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';

export const SURVIVOR_FIELD = 'case.survivor';

/**
 * The survivor's name and safe-contact rules, sealed with the organisation's data key and
 * bound to this field of this case, so the column holds no plaintext and a value copied onto
 * another case opens nowhere.
 */
@Injectable()
export class SurvivorVault {
  private readonly logger = new Logger('SurvivorVault');

  constructor(private readonly keys: OrganizationKeysService) {}

  async seal(tx: Tx, caseId: string, survivor: Survivor): Promise<Uint8Array<ArrayBuffer>> {
    return Uint8Array.from(
      await this.keys.encrypt(tx, SURVIVOR_FIELD, caseId, JSON.stringify(survivor)),
    );
  }

  /**
   * A value that does not open here was altered or moved from another case. Showing nothing
   * is the only safe answer (an empty "never" list could read as "calling is fine"), so the
   * case answers a clear error and the log keeps what happened for the administrators.
   */
  async open(tx: Tx, caseId: string, sealed: Uint8Array): Promise<Survivor> {
    let plaintext: string;
    try {
      plaintext = await this.keys.decrypt(tx, SURVIVOR_FIELD, caseId, sealed);
    } catch (error) {
      if (!(error instanceof SealedValueError)) throw error;
      this.logger.error(
        `The survivor of case ${caseId} does not open (${error.reason}): it was altered, or copied from another case`,
      );
      throw new AppError(
        'survivor-unreadable',
        "The survivor's details stored on this case fail their integrity check, so they are not shown. The event is in the server log.",
      );
    }
    return Survivor.parse(JSON.parse(plaintext));
  }
}
