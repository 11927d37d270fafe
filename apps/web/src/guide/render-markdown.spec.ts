import { renderLessonHtml } from './render-markdown';

const options = {
  headingOffset: 2,
  resolveGuideLink: (href: string) =>
    href === 'umbrella://online-abuse/respond/beginner'
      ? '/guide/en/online-abuse/respond/beginner'
      : undefined,
};

describe('renderLessonHtml', () => {
  it('shows raw HTML as text instead of running it', () => {
    const html = renderLessonHtml(
      'Hi <script>alert(1)</script> <img src=x onerror=alert(1)>',
      options,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links and loads no image', () => {
    const html = renderLessonHtml(
      '[click](javascript:alert(1)) ![tracker](https://tracker.example/pixel.png)',
      options,
    );
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('<img');
  });

  it('puts lesson headings under the page’s own', () => {
    const html = renderLessonHtml('# Title\n\n## Part\n\n###### Deep', options);
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<h4>Part</h4>');
    expect(html).toContain('<h6>Deep</h6>');
  });

  it('rewrites umbrella links to guide URLs and drops the target of unknown ones', () => {
    const html = renderLessonHtml(
      '[respond](umbrella://online-abuse/respond/beginner) and [gone](umbrella://x/y)',
      options,
    );
    expect(html).toContain('<a href="/guide/en/online-abuse/respond/beginner">respond</a>');
    expect(html).toContain('<a>gone</a>');
    expect(html).not.toContain('umbrella://');
  });
});
