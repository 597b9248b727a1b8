// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { clearEvidence, HIGHLIGHT_NAME, showEvidence } from '../../annotate/highlight';
import { rangeOfQuote } from '../../annotate/text-index';

type W = Window & { Highlight?: unknown; CSS?: { highlights?: Map<string, unknown> } };

describe('evidence highlighting', () => {
  const w = window as W;
  const saved = { Highlight: w.Highlight, CSS: w.CSS };
  afterEach(() => {
    w.Highlight = saved.Highlight;
    w.CSS = saved.CSS;
  });

  it('registers a CSS highlight where the API exists, without changing the page DOM', () => {
    document.body.innerHTML = '<div id="r"><p>Great question! Here is the answer.</p></div>';
    const before = document.body.innerHTML;
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    w.Highlight = FakeHighlight;
    w.CSS = { highlights: registry };
    const range = rangeOfQuote(document.getElementById('r')!, 'Great question')!;
    expect(showEvidence([range], window)).toBe('highlight');
    expect((registry.get(HIGHLIGHT_NAME) as FakeHighlight).ranges.map((r) => r.toString())).toEqual(['Great question']);
    expect(document.body.innerHTML).toBe(before);
    clearEvidence(window);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('selects the evidence where the API is missing, and reports nothing to show for no ranges', () => {
    document.body.innerHTML = '<div id="r"><p>Great question! Here is the answer.</p></div>';
    w.Highlight = undefined;
    const range = rangeOfQuote(document.getElementById('r')!, 'the answer')!;
    expect(showEvidence([range], window)).toBe('selection');
    expect(window.getSelection()!.toString()).toBe('the answer');
    expect(showEvidence([], window)).toBeNull();
  });
});
