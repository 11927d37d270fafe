import { EVIDENCE_MESSAGES } from './evidence-messages';
import { exportRefusal, uploadRefusal } from './evidence-problems';

const problem = (code: string, extra: Record<string, unknown> = {}) => ({
  type: 'about:blank',
  title: code,
  status: 400,
  code,
  ...extra,
});

describe('why the API refused evidence, in words', () => {
  const en = EVIDENCE_MESSAGES.en;
  const fr = EVIDENCE_MESSAGES.fr;

  it("names the organisation's limit for a file over it", () => {
    const over = problem('upload-too-large', { limitBytes: 2 * 1024 ** 3 });
    expect(uploadRefusal(413, over, en, 'en')).toBe(
      "it is larger than this organisation's limit of 2\u00a0GiB.",
    );
    expect(uploadRefusal(413, over, fr, 'fr')).toContain('2\u00a0GiB');
  });

  it('tells an empty file from a bad time, and a cut upload', () => {
    const empty = problem('validation-failed', {
      errors: [{ field: 'file', message: 'the file is empty' }],
    });
    expect(uploadRefusal(400, empty, en, 'en')).toBe(en.fileEmpty);
    const time = problem('validation-failed', {
      errors: [{ field: 'capturedAt', message: 'Invalid ISO datetime' }],
    });
    expect(uploadRefusal(400, time, fr, 'fr')).toBe(fr.badCapturedAt);
    expect(uploadRefusal(400, problem('upload-incomplete'), en, 'en')).toBe(en.fileCut);
    expect(uploadRefusal(502, undefined, en, 'en')).toBe(en.unavailable);
  });

  it('names the missing consent of a refused export', () => {
    const refused = problem('consent-required', { status: 409, consent: 'SHARE_WITH_POLICE' });
    expect(exportRefusal(409, refused, en, 'The police')).toBe(
      'The police cannot receive this evidence: the survivor\'s consent "share with the police" is not in force. Record the consent on the Consents page, or ask a supervisor to give a reason to go ahead without it.',
    );
    expect(exportRefusal(409, problem('conflict'), en, 'The police')).toBe(en.exportNothing);
  });
});
