/**
 * The two real browsers with the built extension loaded: Chromium through playwright-core and
 * Firefox ESR through puppeteer-core over WebDriver BiDi (no driver binary exists for Firefox here).
 *
 * Saved pages are served under their real https addresses by request interception (Playwright's
 * `context.route`, Puppeteer's `setRequestInterception`): the browser believes it is on chatgpt.com,
 * so the manifest's content-script matches apply, and nothing needs a certificate, a proxy or DNS.
 * Every other request is answered locally with an empty 204, so no test ever reaches the network.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface ConsoleEntry {
  type: string;
  text: string;
  /** Script URL the message came from, when the browser says. */
  url: string;
}

export interface SitePage {
  /** Evaluates a JavaScript expression in the page's main world (a string: no transpiler output leaks in). */
  evaluate<T>(expression: string): Promise<T>;
  /** Console messages and uncaught errors of the page, as they arrive. */
  readonly console: ConsoleEntry[];
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  /** Opens `url`, answered with `html`; `initScript` runs before any of the page's own scripts. */
  open(url: string, html: string, initScript: string): Promise<SitePage>;
  /** Evaluates an expression in an extension page (popup.html), where `browser` / `chrome` are the extension API. */
  evaluateInExtensionPage<T>(expression: string): Promise<T>;
  /** Sends a message to the background from an extension page and returns the answer. */
  sendFromExtensionPage<T>(message: unknown): Promise<T>;
  /** A real (trusted) click in the extension page: what a permission request needs. */
  clickInExtensionPage(selector: string): Promise<void>;
  close(): Promise<void>;
}

export const CHROMIUM_PATH = process.env.SPECLENS_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.SPECLENS_FIREFOX ?? '/usr/bin/firefox-esr';

const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

// ---- Chromium ---------------------------------------------------------------------------------

export interface ChromiumOptions {
  /** Unpacked extension folder, or null for a run without the extension (the benchmark's baseline). */
  extensionDir: string | null;
  /** Extra command-line flags. */
  args?: string[];
  /** A profile directory to use and keep on close (a browser restart test); a fresh temporary one when absent. */
  profileDir?: string;
}

export interface ChromiumBrowser extends E2EBrowser {
  context: BrowserContext;
  extensionId: string | null;
  /** Chromium pages also expose the Playwright page, for CDP sessions (the benchmark traces them). */
  open(url: string, html: string, initScript: string): Promise<SitePage & { playwright: PwPage }>;
  /** Opens one of the extension's pages (e.g. "dashboard.html") in a new tab. */
  openExtensionPage(file: string): Promise<PwPage>;
}

