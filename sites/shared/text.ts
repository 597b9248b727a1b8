/**
 * DOM to plain text for a chat turn: paragraphs and blocks on their own lines, code blocks as Markdown
 * fences with their language, lists as "- " / "1. " lines, tables as pipe rows, headings and quotes
 * in Markdown; screen-reader labels, buttons, hidden chrome and whatever the adapter excludes left out.
 * One pass over the subtree, no layout queries, so it is linear in the size of the turn.
 */
import { selfContained } from './resolve';
import { activeRead, type SlicedRead } from './sliced-read';
import { TextBuilder } from './text-builder';

export interface TextOptions {
  /** Elements to leave out besides the defaults: reasoning blocks, citation chips, the site's own chrome. */
  exclude?: readonly string[];
  /** Elements rendered as fenced code besides `pre` (a site's own code-block wrapper). */
  codeBlocks?: readonly string[];
  /** The language of a code block whose `code` element has no `language-*` class (read from a header label). */
  codeLanguage?: (block: Element) => string | null;
  /** Elements whose newlines and spaces are kept (pre-wrapped prompts) besides the defaults. */
  preserveWhitespace?: readonly string[];
}

/** Left out of every turn: not part of what the user or the model wrote. */
export const DEFAULT_EXCLUDE: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'iframe',
  'button',
  'input',
  'textarea',
  'select',
  '[hidden]',
  '[aria-hidden="true"]',
  '.sr-only',
  '.visually-hidden',
  '.cdk-visually-hidden',
];

const DEFAULT_EXCLUDE_LIST = DEFAULT_EXCLUDE.join(', ');

const DEFAULT_PRESERVE: readonly string[] = [
  '.whitespace-pre-wrap',
  '.whitespace-pre-line',
  '.whitespace-pre',
  '[style*="white-space: pre"]',
  '[style*="white-space:pre"]',
];

const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TABLE', 'BLOCKQUOTE', 'HR', 'UL', 'OL', 'DL', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LINE_TAGS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'LI', 'TR', 'DT', 'DD', 'FIGCAPTION',
  'DETAILS', 'SUMMARY', 'ADDRESS', 'FORM', 'FIELDSET', 'LEGEND', 'CAPTION',
]);

interface Compiled {
  exclude: string;
  code: string;
  preserve: string;
  codeLanguage: ((block: Element) => string | null) | undefined;
}

const compiledCache = new WeakMap<TextOptions, Compiled>();
const NO_OPTIONS: TextOptions = {};

function compile(options: TextOptions): Compiled {
  let compiled = compiledCache.get(options);
  if (!compiled) {
    compiled = {
      exclude: [...DEFAULT_EXCLUDE, ...(options.exclude ?? [])].join(', '),
      code: ['pre', ...(options.codeBlocks ?? [])].join(', '),
      preserve: [...DEFAULT_PRESERVE, ...(options.preserveWhitespace ?? [])].join(', '),
      codeLanguage: options.codeLanguage,
    };
    compiledCache.set(options, compiled);
  }
  return compiled;
}

/**
 * The plain text of an element and its subtree. Pass the same options object each time: it is compiled once.
 * Inside a `SlicedRead` step it may stop between two of the element's child nodes (see sliced-read.ts).
 */
export function elementText(element: Element, options: TextOptions = NO_OPTIONS): string {
  const compiled = compile(options);
  const read = activeRead();
  if (read !== null) return elementTextSliced(element, compiled, read);
  const out = new TextBuilder();
  new Walker(compiled, out).children(element, element.matches(compiled.preserve));
  return out.toString();
}

/** `elementText` one child node at a time, resuming where an earlier slice of the same read stopped. */
function elementTextSliced(element: Element, compiled: Compiled, read: SlicedRead): string {
  const place = read.placeOf(compiled, element);
  if (place?.text !== undefined) return place.text;
  const out = place?.builder ?? new TextBuilder();
  const walker = new Walker(compiled, out);
  const preserve = element.matches(compiled.preserve);
  for (let node = place ? place.next : element.firstChild; node; ) {
    walker.node(node, preserve);
    node = node.nextSibling;
    if (node) read.pauseIfDue(compiled, element, out, node);
  }
  const text = out.toString();
  read.finished(compiled, element, text);
  return text;
}

/** Several elements of one turn (a reply split around a reasoning block) as one text. */
export function elementsText(elements: readonly Element[], options: TextOptions = NO_OPTIONS): string {
  return elements
    .map((element) => elementText(element, options))
    .filter((text) => text !== '')
    .join('\n\n');
}

class Walker {
  constructor(
    private readonly options: Compiled,
    private readonly out: TextBuilder,
  ) {}

  children(parent: Element, preserve: boolean): void {
    for (let node = parent.firstChild; node; node = node.nextSibling) this.node(node, preserve);
  }

