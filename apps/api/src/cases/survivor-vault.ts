import { Injectable } from '@nestjs/common';
import { Survivor } from '@cairn/contracts';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';

const FIELD = 'case.survivor';

/**
 * The survivor's name and safe-contact rules, sealed with the organisation's data key and
 * bound to this field, so the column holds no plaintext and a copied value opens nowhere else.
 */
@Injectable()
export class SurvivorVault {
  constructor(private readonly keys: OrganizationKeysService) {}

  async seal(survivor: Survivor): Promise<Uint8Array<ArrayBuffer>> {
    return Uint8Array.from(await this.keys.encrypt(FIELD, JSON.stringify(survivor)));
  }

  async open(sealed: Uint8Array): Promise<Survivor> {
    return Survivor.parse(JSON.parse(await this.keys.decrypt(FIELD, sealed)));
  }
}