export async function launchChromium({ extensionDir, args = [], profileDir }: ChromiumOptions): Promise<ChromiumBrowser> {
  const profile = profileDir ?? mkdtempSync(path.join(tmpdir(), 'speclens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Requests are answered by interception; this stops the browser's own lookups of Google hosts.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...args,
    ],
    viewport: { width: 1280, height: 900 },
  });
  let extensionId: string | null = null;
  if (extensionDir) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    extensionId = new URL(worker.url()).host;
  }
  let extensionPage: PwPage | null = null;
  const evaluateInExtensionPage = async <T>(expression: string): Promise<T> => {
    if (!extensionId) throw new Error('this browser runs without the extension');
    if (!extensionPage) {
      extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
    }
    return extensionPage.evaluate(expression) as Promise<T>;
  };

  return {
    name: 'chromium',
    context,
    extensionId,
    async open(url, html, initScript) {
      const page = await context.newPage();
      const entries: ConsoleEntry[] = [];
      page.on('console', (m) => entries.push({ type: m.type(), text: m.text(), url: m.location().url ?? '' }));
      page.on('pageerror', (e) => entries.push({ type: 'pageerror', text: `${e.name}: ${e.message}`, url: '' }));
      await page.route('**/*', (route) => {
        const request = route.request();
        if (sameDocument(request.url(), url)) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        return route.fulfill({ status: 204, body: '' });
      });
      await page.addInitScript({ content: initScript });
      await page.goto(url, { waitUntil: 'load' });
      return {
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        console: entries,
        close: () => page.close(),
        playwright: page,
      };
    },
    evaluateInExtensionPage,
    sendFromExtensionPage<T>(message: unknown): Promise<T> {
      return evaluateInExtensionPage<T>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    },
    async clickInExtensionPage(selector: string): Promise<void> {
      await evaluateInExtensionPage('1');
      await extensionPage!.click(selector);
    },
    async openExtensionPage(file: string): Promise<PwPage> {
      if (!extensionId) throw new Error('this browser runs without the extension');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- Firefox ----------------------------------------------------------------------------------

/** The moz-extension:// host is random per profile unless pinned by this pref; pinned, tests can open extension pages. */
export const FIREFOX_EXTENSION_UUID = '5e1ec7a1-0000-4000-8000-5bec1e5e2e2e';

/**
 * Opens an extension page (popup.html once, right after the install). Puppeteer never sees a moz-extension
 * navigation finish over BiDi, but the page loads and can be evaluated; until it has, evaluation fails, so poll.
 */
async function openFirefoxExtensionPage(browser: PpBrowser, file = 'popup.html'): Promise<PpPage> {
  const page = await browser.newPage();
  page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${file}`).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if (await page.evaluate('typeof browser !== "undefined" && !!browser.runtime && document.readyState === "complete"')) return page;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error('the extension page did not load in Firefox');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface FirefoxOptions {
  extensionDir: string;
  /** A profile directory to use and keep on close (a browser restart test); a fresh temporary one when absent. */
  profileDir?: string;
  /** Extra preferences, on top of the harness's own. */
  prefs?: Record<string, unknown>;
  /** Page size; Puppeteer's default (800 × 600) when absent. */
  viewport?: { width: number; height: number };
}

export interface FirefoxBrowser extends E2EBrowser {
  browser: PpBrowser;
  /** Firefox pages also expose the Puppeteer page, for keyboard, clicks and screenshots. */
  open(url: string, html: string, initScript: string): Promise<SitePage & { puppeteer: PpPage }>;
  /** Opens one of the extension's pages (e.g. "dashboard.html") in a new tab, once it can be evaluated. */
  openExtensionPage(file: string): Promise<PpPage>;
}

export async function launchFirefox({ extensionDir, profileDir, prefs = {}, viewport }: FirefoxOptions): Promise<FirefoxBrowser> {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Without it: "Navigation to moz-extension://… is not allowed in this context".
    args: ['-remote-allow-system-access'],
    ...(profileDir ? { userDataDir: profileDir } : {}),
    ...(viewport ? { defaultViewport: viewport } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
      // Requests are answered by interception; this stops Firefox's own lookups (settings, telemetry).
      'network.dns.disabled': true,
      // Optional permissions requested from a user gesture are granted without the doorhanger, which
      // a headless browser cannot click (the self-hosted origin test).
      'extensions.webextOptionalPermissionPrompts': false,
      ...prefs,
    },
  });
  await browser.installExtension(path.resolve(extensionDir));
  const extensionPage = await openFirefoxExtensionPage(browser);

  return {
    name: 'firefox',
    browser,
    async open(url, html, initScript) {
      const page = await browser.newPage();
      const entries: ConsoleEntry[] = [];
      page.on('console', (m) => entries.push({ type: m.type(), text: m.text(), url: m.location().url ?? '' }));
      page.on('pageerror', (e) => entries.push({ type: 'pageerror', text: e instanceof Error ? `${e.name}: ${e.message}` : String(e), url: '' }));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (sameDocument(request.url(), url)) {
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        } else {
          void request.respond({ status: 204, body: '' });
        }
      });
      await page.evaluateOnNewDocument(initScript);
      await page.goto(url, { waitUntil: 'load' });
      return {
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        console: entries,
        close: () => page.close(),
        puppeteer: page,
      };
    },
    evaluateInExtensionPage<T>(expression: string): Promise<T> {
      return extensionPage.evaluate(expression) as Promise<T>;
    },
    sendFromExtensionPage<T>(message: unknown): Promise<T> {
      return extensionPage.evaluate(`browser.runtime.sendMessage(${JSON.stringify(message)})`) as Promise<T>;
    },
    async clickInExtensionPage(selector: string): Promise<void> {
      await extensionPage.click(selector);
    },
    openExtensionPage: (file: string) => openFirefoxExtensionPage(browser, file),
    async close() {
      await browser.close();
    },
  };
}
