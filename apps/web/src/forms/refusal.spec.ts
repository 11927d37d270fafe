import {
  guideProblemKind,
  guideProblemSentence,
  refusalSentence,
  withActionWords,
} from './refusal';
import { REFUSAL_MESSAGES } from './refusal-messages';

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: `/problems/${code}`,
  title: 'An English title',
  status,
  code,
  detail: 'An English detail no French reader should meet',
  ...extra,
});

const missing = (element: string, provision: string) => ({
  in: 'body',
  field: `elements.${element}`,
  message: 'The notice needs something',
  code: 'missingElement',
  params: { element, provision },
});

describe('why the API refused an action, in the reader’s language', () => {
  it('says the one-warning rule in English and in French', () => {
    const refused = problem(409, 'one-warning', { rule: 'one-warning' });
    expect(refusalSentence(409, refused, 'en')).toContain(
      'the one-warning rule allows one warning',
    );
    expect(refusalSentence(409, refused, 'fr')).toBe(
      'Ce dossier a déjà son avertissement écrit : la règle de l’avertissement unique n’en permet qu’un par dossier, car le guide conseille de n’avertir qu’une fois. Notez tout autre contact dans le journal des contacts, ou signalez-le à la police.',
    );
  });

  it('names the missing consent in the reader’s words', () => {
    const refused = problem(409, 'consent-required', { consent: 'SHARE_WITH_POLICE' });
    expect(refusalSentence(409, refused, 'en')).toBe(
      'The survivor\'s consent "Share with police" is not in force on this case. Record it on the Consents page first, then try again.',
    );
    expect(refusalSentence(409, refused, 'fr')).toContain('« Partager avec la police »');
    const unknown = problem(409, 'consent-required', { consent: 'SHARE_WITH_ALIENS' });
    expect(refusalSentence(409, unknown, 'fr')).toContain('« partager le dossier »');
  });

  it('names each missing DMCA or DSA element, in French on a French page', () => {
    const dmca = problem(400, 'validation-failed', {
      errors: [
        missing('signature', '17 U.S.C. 512(c)(3)(A)(i)'),
        missing('goodFaith', '17 U.S.C. 512(c)(3)(A)(v)'),
      ],
    });
    expect(refusalSentence(400, dmca, 'en')).toBe(
      'This cannot be sent yet: it still needs the signature (17 U.S.C. 512(c)(3)(A)(i)) and the good-faith statement (17 U.S.C. 512(c)(3)(A)(v)). Change the draft to add them, then submit it again.',
    );
    expect(refusalSentence(400, dmca, 'fr')).toBe(
      'Ce texte ne peut pas encore partir : il manque la signature (17 U.S.C. 512(c)(3)(A)(i)) et la déclaration de bonne foi (17 U.S.C. 512(c)(3)(A)(v)). Modifiez le brouillon pour les ajouter, puis soumettez-le de nouveau.',
    );
    const dsa = problem(400, 'validation-failed', {
      errors: [missing('explanation', 'DSA Art. 16(2)(a)')],
    });
    expect(refusalSentence(400, dsa, 'fr')).toBe(
      'Ce texte ne peut pas encore partir : il manque l’explication de la raison du retrait (DSA, art. 16, § 2, point a). Modifiez le brouillon pour l’ajouter, puis soumettez-le de nouveau.',
    );
  });

  it('says where a case can go when its status cannot change as asked', () => {
    const refused = problem(409, 'invalid-transition', {
      from: 'CLOSED',
      to: 'ACTIVE',
      allowed: ['TRIAGE'],
    });
    expect(refusalSentence(409, refused, 'en')).toBe(
      'A case that is "Closed" cannot move to "Active". It can move to: Triage.',
    );
    expect(refusalSentence(409, refused, 'fr')).toMatch(/^Un dossier « .+ » ne peut pas passer à/);
  });

  it('lets the action say what a forbidden step or a moved-on request means', () => {
    const fourEyes = problem(403, 'forbidden');
    const approve = { forbidden: 'Someone other than the author must approve it.' };
    expect(refusalSentence(403, fourEyes, 'en', approve)).toBe(approve.forbidden);
    const moved = problem(409, 'invalid-transition');
    expect(refusalSentence(409, moved, 'fr', { transition: 'Déjà soumise.' })).toBe(
      'Déjà soumise.',
    );
    expect(refusalSentence(409, moved, 'fr')).toBe(REFUSAL_MESSAGES.fr.conflict);
  });

  it('falls back on a sentence by status for a code it does not know, never the English detail', () => {
    for (const [status, key] of [
      [400, 'badInput'],
      [403, 'forbidden'],
      [404, 'gone'],
      [409, 'conflict'],
      [413, 'tooLarge'],
      [429, 'busy'],
      [503, 'unavailable'],
    ] as const) {
      const refused = problem(status, 'something-new');
      expect(refusalSentence(status, refused, 'fr')).toBe(REFUSAL_MESSAGES.fr[key]);
      expect(refusalSentence(status, refused, 'en')).toBe(REFUSAL_MESSAGES.en[key]);
    }
    expect(refusalSentence(502, '<html>proxy error</html>', 'fr')).toBe(
      REFUSAL_MESSAGES.fr.unavailable,
    );
  });

  it('keeps a conflict’s English detail only on an English page that asks for it', () => {
    const refused = problem(409, 'conflict', {
      detail: 'Revision 3 is the one readers already see',
    });
    const keep = { englishConflictDetail: true, conflict: 'Le guide a changé.' };
    expect(refusalSentence(409, refused, 'en', keep)).toBe(
      'Revision 3 is the one readers already see',
    );
    expect(refusalSentence(409, refused, 'fr', keep)).toBe('Le guide a changé.');
    expect(refusalSentence(409, refused, 'en')).toBe(REFUSAL_MESSAGES.en.conflict);
  });

  it('puts the action’s French sentence on a field error the API words in English only', () => {
    const errors = [
      { field: 'evidenceIds', message: 'Cite only evidence of this case that is not hidden' },
      { field: 'urls', message: 'Fill this in', code: 'fillIn' },
      { field: 'other', message: 'An English check' },
    ];
    const said = { evidenceIds: 'Ne citez que des preuves visibles.', urls: 'Jamais utilisé.' };
    expect(withActionWords(errors, 'fr', said).map((error) => error.message)).toEqual([
      'Ne citez que des preuves visibles.',
      'Fill this in',
      'An English check',
    ]);
    expect(withActionWords(errors, 'en', said)).toEqual(errors);
  });
});

describe('a problem the guide found in a file', () => {
  const broken = { line: 12, column: 3, code: 'broken-link', message: 'links to umbrella://x/y' };

  it('keeps the checker’s own detail on an English page', () => {
    expect(guideProblemSentence(broken, 'en', 'French')).toBe(
      'French, line 12, column 3: links to umbrella://x/y',
    );
  });

  it('is said by its kind on a French page, never in the checker’s English', () => {
    expect(guideProblemSentence(broken, 'fr', 'anglais')).toBe(
      'anglais, ligne 12, colonne 3 : Un lien mène à une leçon que le guide n’a pas',
    );
    expect(guideProblemKind('a-code-from-a-newer-api', 'fr')).toBe(
      'Le guide ne peut pas utiliser ce fichier tel quel',
    );
  });
});
