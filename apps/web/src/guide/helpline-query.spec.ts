import { readHelplineQuery } from './helpline-query';

const read = (search: string) => readHelplineQuery(new URLSearchParams(search), 'fr');

describe('readHelplineQuery', () => {
  it('asks for helplines in the page’s language unless the reader chose', () => {
    expect(read('')).toEqual({ language: 'fr' });
    expect(read('language=en')).toEqual({ language: 'en' });
    expect(read('language=')).toEqual({});
  });

  it('reads a service, a region and urgency', () => {
    expect(read('service=sextortion&region=BE&urgent=1&language=fr')).toEqual({
      service: 'sextortion',
      region: 'BE',
      urgent: true,
      language: 'fr',
    });
  });

  it('ignores what makes no sense instead of refusing the page', () => {
    expect(read('service=gardening&region=france&urgent=yes&language=<b>')).toEqual({});
  });
});
