import { HelplineFilter, HelplineService } from '@cairn/contracts';
import type { HelplineQuery } from './paths';

/**
 * What the helplines page's address asks for. The language is the page's own unless the
 * reader chose another, or none (an empty value); values that make no sense are ignored, as
 * if not asked, rather than refused: this is a reader's page, not an API.
 */
export function readHelplineQuery(params: URLSearchParams, pageLocale: string): HelplineQuery {
  const language = params.get('language');
  const service = HelplineService.safeParse(params.get('service'));
  const region = HelplineFilter.shape.region.safeParse(params.get('region'));
  const chosenLanguage = HelplineFilter.shape.language.safeParse(language);
  return {
    ...(service.success && { service: service.data }),
    ...(region.success && region.data && { region: region.data }),
    ...(language === null
      ? { language: pageLocale }
      : chosenLanguage.success && chosenLanguage.data && { language: chosenLanguage.data }),
    ...(params.get('urgent') === '1' && { urgent: true }),
  };
}
