/**
 * Cheap questions about an adapter's selectors: does a mutated subtree touch anything the adapter
 * looks for, and which required selectors match nothing on the page (for health events).
 */
import type { SiteAdapter } from '../sites/types';

function isValidSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export class SelectorProbe {
  /** Every valid candidate of every spec, as one selector list. Null when the adapter has none. */
  readonly #combined: string | null;

  constructor(
    private readonly adapter: SiteAdapter,
    doc: Document,
  ) {
    const candidates = new Set<string>();
    for (const spec of Object.values(adapter.selectors)) {
      for (const candidate of spec.candidates) if (isValidSelector(doc, candidate)) candidates.add(candidate);
    }
    this.#combined = candidates.size > 0 ? [...candidates].join(', ') : null;
  }

  /** Whether an added or changed element is, or contains, something any of the adapter's selectors find. */
  touches(element: Element): boolean {
    if (this.#combined === null) return true;
    return element.matches(this.#combined) || element.querySelector(this.#combined) !== null;
  }

  /** Names of the required selector specs of which no candidate matches anything under `root`. */
  missing(root: ParentNode): string[] {
    const names: string[] = [];
    for (const spec of Object.values(this.adapter.selectors)) {
      if (spec.optional) continue;
      const found = spec.candidates.some((candidate) => {
        try {
          return root.querySelector(candidate) !== null;
        } catch {
          return false;
        }
      });
      if (!found) names.push(spec.name);
    }
    return names;
  }
}