  node(node: ChildNode, preserve: boolean): void {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (preserve) this.out.preservedText(data);
      else this.out.text(data);
    } else if (node.nodeType === 1) {
      this.element(node as Element, preserve);
    }
  }

  private element(el: Element, preserve: boolean): void {
    if (el.hasAttributes() && (hasClass(el, 'katex') || el.hasAttribute('data-math'))) return this.math(el);
    if (el.matches(this.options.exclude)) return;
    if (el.matches(this.options.code)) return this.codeBlock(el);
    const tag = el.tagName;
    const keep = preserve || el.matches(this.options.preserve);
    switch (tag) {
      case 'BR':
        return this.out.lineBreak();
      case 'HR':
        this.out.block(2);
        this.out.rawLines('---');
        return this.out.block(2);
      case 'CODE':
        return this.inlineCode(el);
      case 'UL':
      case 'OL':
        return this.list(el, tag === 'OL');
      case 'LI':
        return this.listItem(el, '- ', keep);
      case 'TABLE':
        return this.table(el);
      case 'BLOCKQUOTE':
        this.out.block(2);
        this.out.open(null, '> ');
        this.children(el, keep);
        this.out.close();
        return this.out.block(2);
      case 'H1':
      case 'H2':
      case 'H3':
      case 'H4':
      case 'H5':
      case 'H6':
        this.out.block(2);
        this.out.open(`${'#'.repeat(Number(tag[1]))} `, '');
        this.children(el, keep);
        this.out.close();
        return this.out.block(2);
    }
    const lines = PARAGRAPH_TAGS.has(tag) ? 2 : LINE_TAGS.has(tag) || tag.includes('-') ? 1 : 0;
    if (lines) this.out.block(lines);
    this.children(el, keep);
    if (lines) this.out.block(lines);
  }

  private list(el: Element, ordered: boolean): void {
    this.out.block(2);
    this.out.enterList();
    let n = ordered ? Number.parseInt(el.getAttribute('start') ?? '1', 10) : 0;
    if (!Number.isFinite(n)) n = 1;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child.matches(this.options.exclude)) continue;
      if (child.tagName === 'LI') {
        this.listItem(child, ordered ? `${n++}. ` : '- ', false);
      } else {
        this.element(child, false);
      }
    }
    this.out.leaveList();
    this.out.block(2);
  }

  private listItem(el: Element, marker: string, preserve: boolean): void {
    this.out.block(1);
    this.out.open(marker, ' '.repeat(marker.length));
    this.children(el, preserve);
    this.out.close();
    this.out.block(1);
  }

  private inlineCode(el: Element): void {
    const code = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (code === '') return;
    const ticks = '`'.repeat(longestRun(code, '`') + 1);
    const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
    this.out.text(`${ticks}${pad}${code}${pad}${ticks}`);
  }

  private codeBlock(el: Element): void {
    const root = codeRoot(el);
    const code = rootCode(root, this.options.exclude);
    if (!/\S/.test(code)) return;
    const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
    const read = this.options.codeLanguage ?? ((block: Element) => labelOutside(block, root));
    this.out.block(2);
    this.out.rawLines(`${fence}${codeLanguage(el, read)}\n${code}\n${fence}`);
    this.out.block(2);
  }

  private table(el: Element): void {
    const rows: string[][] = [];
    for (const row of Array.from(el.querySelectorAll('tr'))) {
      if (row.closest('table') !== el) continue;
      const cells: string[] = [];
      for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
        if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
        const text = elementTextCompiled(cell, this.options).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
        cells.push(text);
      }
      if (cells.length > 0) rows.push(cells);
    }
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((cells) => cells.length));
    const line = (cells: readonly string[]) =>
      `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    const lines = [line(rows[0]!), line(Array.from({ length: width }, () => '---')), ...rows.slice(1).map(line)];
    this.out.block(2);
    this.out.rawLines(lines.join('\n'));
    this.out.block(2);
  }

  /**
   * KaTeX renders each formula three times (HTML, MathML, TeX source); keep only the source, read from
   * the TeX annotation or the `data-math` attribute some sites put on the wrapper.
   */
  private math(el: Element): void {
    const source = el.getAttribute('data-math') ?? el.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '';
    const tex = source.replace(/\s+/g, ' ').trim();
    if (!tex) return;
    if (el.classList.contains('math-block') || el.classList.contains('katex-display') || el.closest('.katex-display')) {
      this.out.block(2);
      this.out.rawLines(`$$${tex}$$`);
      this.out.block(2);
    } else {
      this.out.text(`$${tex}$`);
    }
  }
}

function elementTextCompiled(element: Element, options: Compiled): string {
  const out = new TextBuilder();
  new Walker(options, out).children(element, false);
  return out.toString();
}

/**
 * The code of a block as written: CodeMirror lines (`.cm-line`) or `<br>`-separated lines, text nodes
 * verbatim, the header label and copy button left out (they sit outside the `code`/`.cm-content` element).
 */
export function codeText(block: Element, exclude: string = DEFAULT_EXCLUDE_LIST): string {
  return rootCode(codeRoot(block), exclude);
}

/** `codeText` of a block whose code root is known. */
function rootCode(root: Element, exclude: string): string {
  const plain = plainCodeText(root, exclude);
  if (plain !== null) return tidyCode(plain);
  const parts: string[] = [];
  let endsWithNewline = true;
  const push = (text: string) => {
    if (text === '') return;
    parts.push(text);
    endsWithNewline = text.endsWith('\n');
  };
  const walk = (parent: Element) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        push((node as Text).data);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (el.tagName === 'BR') {
          push('\n');
          continue;
        }
        if (el !== root && el.matches(exclude)) continue;
        const isLine = el.tagName === 'DIV' || el.tagName === 'P' || hasClass(el, 'cm-line') || hasClass(el, 'line');
        // A line element starts a new line; the newline between two lines may also be a text node of its own.
        if (isLine && !endsWithNewline) push('\n');
        walk(el);
      }
    }
  };
  walk(root);
  return tidyCode(parts.join(''));
}

function tidyCode(code: string): string {
  const spaced = code.includes('\u00a0') ? code.replace(/\u00a0/g, ' ') : code;
  return spaced.replace(/^\n+/, '').trimEnd();
}

/** Anything in a code root that makes its text more than its text nodes and line breaks. */
const CODE_STRUCTURE = 'div, p, .cm-line, .line';

/**
 * The common case read with fewer DOM calls: a code root holding no line elements and nothing excluded,
 * whose `<br>`s are all its own children (a highlighter's token spans between them), is its children's
 * text in order with a newline per `<br>`; each token's text is one `textContent`. Null when the walk is
 * needed. Only lists that look at nothing but the element itself are checked with `querySelector`
 * (see `selfContained`).
 */
function plainCodeText(root: Element, exclude: string): string | null {
  if (!selfContained(exclude) || root.querySelector(`${CODE_STRUCTURE}, ${exclude}`) !== null) return null;
  const breaks = root.getElementsByTagName('br');
  for (let i = 0; i < breaks.length; i++) {
    const br = breaks[i]!;
    // The walk skips what a <br> holds (never anything, from a parser), and knows <br> by its tag name.
    if (br.parentNode !== root || br.firstChild !== null || br.tagName !== 'BR') return null;
  }
  const parts: string[] = [];
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) parts.push((node as Text).data);
    else if (node.nodeType === 1) parts.push((node as Element).tagName === 'BR' ? '\n' : (node.textContent ?? ''));
  }
  return parts.join('');
}

/** `element.classList.contains(name)`, without building the element's token-list object on first use. */
function hasClass(element: Element, name: string): boolean {
  const value = element.getAttribute('class');
  if (value === null) return false;
  for (let at = value.indexOf(name); at !== -1; at = value.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || isAsciiWhitespace(value.charCodeAt(at - 1))) && (end === value.length || isAsciiWhitespace(value.charCodeAt(end)))) return true;
  }
  return false;
}

function isAsciiWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/;
const LANGUAGE_NAME = /^[\w+#.-]{1,30}$/;

/** The fence's info string: a `language-*` class on the code or the block, else the adapter's reader. */
export function codeLanguage(block: Element, read: (block: Element) => string | null = headerLabel): string {
  const classed = block.querySelector('code[class*="language-"], code[class*="lang-"]') ?? block;
  const fromClass = LANGUAGE_CLASS.exec(classed.getAttribute('class') ?? '')?.[1];
  const raw = fromClass ?? read(block) ?? '';
  const name = raw.trim().toLowerCase();
  return LANGUAGE_NAME.test(name) && !NOT_LANGUAGES.has(name) ? name : '';
}

/** Labels a code header shows when the block has no language. */
const NOT_LANGUAGES = new Set(['code', 'copy', 'text', 'plaintext', 'plain']);

/**
 * The label a code block's header shows ("Python"), read as the block's text outside the code itself,
 * buttons and icons left out. Null when the header holds more than one word.
 */
export function headerLabel(block: Element): string | null {
  return labelOutside(block, codeRoot(block));
}

/** `headerLabel` of a block whose code root is known. */
function labelOutside(block: Element, code: Element): string | null {
  const parts: string[] = [];
  const walk = (parent: Element) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) parts.push((node as Text).data);
      else if (node.nodeType === 1 && node !== code && !(node as Element).matches(DEFAULT_EXCLUDE_LIST)) walk(node as Element);
    }
  };
  if (code !== block) walk(block);
  const label = parts.join(' ').trim();
  return label !== '' && !/\s/.test(label) ? label : null;
}

function codeRoot(block: Element): Element {
  return block.querySelector('.cm-content') ?? block.querySelector('code') ?? block;
}

function longestRun(text: string, char: string): number {
  let best = 0;
  for (let at = text.indexOf(char); at !== -1; ) {
    let end = at + 1;
    while (text[end] === char) end++;
    if (end - at > best) best = end - at;
    at = text.indexOf(char, end);
  }
  return best;
}

/** Whitespace normalisation for text read straight from a node (labels, model names). */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
