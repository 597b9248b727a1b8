/**
 * Reading a long turn's text over several tasks, so that the page never waits long on one.
 *
 * An adapter's `turnText` is synchronous and reads through `elementText`. Inside `SlicedRead.step`,
 * `elementText` checks the clock between two top-level nodes of the element it reads; once the slice's
 * time is up it keeps its place (the text so far and the next node) and abandons the adapter's call
 * with a value only this module throws and catches. The next `step` calls `turnText` again: an element
 * read in full returns its text at once, the one that stopped resumes at its next node. So the text is
 * exactly what one uninterrupted read returns, provided the page did not change between the steps:
 * the caller drops the read when the turn changes.
 */
import type { TextBuilder } from './text-builder';

/** Where the read of one element stands: its text, or the text so far and the node to go on from. */
export type ReadPlace = { text: string } | { text?: undefined; builder: TextBuilder; next: ChildNode };

/** Thrown through the adapter's code when a slice is over; never escapes `step`. */
const SLICE_OVER: unique symbol = Symbol('slice over');

let active: SlicedRead | null = null;

/** The read whose slice is running, or null (no slicing: read everything now). */
export function activeRead(): SlicedRead | null {
  return active;
}

export class SlicedRead {
  #deadline = Infinity;
  /** By the compiled text options (an adapter may read one element with two option sets), then by element. */
  readonly #places = new Map<object, Map<Element, ReadPlace>>();
  /** Answers to the adapter's own lookups (selector resolution), by what was asked and where. */
  readonly #answers = new Map<object, Map<object, Map<object, unknown>>>();

  /** `sliceMs`: the time a step reads for before it stops at the next top-level node (at least one node is read). */
  constructor(
    private readonly sliceMs: number,
    private readonly now: () => number,
  ) {}

  /** Runs `read` (a `turnText` call) for one slice: its text, or null when the read must be stepped again, later. */
  step(read: () => string): string | null {
    const outer = active;
    active = this;
    this.#deadline = this.now() + this.sliceMs;
    try {
      return read();
    } catch (error) {
      if (error === SLICE_OVER) return null;
      throw error;
    } finally {
      active = outer;
    }
  }

  /**
   * The answer to a lookup the adapter makes again in every step (the reply's body, say): computed in the
   * first step, then kept, since the page does not change during the read. `kind` names the lookup.
   */
  remember<T>(kind: object, what: object, where: object, compute: () => T): T {
    let byWhat = this.#answers.get(kind);
    if (!byWhat) {
      byWhat = new Map();
      this.#answers.set(kind, byWhat);
    }
    let byWhere = byWhat.get(what);
    if (!byWhere) {
      byWhere = new Map();
      byWhat.set(what, byWhere);
    }
    if (byWhere.has(where)) return byWhere.get(where) as T;
    const answer = compute();
    byWhere.set(where, answer);
    return answer;
  }

  placeOf(options: object, element: Element): ReadPlace | undefined {
    return this.#places.get(options)?.get(element);
  }

  /** Keeps a finished element's text. */
  finished(options: object, element: Element, text: string): void {
    this.#keep(options, element, { text });
  }

  /** Stops the slice here if its time is up, keeping the element's place; returns when there is time left. */
  pauseIfDue(options: object, element: Element, builder: TextBuilder, next: ChildNode): void {
    if (this.now() < this.#deadline) return;
    this.#keep(options, element, { builder, next });
    throw SLICE_OVER;
  }

  #keep(options: object, element: Element, place: ReadPlace): void {
    let byElement = this.#places.get(options);
    if (!byElement) {
      byElement = new Map();
      this.#places.set(options, byElement);
    }
    byElement.set(element, place);
  }
}
