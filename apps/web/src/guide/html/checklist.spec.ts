import type { Checklist } from '@cairn/content';
import { ticksKey } from './checklist';

const list = (place: Partial<Checklist>): Checklist => ({
  locale: 'en',
  category: 'communications',
  topic: 'email',
  level: 'beginner',
  id: 'checklist',
  file: 'en/communications/email/beginner/c_checklist.yml',
  items: [{ id: 'step-1', check: 'Do it' }],
  ...place,
});

describe('where kept ticks are filed', () => {
  it('keeps apart the same checklist name in two topics', () => {
    expect(ticksKey(list({}))).not.toBe(ticksKey(list({ topic: 'phishing' })));
    expect(ticksKey(list({}))).not.toBe(ticksKey(list({ level: 'advanced' })));
  });

  it('shares them between languages, whose step ids are the same', () => {
    expect(ticksKey(list({ locale: 'fr' }))).toBe(ticksKey(list({})));
  });

  it('files a checklist that sits straight in a category under that category', () => {
    const pathway = list({ topic: undefined, level: undefined, id: 'digital-crisis' });
    expect(ticksKey(pathway)).toBe('communications/digital-crisis');
  });
});
