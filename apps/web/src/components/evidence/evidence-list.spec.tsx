import { renderToStaticMarkup } from 'react-dom/server';
import type { EvidenceView } from '@cairn/contracts';
import { EvidenceList } from './evidence-list';

const CASE = '00000000-0000-4000-8000-000000000001';

const image = (id: string, analysisState: EvidenceView['analysisState']): EvidenceView => ({
  id: `00000000-0000-4000-8000-00000000000${id}`,
  caseId: CASE,
  incidentId: null,
  kind: 'IMAGE',
  fileName: `photo-${id}.png`,
  sizeBytes: 2048,
  sha256: 'a'.repeat(64),
  declaredType: 'image/png',
  detectedType: 'image/png',
  typeMismatch: false,
  link: null,
  capturedAt: null,
  receivedAt: '2026-11-30T10:00:00.000Z',
  uploadedBy: null,
  uploaderLabel: null,
  hidden: null,
  legalHold: null,
  analysisState,
});

/** Each row's text, and whether it holds a thumbnail, as a reader of the list meets them. */
function rows(items: EvidenceView[], locale: 'en' | 'fr') {
  const html = renderToStaticMarkup(
    <EvidenceList caseId={CASE} items={items} timeZone="Europe/Paris" locale={locale} />,
  );
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map(([, row = '']) => ({
    text: row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
    thumbnail: /<img [^>]*src="[^"]*\/thumbnail"/.test(row),
  }));
}

describe('the evidence list', () => {
  const items = [image('2', 'PENDING'), image('3', 'FAILED'), image('4', 'DONE')];

  it('says a thumbnail is being made while the analysis is pending, rather than a broken image', () => {
    const [pending] = rows(items, 'en');
    expect(pending?.text).toContain('Thumbnail being made');
    expect(pending?.thumbnail).toBe(false);
    expect(rows(items, 'fr')[0]?.text).toContain('Vignette en préparation');
  });

  it('marks an item whose analysis failed, with no thumbnail', () => {
    const [, failed] = rows(items, 'en');
    expect(failed?.text).toContain('Analysis failed');
    expect(failed?.thumbnail).toBe(false);
    expect(rows(items, 'fr')[1]?.text).toContain('Échec de l&#x27;analyse');
  });

  it('draws the thumbnail once made, with neither sentence', () => {
    const [, , done] = rows(items, 'en');
    expect(done?.thumbnail).toBe(true);
    expect(done?.text).not.toMatch(/being made|Analysis failed/);
  });
});
