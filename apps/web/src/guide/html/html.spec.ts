import { html, trusted, type HtmlPart } from './html';

describe('html', () => {
  it('escapes every interpolated text, in content and in attribute values', () => {
    const name = `"><script>alert('x')</script>&`;
    expect(html`<a title="${name}">${name}</a>`.text).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
  });

  it('keeps markup built by html or vouched for, joins lists, and shows nothing for absent parts', () => {
    const items = ['a', 'b'].map((item) => html`<li>${item}</li>`);
    const absent: HtmlPart[] = [false, null, undefined];
    const markup = html`<ul>
        ${items}
      </ul>
      ${absent}${trusted('<hr>')}${0}`;
    expect(markup.text.replace(/\s+/g, '')).toBe('<ul><li>a</li><li>b</li></ul><hr>0');
  });
});
