import type { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { takedownSettings } from '../templates/templates.service';
import { newReplyToken, replyAddress, replyTokenHash } from './reply-address';

/**
 * A new reply address for one email sent about a request (its notice, a follow-up, an
 * escalation), in the transaction that queues the email: mail to it is filed on the same
 * request and case by the inbound listener. Each email has its own token; the database keeps
 * only the token's hash, and the app role may add such rows but never read one back.
 */
export async function issueReplyAddress(
  tx: Tx,
  config: AppConfig,
  request: { id: string; caseId: string },
): Promise<string> {
  const { inboundDomain } = await takedownSettings(tx, config);
  const token = newReplyToken();
  await tx.$executeRaw`
    INSERT INTO takedown_reply_address (token_hash, organization_id, request_id, case_id)
    VALUES (${replyTokenHash(token)}, ${RequestContext.organizationId()}::uuid,
      ${request.id}::uuid, ${request.caseId}::uuid)`;
  return replyAddress(token, inboundDomain);
}
