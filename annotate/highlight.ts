/**
 * Shows a finding's evidence in the reply. With the CSS Custom Highlight API the site's DOM is not
 * touched at all: the ranges are registered under one highlight name, styled by a sheet adopted by
 * the document. Without it (or when the sheet cannot be adopted), the first range is selected instead.
 * Either way the first range is scrolled into view.
 */
export const HIGHLIGHT_NAME = 'speclens-evidence';

const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(250, 204, 21, 0.55); color: inherit; }`;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

type HighlightWindow = Window & typeof globalThis & {
  Highlight?: new (...ranges: Range[]) => unknown;
  CSS?: { highlights?: HighlightRegistry };
};

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Adds the highlight's style to the page as a constructed sheet (no element is inserted); again if the site dropped it. */
function adoptHighlightStyle(doc: Document, win: HighlightWindow): boolean {
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      sheets.set(doc, sheet);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}

export type HighlightMode = 'highlight' | 'selection';

export function showEvidence(ranges: readonly Range[], win: Window = window): HighlightMode | null {
  const first = ranges[0];
  if (!first) return null;
  const w = win as HighlightWindow;
  let mode: HighlightMode = 'selection';
  if (w.Highlight && w.CSS?.highlights && adoptHighlightStyle(win.document, w)) {
    w.CSS.highlights.set(HIGHLIGHT_NAME, new w.Highlight(...ranges));
    mode = 'highlight';
  } else {
    const selection = win.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(first);
  }
  const target = first.startContainer.nodeType === 1 ? (first.startContainer as Element) : first.startContainer.parentElement;
  target?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return mode;
}

export function clearEvidence(win: Window = window): void {
  (win as HighlightWindow).CSS?.highlights?.delete(HIGHLIGHT_NAME);
}
