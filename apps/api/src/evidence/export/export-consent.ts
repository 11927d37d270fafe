import type { ConsentScope, ExportRecipient } from '@cairn/contracts';

/** The consent each recipient needs; the survivor needs none to receive their own evidence. */
export const RECIPIENT_CONSENT: Record<ExportRecipient, ConsentScope | null> = {
  POLICE: 'SHARE_WITH_POLICE',
  LAWYER: 'SHARE_WITH_LAWYER',
  PLATFORM: 'SHARE_WITH_PLATFORMS',
  SURVIVOR: null,
};
