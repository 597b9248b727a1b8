// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeBadge, PANEL_WIDTH } from '../../annotate/placement';
import { foldText, locateQuote, rangeOfQuote, spanOfSelection } from '../../annotate/text-index';
import { luminanceOf, pageTheme } from '../../annotate/theme';

describe('text index', () => {
  it('folds whitespace and zero-width characters away and maps back to the original offsets', () => {
    const folded = foldText('a b\n\n\u200Bc');
    expect(folded.text).toBe('abc');
    expect(folded.map).toEqual([0, 2, 6]);
  });

  it('finds a quote whose whitespace differs, and picks the occurrence nearest the hint', () => {
    const text = 'Yes. Great question!\n\nMore text. Great   question! End.';
    const first = locateQuote(text, 'Great question', 0);
    const second = locateQuote(text, 'Great question', 0.9);
    expect(text.slice(first!.start, first!.end)).toBe('Great question');
    expect(second!.start).toBeGreaterThan(first!.start);
    expect(text.slice(second!.start, second!.end)).toBe('Great   question');
    expect(locateQuote(text, 'not there')).toBeNull();
  });

  it('builds a DOM range across block elements that abut without whitespace', () => {
    document.body.innerHTML = '<div id="r"><p>First para ends here.</p><p>Second <b>bold</b> para.</p></div>';
    const range = rangeOfQuote(document.getElementById('r')!, 'ends here.\n\nSecond bold');
    expect(range).not.toBeNull();
    expect(range!.toString()).toBe('ends here.Second bold');
  });

  it('turns a selection into offsets of the turn text, with the quote as the turn text has it', () => {
    const turnText = 'Intro line.\n\nnever assign it to innerHTML, ever.';
    const span = spanOfSelection(turnText, 'never assign it\nto innerHTML');
    expect(span).toEqual({ start: 13, end: 41, quote: 'never assign it to innerHTML' });
    expect(spanOfSelection(turnText, '   ')).toBeNull();
    expect(spanOfSelection(turnText, 'absent words')).toBeNull();
  });
});

describe('badge placement', () => {
  const viewport = { width: 1280, height: 900 };
  const clip = { top: 0, left: 0, right: 1280, bottom: 900 };
  const badge = { width: 48, height: 24 };

  it('sits just outside the reply when the page leaves room on the right', () => {
    const p = placeBadge({ top: 100, left: 280, right: 1000, bottom: 400 }, clip, badge, viewport);
    expect(p).toMatchObject({ visible: true, x: 1008, y: 100, panelX: 'right' });
  });

  it('sits inside the right edge when the reply fills the width', () => {
    const p = placeBadge({ top: 100, left: 0, right: 1270, bottom: 400 }, clip, badge, viewport);
    expect(p.x).toBe(1270 - 48);
  });

  it('follows the visible part of a reply whose top is scrolled away, and hides when the reply is out of view', () => {
    const header = { ...clip, top: 60 };
    expect(placeBadge({ top: -300, left: 280, right: 1000, bottom: 500 }, header, badge, viewport)).toMatchObject({ visible: true, y: 68 });
    expect(placeBadge({ top: -300, left: 280, right: 1000, bottom: 50 }, header, badge, viewport).visible).toBe(false);
    expect(placeBadge({ top: 950, left: 280, right: 1000, bottom: 1400 }, clip, badge, viewport).visible).toBe(false);
  });

  it('opens the panel upwards near the bottom, and to the right when the badge is near the left edge', () => {
    expect(placeBadge({ top: 800, left: 280, right: 1000, bottom: 880 }, clip, badge, viewport).panelY).toBe('up');
    expect(placeBadge({ top: 100, left: 280, right: 1000, bottom: 400 }, clip, badge, viewport).panelY).toBe('down');
    expect(placeBadge({ top: 100, left: 0, right: PANEL_WIDTH / 2, bottom: 400 }, clip, badge, viewport).panelX).toBe('left');
  });
});

describe('theme', () => {
  it('reads luminance from rgb and rgba colours, ignoring transparent ones', () => {
    expect(luminanceOf('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminanceOf('rgb(0, 0, 0)')).toBe(0);
    expect(luminanceOf('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminanceOf('transparent')).toBeNull();
  });

  it('follows the first opaque background from the reply up', () => {
    document.body.innerHTML = '<div id="page" style="background-color: rgb(33, 33, 33)"><div><p id="reply">Hi</p></div></div>';
    expect(pageTheme(document.getElementById('reply')!)).toBe('dark');
    document.getElementById('page')!.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(pageTheme(document.getElementById('reply')!)).toBe('light');
  });
});
