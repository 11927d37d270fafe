import type { Messages } from '../../i18n/messages';
import { MAX_QUERY_LENGTH } from '../search';
import { html, type Html } from './html';

/** A plain GET form: works without JavaScript, and the results page can be bookmarked. */
export function searchForm(action: string, messages: Messages, query = ''): Html {
  return html`<form
    class="guide-search"
    role="search"
    aria-label="${messages.searchLabel}"
    action="${action}"
    method="get"
  >
    <label for="guide-search-q">${messages.searchLabel}</label>
    <p class="hint" id="guide-search-hint">${messages.searchHint}</p>
    <div class="guide-search-row">
      <input
        id="guide-search-q"
        name="q"
        type="search"
        value="${query}"
        maxlength="${MAX_QUERY_LENGTH}"
        aria-describedby="guide-search-hint"
      />
      <button type="submit">${messages.searchButton}</button>
    </div>
  </form>`;
}
