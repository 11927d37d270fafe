import { Inject, Injectable } from '@nestjs/common';
import type { IntakeChallengeView } from '@cairn/contracts';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import { createHmac } from 'node:crypto';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';

/** Numbers a browser may have to try: a second or two on an old phone. */
const MAX_NUMBER = 100_000;
const CHALLENGE_TTL_MS = 60 * 60 * 1000;
const CHALLENGE = /^[0-9a-f]{64}$/;

/** A payload whose signature and solution hold, to be redeemed once. */
export interface SolvedChallenge {
  challenge: string;
  expiresAt: Date;
}

/**
 * The proof of work of the public form (ALTCHA, v1 challenges): the browser finds a number
 * whose hash with the challenge's salt is the challenge. Challenges are signed with a key
 * derived from the master key for each organisation, so the API keeps no state to hand one
 * out; a solved one is redeemed once, in the submission's transaction.
 */
@Injectable()
export class ProofOfWork {
  private readonly masterKey: Buffer;

  constructor(@Inject(CONFIG) config: AppConfig) {
    this.masterKey = Buffer.from(config.MASTER_KEY, 'base64');
  }

  private hmacKey(organizationId: string): string {
    return createHmac('sha256', this.masterKey)
      .update(`intake-altcha\0${organizationId}`)
      .digest('hex');
  }

  async challenge(now = new Date()): Promise<IntakeChallengeView> {
    const challenge = await createChallenge({
      hmacKey: this.hmacKey(RequestContext.organizationId()),
      maxNumber: MAX_NUMBER,
      expires: new Date(now.getTime() + CHALLENGE_TTL_MS),
    });
    return {
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      maxnumber: challenge.maxnumber ?? MAX_NUMBER,
      salt: challenge.salt,
      signature: challenge.signature,
    };
  }

  /**
   * The solved challenge a payload carries, or null when it carries none that holds (absent,
   * malformed, forged, wrong, expired). Whether it was used before is for `redeem` to say.
   */
  async check(payload: string | undefined): Promise<SolvedChallenge | null> {
    if (!payload) return null;
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    } catch {
      return null;
    }
    const challenge = (decoded as { challenge?: unknown } | null)?.challenge;
    if (typeof challenge !== 'string' || !CHALLENGE.test(challenge)) return null;
    try {
      const hmacKey = this.hmacKey(RequestContext.organizationId());
      if (!(await verifySolution(payload, hmacKey, true))) return null;
      const expires = Number(extractParams(payload).expires);
      if (!Number.isFinite(expires)) return null;
      return { challenge, expiresAt: new Date(expires * 1000) };
    } catch {
      return null;
    }
  }

  /** Marks a solved challenge used; false when it was used already (a replayed payload). */
  async redeem(tx: Tx, solved: SolvedChallenge): Promise<boolean> {
    const inserted = await tx.$executeRaw`
      INSERT INTO intake_used_challenge (organization_id, challenge, expires_at)
      VALUES (${RequestContext.organizationId()}::uuid, ${solved.challenge}, ${solved.expiresAt})
      ON CONFLICT (organization_id, challenge) DO NOTHING`;
    return inserted === 1;
  }
}
