/**
 * Light or dark, as the page around the reply looks: the first opaque background from the reply up
 * to the root decides by its luminance; a page with none (transparent all the way) follows the
 * system's colour scheme.
 */
export type Theme = 'light' | 'dark';

/** sRGB relative luminance (WCAG 2) of an `rgb()`/`rgba()` colour; null for transparent or unparsable. */
export function luminanceOf(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const channel = (v: string) => {
    const c = parseFloat(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
}

export function pageTheme(from: Element, win: Window = window): Theme {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const luminance = luminanceOf(win.getComputedStyle(el).backgroundColor);
    if (luminance !== null) return luminance < 0.3 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
