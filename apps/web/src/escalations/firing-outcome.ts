import type { EscalationFiringView, FieldLocale } from '@cairn/contracts';
import { ESCALATION_MESSAGES } from './escalation-messages';

/**
 * What a firing did, in the reader's language when the worker recorded a code; a firing
 * recorded before codes existed has only the worker's English sentence, said as English.
 */
export function firingOutcome(
  firing: Pick<EscalationFiringView, 'outcome' | 'outcomeCode' | 'outcomeParams'>,
  locale: FieldLocale,
): { text: string; lang: FieldLocale } {
  if (!firing.outcomeCode) return { text: firing.outcome, lang: 'en' };
  const words = ESCALATION_MESSAGES[locale];
  const params = firing.outcomeParams ?? {};
  const said = words.outcomes[firing.outcomeCode]({
    count: params.count ?? 0,
    platform: params.platform ?? '',
    address: params.address ?? '',
  });
  return { text: params.nobodyEmailed ? `${said} ${words.nobodyEmailed}` : said, lang: locale };
}
