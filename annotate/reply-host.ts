/**
 * The element SpecLens adds to a chat page: one per judged reply, appended to <html> (never inside the
 * site's own tree, so the site's layout, its CSS selectors and its framework's DOM are untouched), a
 * fixed-position box whose shadow root holds the badge and panel. The shadow root keeps the site's CSS
 * out and ours in; `all: initial` on the host stops inherited properties (fonts, colours) leaking in.
 */
export const HOST_ATTRIBUTE = 'data-speclens-host';
export const HOST_TAG = 'speclens-reply';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'z-index: 2147483600',
  'display: block',
  'visibility: hidden',
].join(';');

/** Keys typed in our fields must not reach the site's shortcuts (ChatGPT sends typing to its composer). */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'cut', 'copy'] as const;

export interface ReplyHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the components render. */
  root: HTMLElement;
  remove(): void;
}

export function createReplyHost(doc: Document, css: string, key: string): ReplyHost {
  // A custom element name, so the site's rules for `div` (even `!important` ones) never match the host.
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTRIBUTE, '');
  host.style.cssText = HOST_STYLE;
  // Open, so a test driver can reach inside; the page already holds the reply text the panel quotes.
  const shadow = host.attachShadow({ mode: 'open' });
  const root = doc.createElement('div');
  root.className = 'sl-root';
  root.dataset.key = key;
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  adoptStyles(shadow, doc, css);
  shadow.append(root);
  doc.documentElement.append(host);
  return { host, shadow, root, remove: () => host.remove() };
}

/**
 * A constructed sheet is CSSOM, so a site's `style-src` CSP does not apply to it; where the browser
 * refuses to adopt a sheet made by a content script, a <style> element in the shadow root does.
 */
function adoptStyles(shadow: ShadowRoot, doc: Document, css: string): void {
  try {
    shadow.adoptedStyleSheets = [sheetFor(doc, css)];
    return;
  } catch {
    // Falls through to the element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** One parsed sheet per document and stylesheet text, shared by every badge's shadow root. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function sheetFor(doc: Document, css: string): CSSStyleSheet {
  let byText = sheets.get(doc);
  if (!byText) {
    byText = new Map();
    sheets.set(doc, byText);
  }
  let sheet = byText.get(css);
  if (!sheet) {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync(css);
    byText.set(css, sheet);
  }
  return sheet;
}
