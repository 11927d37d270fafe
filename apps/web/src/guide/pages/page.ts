import type { Messages } from '../../i18n/messages';
import type { Html } from '../html/html';
import type { GuideSite } from '../site';

/** What every page of one language is given. */
export interface PageContext {
  site: GuideSite;
  locale: string;
  messages: Messages;
}

/** A page before the document around it: the same for every guide. */
export interface PageContent {
  title: string;
  body: Html;
  /** False for pages that show what a reader typed or chose. */
  indexable: boolean;
  status?: number;
}
