import { documentTitle, lessonPreview, lineRange } from './lesson-preview';

describe('lesson preview', () => {
  const lesson =
    '---\nindex: 2\ntitle: "Keep records"\n---\n\n# Keep records\n\nSee [the steps](umbrella://online-abuse/respond).\n';

  it('renders the body as the guide does, without the front matter', () => {
    const { title, html } = lessonPreview(lesson);
    expect(title).toBe('Keep records');
    expect(html).toContain('<h3>Keep records</h3>');
    expect(html).not.toContain('index: 2');
    // A link to another lesson is shown as text, not sent anywhere.
    expect(html).toContain('<a>the steps</a>');
  });

  it('shows raw HTML as text', () => {
    expect(lessonPreview('<script>alert(1)</script>').html).toContain('&lt;script&gt;');
  });

  it('renders a text with broken front matter whole, for the check to explain', () => {
    expect(lessonPreview('# Only a heading').html).toContain('Only a heading');
    expect(lessonPreview('# Only a heading').title).toBeUndefined();
  });

  it('names a file by its title, else by its id', () => {
    expect(documentTitle('en/a/b/beginner/s_keep-records.md', lesson)).toBe('Keep records');
    expect(documentTitle('en/a/b/beginner/c_steps.yml', 'list:\n  - label: x\n')).toBe('steps');
    expect(documentTitle('en/a/b/beginner/w_route.yml', 'title: Get help\nstart: a\n')).toBe(
      'Get help',
    );
  });

  it('finds where a line starts and ends, for the caret', () => {
    const text = 'one\ntwo\nthree';
    expect(lineRange(text, 1)).toEqual({ start: 0, end: 3 });
    expect(lineRange(text, 2)).toEqual({ start: 4, end: 7 });
    expect(lineRange(text, 3)).toEqual({ start: 8, end: 13 });
    expect(lineRange(text, 9)).toEqual({ start: 13, end: 13 });
  });
});
