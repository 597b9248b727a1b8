import { describe, expect, it } from 'vitest';
import { BadgeLayout, type BadgeSlot } from '../../annotate/badge-layout';
import { GAP } from '../../annotate/placement';
import type { ReplyHost } from '../../annotate/reply-host';

/**
 * BadgeLayout against a recording fake of the few DOM members it uses: what it reads (layout reads
 * force a layout in a real page) and what it writes, in order.
 */
interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

function fakePage() {
  const log: string[] = [];
  const win = {
    get innerWidth() {
      log.push('read viewport');
      return 1280;
    },
    get innerHeight() {
      return 900;
    },
  } as unknown as Window;

  function element(name: string, box: Box) {
    return {
      name,
      box,
      isConnected: true,
      getBoundingClientRect() {
        log.push(`read ${name}`);
        return this.box;
      },
    };
  }

  function slot(name: string, box: Box, scroller: ReturnType<typeof element> | null = null): BadgeSlot & { reply: ReturnType<typeof element> } {
    const style: Record<string, string> = {};
    const recordingStyle = new Proxy(style, {
      set(target, key, value) {
        log.push(`write ${name} ${String(key)}`);
        target[key as string] = value;
        return true;
      },
    });
    const badge = {
      get offsetWidth() {
        log.push(`measure ${name}`);
        return 60;
      },
      offsetHeight: 24,
    };
    const host = {
      host: { style: recordingStyle, isConnected: true },
      root: {
        dataset: {} as Record<string, string>,
        style: { setProperty: (prop: string, value: string) => log.push(`write ${name} ${prop} ${value}`) },
        querySelector: () => badge,
      },
    } as unknown as ReplyHost;
    const reply = element(name, box);
    return { element: reply as unknown as Element, scroller: scroller as unknown as Element | null, host, open: false, reply };
  }

  return { win, log, slot, element };
}

const box = (top: number, left = 280, right = 1000, height = 300): Box => ({ top, left, right, bottom: top + height });

describe('BadgeLayout', () => {
  it('reads every position before it writes any, and writes a badge beside its reply', () => {
    const page = fakePage();
    const layout = new BadgeLayout(page.win);
    const a = page.slot('a', box(100));
    const b = page.slot('b', box(500));
    layout.place([a, b]);
    const firstWrite = page.log.findIndex((line) => line.startsWith('write'));
    expect(page.log.slice(0, firstWrite)).toEqual(['read viewport', 'measure a', 'read a', 'measure b', 'read b']);
    expect(page.log.slice(firstWrite).every((line) => line.startsWith('write'))).toBe(true);
    expect(a.host.host.style.transform).toBe(`translate(${1000 + GAP}px, 100px)`);
    expect(b.host.host.style.display).toBe('block');
    expect(a.host.root.dataset.panelX).toBe('right');
  });

  it('writes nothing when nothing moved, and only the badge that moved', () => {
    const page = fakePage();
    const layout = new BadgeLayout(page.win);
    const a = page.slot('a', box(100));
    const b = page.slot('b', box(500));
    layout.place([a, b]);
    page.log.length = 0;
    layout.place([a, b]);
    expect(page.log.filter((line) => line.startsWith('write'))).toEqual([]);
    b.reply.box = box(520);
    layout.place([a, b]);
    expect(page.log.filter((line) => line.startsWith('write')).every((line) => line.startsWith('write b'))).toBe(true);
    expect(b.host.host.style.transform).toBe(`translate(${1000 + GAP}px, 520px)`);
  });

  it('measures a badge again only after it was rendered again', () => {
    const page = fakePage();
    const layout = new BadgeLayout(page.win);
    const a = page.slot('a', box(100));
    layout.place([a]);
    layout.place([a]);
    expect(page.log.filter((line) => line === 'measure a')).toHaveLength(1);
    layout.rendered(a);
    layout.place([a]);
    expect(page.log.filter((line) => line === 'measure a')).toHaveLength(2);
  });

  it('reads a shared scroll container once and hides the badge of a reply scrolled out of it', () => {
    const page = fakePage();
    const layout = new BadgeLayout(page.win);
    const scroller = page.element('thread', { top: 60, left: 260, right: 1020, bottom: 900 });
    const a = page.slot('a', box(100), scroller);
    const b = page.slot('b', box(-500), scroller);
    layout.place([a, b]);
    expect(page.log.filter((line) => line === 'read thread')).toHaveLength(1);
    expect(a.host.host.style.display).toBe('block');
    expect(b.host.host.style.display).toBe('none');
  });

  it('says whether any badge moved', () => {
    const page = fakePage();
    const layout = new BadgeLayout(page.win);
    const a = page.slot('a', box(100));
    const b = page.slot('b', box(500));
    expect(layout.place([a, b])).toBe(true);
    expect(layout.place([a, b])).toBe(false);
    b.reply.box = box(540);
    expect(layout.place([a, b])).toBe(true);
    b.reply.isConnected = false;
    expect(layout.place([a, b])).toBe(true);
    expect(b.host.host.style.display).toBe('none');
    expect(layout.place([a, b])).toBe(false);
  });
});
