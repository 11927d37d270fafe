import type { Messages } from '../../i18n/messages';
import { searchHref } from '../../guide/paths';
import { MAX_QUERY_LENGTH } from '../../guide/search';

/** A plain GET form: works without JavaScript, and the results page can be bookmarked. */
export function GuideSearchForm({
  locale,
  messages,
  query = '',
}: {
  locale: string;
  messages: Messages;
  query?: string;
}) {
  return (
    <form
      className="guide-search"
      role="search"
      aria-label={messages.searchLabel}
      action={searchHref(locale)}
      method="get"
    >
      <label htmlFor="guide-search-q">{messages.searchLabel}</label>
      <p className="hint" id="guide-search-hint">
        {messages.searchHint}
      </p>
      <div className="guide-search-row">
        <input
          id="guide-search-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="guide-search-hint"
        />
        <button type="submit">{messages.searchButton}</button>
      </div>
    </form>
  );
}
