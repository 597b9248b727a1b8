/**
 * The few things a flow test does to a page, the same in both browsers: evaluate an expression in
 * the page's main world, press keys and type into whatever has focus, click an element for real
 * (trusted mouse events at its centre), and take a screenshot. Chromium pages come from Playwright,
 * Firefox pages from Puppeteer over WebDriver BiDi; elements are named by an expression that returns
 * one, so they can sit in a shadow root (the SpecLens hosts) where selectors do not reach alike.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';

/** A rectangle in CSS pixels relative to the viewport's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowPage {
  evaluate<T>(expression: string): Promise<T>;
  /** A key on the focused element, by its key name ("Enter", "Escape", "Space"). */
  press(key: string): Promise<void>;
  /** Types text into the focused element, one key at a time. */
  type(text: string): Promise<void>;
  /** A real click at the centre of the element `expression` returns (scrolled into view first). */
  click(expression: string): Promise<void>;
  /** The viewport, or a part of it, as a PNG. */
  screenshot(file: string, clip?: Box): Promise<void>;
  viewport(): { width: number; height: number };
}

async function clickHandle(handle: { asElement(): { click(): Promise<void> } | null; dispose(): Promise<void> }, expression: string): Promise<void> {
  try {
    const element = handle.asElement();
    if (!element) throw new Error(`not an element: ${expression}`);
    await element.click();
  } finally {
    await handle.dispose();
  }
}

export function playwrightFlowPage(page: PwPage): FlowPage {
  return {
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    click: async (expression) => clickHandle(await page.evaluateHandle(expression), expression),
    async screenshot(file, clip) {
      mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
    },
    viewport: () => page.viewportSize() ?? { width: 1280, height: 900 },
  };
}

export function puppeteerFlowPage(page: PpPage): FlowPage {
  return {
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    // Over BiDi a key is its character: "Space" is unknown, " " is the space bar.
    press: (key) => page.keyboard.press((key === 'Space' ? ' ' : key) as Parameters<PpPage['keyboard']['press']>[0]),
    type: (text) => page.keyboard.type(text),
    click: async (expression) => clickHandle((await page.evaluateHandle(expression)) as unknown as Parameters<typeof clickHandle>[0], expression),
    async screenshot(file, clip) {
      mkdirSync(path.dirname(file), { recursive: true });
      // Puppeteer's clip is in document coordinates.
      const scroll = clip ? ((await page.evaluate('({ x: window.scrollX, y: window.scrollY })')) as { x: number; y: number }) : null;
      await page.screenshot({ path: file as `${string}.png`, ...(clip && scroll ? { clip: { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y } } : {}) });
    },
    viewport: () => page.viewport() ?? { width: 800, height: 600 },
  };
}
