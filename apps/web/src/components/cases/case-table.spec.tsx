import { renderToStaticMarkup } from 'react-dom/server';
import type { CaseSummaryView } from '@cairn/contracts';
import { CaseTable } from './case-table';

const summary = (
  n: number,
  source: CaseSummaryView['source'],
  unverified: boolean,
): CaseSummaryView => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  reference: `DH-2026-000${n}`,
  title: `Case ${n}`,
  status: 'NEW',
  riskLevel: 'MEDIUM',
  abuseTypes: [],
  platforms: [],
  tags: [],
  restricted: false,
  crossBorder: false,
  source,
  unverified,
  assignees: [],
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
});

/** Each row's Title cell as a reader meets it: the title and its badges. */
function titles(cases: CaseSummaryView[], locale: 'en' | 'fr') {
  const html = renderToStaticMarkup(
    <CaseTable cases={cases} timeZone="Europe/Paris" locale={locale} />,
  );
  const label = { en: 'Title', fr: 'Titre' }[locale];
  return [...html.matchAll(new RegExp(`<td data-label="${label}">(.*?)</td>`, 'g'))].map(
    ([, cell = '']) =>
      cell
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#x27;/g, "'")
        .replace(/\s+/g, ' ')
        .trim(),
  );
}

describe('the case list', () => {
  const cases = [
    summary(1, 'INTAKE', true),
    summary(2, 'INTAKE', false),
    summary(3, 'STAFF', false),
  ];

  it('marks intake cases by their source, and the unverified ones as not verified', () => {
    expect(titles(cases, 'en')).toEqual([
      'Case 1 Intake form Not verified',
      'Case 2 Intake form',
      'Case 3',
    ]);
  });

  it('says it in French to a French reader', () => {
    expect(titles(cases, 'fr')).toEqual([
      "Case 1 Formulaire d'accueil Non vérifié",
      "Case 2 Formulaire d'accueil",
      'Case 3',
    ]);
  });
});
