/**
 * Markup that is already safe to send: built by `html` from escaped parts, or vouched for
 * with `trusted`. Strings never become markup by accident, only through one of those two.
 */
export class Html {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** What a template may hold: text (escaped), markup, lists of either, and nothing shown. */
export type HtmlPart = string | number | Html | readonly HtmlPart[] | false | null | undefined;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an element's content and for a quoted attribute value alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function render(part: HtmlPart): string {
  if (part === false || part === null || part === undefined) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/**
 * A template of markup whose every interpolation is escaped unless it is `Html` already:
 * html`<a href="${href}">${label}</a>`. Attribute values must sit inside double quotes.
 */
export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  let text = strings[0] ?? '';
  parts.forEach((part, index) => {
    text += render(part) + (strings[index + 1] ?? '');
  });
  return new Html(text);
}

/** Markup produced elsewhere and known to be safe, such as the lesson renderer's output. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
