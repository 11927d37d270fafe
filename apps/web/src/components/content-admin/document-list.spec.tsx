import { renderToStaticMarkup } from 'react-dom/server';
import type { GuideDocumentSummaryView } from '@cairn/contracts';
import { DocumentList } from './document-list';

const lesson = (locale: string): GuideDocumentSummaryView => ({
  path: `${locale}/online-abuse/document-evidence/beginner/s_keep-copies.md`,
  kind: 'lesson',
  locale,
  title: 'Keep copies',
  origin: 'default',
  publishedRevision: null,
  hasDraft: false,
  problemCount: 0,
  updatedAt: null,
});

describe("the guide's file list", () => {
  it('makes each language one region, and its topics headings within it', () => {
    // The same topic in two languages made two regions of one name (axe: landmark-unique).
    const html = renderToStaticMarkup(
      <DocumentList documents={[lesson('en'), lesson('fr')]} timeZone="Europe/Paris" />,
    );
    expect(html.match(/<section/g)).toHaveLength(2);
    expect(html.match(/<h3>Document evidence<\/h3>/g)).toHaveLength(2);
  });
});
