import { REFUSAL_MESSAGES } from '../forms/refusal-messages';
import { refusal } from './content-refusal';

const answer = (status: number, body: unknown) => ({ ok: false, status, body });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: `/problems/${code}`,
  title: 'An English title',
  status,
  code,
  ...extra,
});

describe('why the API refused a change to the guide', () => {
  it('keeps the guide’s own conflict sentence in English and says it in French', () => {
    const conflict = answer(
      409,
      problem(409, 'conflict', { detail: 'There is no draft of this file to publish' }),
    );
    expect(refusal(conflict, 'en')).toBe('There is no draft of this file to publish');
    expect(refusal(conflict, 'fr')).toBe(
      'Le guide a changé depuis l’ouverture de la page : rien n’a été modifié. Rechargez la page pour voir où en est le fichier.',
    );
  });

  it('says field errors and the role refusal in the reader’s language', () => {
    const bad = answer(
      400,
      problem(400, 'validation-failed', {
        errors: [{ field: 'path', message: 'Fill this in', code: 'fillIn' }],
      }),
    );
    expect(refusal(bad, 'en')).toBe('path: Fill this in');
    expect(refusal(bad, 'fr')).toBe('path: Remplissez ce champ');
    expect(refusal(answer(403, problem(403, 'forbidden')), 'fr')).toBe(
      'Votre rôle ne permet pas de modifier le guide.',
    );
    expect(refusal(answer(422, problem(422, 'content-invalid')), 'fr')).toBe(
      REFUSAL_MESSAGES.fr.contentInvalid,
    );
  });

  it('falls back on a sentence by status for an answer it cannot read', () => {
    expect(refusal(answer(503, undefined), 'fr')).toBe(REFUSAL_MESSAGES.fr.unavailable);
    expect(refusal(answer(429, problem(429, 'rate-limited')), 'en')).toBe(REFUSAL_MESSAGES.en.busy);
  });
});
