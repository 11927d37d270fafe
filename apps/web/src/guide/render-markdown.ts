import MarkdownIt from 'markdown-it';

// Raw HTML in a lesson comes out as text, and images are off: a lesson loads nothing at all,
// from this host or any other. markdown-it already refuses javascript:, vbscript: and data: links.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
markdown.disable('image');

type Token = ReturnType<typeof markdown.parse>[number];

export interface RenderOptions {
  /** Added to every heading level, so a lesson's `#` fits under the page's own headings. */
  headingOffset: number;
  /** The app's URL for an `umbrella://` link, or undefined to drop the link's target. */
  resolveGuideLink: (href: string) => string | undefined;
}

/** A lesson's Markdown as HTML that is safe to put in the page as it is. */
export function renderLessonHtml(body: string, options: RenderOptions): string {
  const tokens = markdown.parse(body, {});
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Math.min(6, Number(token.tag.slice(1)) + options.headingOffset);
      token.tag = `h${level}`;
    }
    resolveLinks(token.children ?? [], options.resolveGuideLink);
  }
  return markdown.renderer.render(tokens, markdown.options, {});
}

/**
 * One line of Markdown (a checklist step, a form's hint) as inline HTML, safe as it is: its
 * links lead where a lesson's would, emphasis stays emphasis.
 */
export function renderInlineHtml(
  text: string,
  resolveGuideLink: RenderOptions['resolveGuideLink'],
): string {
  const tokens = markdown.parseInline(text, {});
  for (const token of tokens) resolveLinks(token.children ?? [], resolveGuideLink);
  return markdown.renderer.render(tokens, markdown.options, {});
}

function resolveLinks(
  children: Token[],
  resolveGuideLink: RenderOptions['resolveGuideLink'],
): void {
  for (const child of children) {
    const href = child.type === 'link_open' ? String(child.attrGet('href') ?? '') : '';
    if (!href.startsWith('umbrella://')) continue;
    const target = resolveGuideLink(href);
    if (target) child.attrSet('href', target);
    else child.attrs = (child.attrs ?? []).filter(([name]) => name !== 'href');
  }
}
