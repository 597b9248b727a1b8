import { describe, expect, it } from 'vitest';
import { loadPage } from '../../cli/commands/extract-page';
import { codeLanguage, elementText, fingerprint, resolve, resolveFirst } from '../../sites/shared';
import type { SelectorSpec } from '../../sites/types';
import { PAGE_TIMEOUT_MS, savedPage } from './saved-pages';

async function body(html: string): Promise<Element> {
  const { document } = await loadPage(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`, 'https://example.com/');
  return document.getElementById('root')!;
}

const text = async (html: string) => elementText(await body(html));

describe('elementText', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('puts blocks on their own lines and collapses whitespace inside them', async () => {
    expect(await text('<p>One   <b>bold</b>\n word.</p><p>Two</p><div>three</div><div>four<br>five</div>')).toBe(
      'One bold word.\n\nTwo\n\nthree\nfour\nfive',
    );
  });

  it('writes lists as "- " and numbered lines, nested lists indented, loose items kept tight', async () => {
    expect(
      await text('<ul><li><p>a</p></li><li>b<ul><li>c</li></ul></li></ul><ol start="3"><li>x</li><li><p>y</p><p>more</p></li></ol>'),
    ).toBe('- a\n- b\n  - c\n\n3. x\n4. y\n   more');
  });

  it('writes tables as pipe rows with a separator, pads short rows and escapes pipes', async () => {
    expect(await text('<table><tr><th>k</th><th>v</th></tr><tr><td>a|b</td></tr><tr><td>1</td><td>2</td></tr></table>')).toBe(
      '| k | v |\n| --- | --- |\n| a\\|b |  |\n| 1 | 2 |',
    );
  });

  it('keeps code as a fence with the language from the class, and a longer fence when the code has backticks', async () => {
    expect(await text('<pre><code class="language-js">let a = 1;\n\nlet b = 2;\n</code></pre>')).toBe('```js\nlet a = 1;\n\nlet b = 2;\n```');
    expect(await text('<pre><code>```md\nx\n```</code></pre>')).toBe('````\n```md\nx\n```\n````');
    expect(await text('<p>Use <code>a `b`</code> here</p>')).toBe('Use `` a `b` `` here');
  });

  it('reads CodeMirror lines and the header label, the copy and run buttons left out', async () => {
    const { doc } = await savedPage('text/chatgpt-codemirror-block.html');
    expect(elementText(doc.querySelector('main')!)).toBe(
      [
        '# Fibonacci in Python',
        '',
        'Here is a generator-based implementation:',
        '',
        '```python',
        'def fibonacci_generator(n):',
        '    a, b = 0, 1',
        '    for _ in range(n):',
        '        yield a',
        '        a, b = b, a + b',
        '',
        '',
        'for num in fibonacci_generator(10):',
        '    print(num)',
        '```',
        '',
        "This uses Python's `yield` keyword to lazily produce each number.",
      ].join('\n'),
    );
  });

  it('leaves out screen-reader labels, hidden chrome, buttons, images and what the adapter excludes', async () => {
    const root = await body(
      '<h4 class="sr-only">ChatGPT said:</h4><p>Answer<span aria-hidden="true">×</span> <button>Copy</button><img alt="x"> here<span class="chip">[1]</span>.</p>',
    );
    expect(elementText(root)).toBe('Answer here[1].');
    expect(elementText(root, { exclude: ['.chip'] })).toBe('Answer here.');
  });

  it('keeps the line breaks of pre-wrapped prompts and drops a formatter\'s indent', async () => {
    expect(await text('<div class="whitespace-pre-wrap">line one\n  indented two</div>')).toBe('line one\n  indented two');
    expect(await text('<div class="whitespace-pre-wrap">\n        typed text\n        second line\n      </div>')).toBe('typed text\nsecond line');
  });

  it('writes headings, quotes and rules in Markdown, and KaTeX as its TeX source', async () => {
    expect(
      await text(
        '<h2>Title</h2><blockquote><p>q1</p><p>q2</p></blockquote><hr><p>Inline <span class="katex"><span class="katex-mathml"><math><semantics><annotation encoding="application/x-tex">a^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">a2</span></span> math</p>',
      ),
    ).toBe('## Title\n\n> q1\n>\n> q2\n\n---\n\nInline $a^2$ math');
  });

  it('collapses whitespace of every kind but leaves single spaces alone, and trims every line end', async () => {
    expect(await text('<p>a b\u00a0c\td  e\u2003\u2003f</p>')).toBe('a b c d e f');
    expect(await text('<p>plain words only</p><p>x\u200by \ufeffz</p>')).toBe('plain words only\n\nxy z');
    expect(await text('<div class="whitespace-pre-wrap">one  \ntwo\t\n  three  </div>')).toBe('one\ntwo\n  three');
    expect(await text('<pre><code>a = 1   \n\nb = 2\u00a0\u00a0</code></pre>')).toBe('```\na = 1\n\nb = 2\n```');
    expect(await text('<p>Use <code>a ``` b</code> or <code>`x`</code></p>')).toBe('Use ````a ``` b```` or `` `x` ``');
  });

  it('drops zero-width spaces left around citation chips', async () => {
    expect(await text('<p>Yes.\u200b<span>\u200b</span></p>')).toBe('Yes.');
  });

  it('codeLanguage ignores labels that are not languages', async () => {
    const root = await body('<div><span>Code</span><pre><code>x</code></pre></div><div><span>Copy code</span><pre><code>y</code></pre></div>');
    const [first, second] = Array.from(root.children);
    expect(codeLanguage(first!)).toBe('');
    expect(codeLanguage(second!)).toBe('');
  });
});

describe('resolve', { timeout: PAGE_TIMEOUT_MS }, () => {
  const spec: SelectorSpec = { name: 'thing', candidates: ['.new-name', '[data-old]', 'li'], counts: {} };

  it('uses the first candidate that matches and says which one', async () => {
    const root = await body('<ul><li data-old>a</li><li data-old>b</li><li>c</li></ul>');
    const found = resolve(spec, root);
    expect(found.selector).toBe('[data-old]');
    expect(found.candidateIndex).toBe(1);
    expect(found.elements.map((e) => e.textContent)).toEqual(['a', 'b']);
    expect(resolveFirst(spec, root)?.textContent).toBe('a');
  });

  it('reports no match with an empty list and index -1', async () => {
    const found = resolve(spec, await body('<p>none</p>'));
    expect(found).toEqual({ elements: [], selector: null, candidateIndex: -1 });
  });
});

describe('fingerprint', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('is short and stable, and changes with any edit', () => {
    const a = fingerprint('The reply so far');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
    expect(fingerprint('The reply so far')).toBe(a);
    expect(fingerprint('The reply so far.')).not.toBe(a);
    expect(fingerprint('The replz so far')).not.toBe(a);
  });
});
