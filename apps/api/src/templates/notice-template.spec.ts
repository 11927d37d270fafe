import { DEFAULT_TEMPLATES } from './default-templates';
import { renderTemplate, templateProblems } from './notice-template';
import { exampleNoticeData, missingElements, renderNotice } from './render-notice';
import { NoticeLocale, NoticeType } from '@cairn/contracts';

describe('notice templates', () => {
  it('ships defaults that pass their own check, in every type and language', () => {
    for (const locale of NoticeLocale.options)
      for (const type of NoticeType.options)
        expect([type, locale, templateProblems(type, DEFAULT_TEMPLATES[locale][type])]).toEqual([
          type,
          locale,
          [],
        ]);
  });

  it('names each element of 17 U.S.C. 512(c)(3) a DMCA template leaves out', () => {
    const problems = templateProblems('COPYRIGHT_DMCA', { subject: 'DMCA', body: '{{signature}}' });
    expect(problems.map((problem) => problem.params?.element)).toEqual([
      'copyrightedWork',
      'urls',
      'complainantContact',
      'goodFaith',
      'accuracyUnderPenalty',
    ]);
  });

  it('refuses partials, changed markers, unescaped output and sections over values', () => {
    for (const body of [
      '{{> other}}',
      '{{=<% %>=}}',
      '{{{explanation}}}',
      '{{#explanation}}x{{/explanation}}',
    ])
      expect(templateProblems('FOLLOW_UP', { subject: 's', body }).length).toBeGreaterThan(0);
  });

  it('never lets a value add a line to the subject or read as a template', () => {
    const rendered = renderTemplate(
      { subject: 'Re {{platformName}}', body: '{{explanation}}' },
      { platformName: 'X\r\nBcc: someone@example.org', explanation: '{{platformName}}\u0007' },
    );
    expect(rendered.subject).toBe('Re X Bcc: someone@example.org');
    expect(rendered.body).toBe('{{platformName}}');
  });

  it('shows the legal statements only when the sender confirms them', () => {
    const data = exampleNoticeData('DSA_NOTICE', 'fr');
    expect(missingElements({ ...data, elements: { ...data.elements, goodFaith: false } })).toEqual([
      expect.objectContaining({ field: 'elements.goodFaith' }),
    ]);
    const body = renderNotice(DEFAULT_TEMPLATES.fr.DSA_NOTICE, data).body;
    expect(body).toContain('Je confirme croire de bonne foi');
  });
});
