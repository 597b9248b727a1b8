/**
 * End to end, for real: the built extension in a real browser, a saved chat page served under the
 * site's own address, and a reply streamed into it the way the site does. Checks that exactly one
 * exchange per finished reply reaches the background with the right text, that nothing is captured
 * mid-stream (not even across a pause longer than the quiet period while the busy marker is on), that
 * the replies already on the page are captured once as existing, that the page's console has no error
 * of ours, and that the page's DOM ends exactly as the site left it.
 */
import assert from 'node:assert/strict';
import type { E2EBrowser } from './harness/browsers';
import { problemsOnPage } from './harness/console';
import { expectedExchanges, loadSavedPage } from './harness/expected';
import { DEFAULT_PLAN, type StreamPlan, type StreamProfile } from './harness/profiles';
import { streamerScript, type StreamerState } from './harness/streamer';
import { sleep, waitFor } from './harness/wait';
import type { CaptureRecord, CapturesResponse } from '../../messaging/capture-protocol';
import type { HealthEvent } from '../../capture/types';

/** The watcher's default quiet period plus its confirmation sample, with room for a slow shared machine. */
const SETTLE_MS = 3000;

async function capturesOf(browser: E2EBrowser, url: string): Promise<{ captures: CaptureRecord[]; health: HealthEvent[] }> {
  const response = await browser.sendFromExtensionPage<CapturesResponse>({ type: 'speclens/captures' });
  if (!response.ok) throw new Error(`speclens/captures failed: ${response.error}`);
  return {
    captures: response.captures.filter((c) => c.exchange.url === url),
    health: response.health.filter((h) => h.url === url),
  };
}

const lastText = (c: CaptureRecord) => c.exchange.turns.at(-1)!.text;

export async function captureScenario(browser: E2EBrowser, profile: StreamProfile, plan: StreamPlan = DEFAULT_PLAN): Promise<string> {
  const saved = loadSavedPage(profile.fixture);
  const expected = expectedExchanges(saved);
  const live = expected.at(-1)!;
  const existing = expected.slice(0, -1);

  const page = await browser.open(saved.url, saved.html, streamerScript(profile));
  try {
    const state = await page.evaluate<StreamerState>('window.__speclensStreamer.state');
    assert.ok(state.prepared, `the streamer could not prepare the page: ${state.error}`);

    // 1. Replies already on the page: each captured once, as existing; the emptied, busy reply is not.
    await waitFor(
      `${existing.length} existing replies`,
      async () => {
        const { captures } = await capturesOf(browser, saved.url);
        return captures.length >= existing.length ? captures : undefined;
      },
      15_000,
    );
    await sleep(SETTLE_MS);
    const beforeStream = (await capturesOf(browser, saved.url)).captures;
    assert.equal(beforeStream.length, existing.length, `captures before streaming: ${beforeStream.map(lastText).join(' | ').slice(0, 300)}`);
    assert.deepEqual(
      beforeStream.map((c) => [c.origin, lastText(c)]),
      existing.map((e) => ['existing', e.turns.at(-1)!.text]),
      'the existing replies, in page order, as the adapter reads them in Node',
    );

    // 2. Stream the reply back; poll the background all along: nothing new may appear mid-stream.
    let streamDone = false;
    const streaming = page
      .evaluate<{ chunks: number; chars: number }>(`window.__speclensStreamer.stream(${JSON.stringify(plan)})`)
      .finally(() => (streamDone = true));
    let polls = 0;
    while (!streamDone) {
      const { captures } = await capturesOf(browser, saved.url);
      assert.equal(captures.length, existing.length, `a capture arrived mid-stream: ${captures.map(lastText).at(-1)?.slice(0, 200)}`);
      polls++;
      await sleep(250);
    }
    const streamed = await streaming;
    assert.ok(polls >= 5, `only ${polls} polls during the stream`);

    // 3. Exactly one new capture, live, with the reply's full text and the conversation before it.
    const after = await waitFor(
      'the streamed reply',
      async () => {
        const { captures } = await capturesOf(browser, saved.url);
        return captures.length > existing.length ? captures : undefined;
      },
      15_000,
    );
    const capture = after.at(-1)!;
    assert.equal(capture.origin, 'live');
    assert.equal(lastText(capture), live.turns.at(-1)!.text, 'the streamed reply text');
    assert.deepEqual(
      capture.exchange.turns.map((t) => [t.role, t.text]),
      live.turns.map((t) => [t.role, t.text]),
      'the conversation up to the streamed reply',
    );
    assert.equal(capture.exchange.site, profile.site);
    assert.ok(Array.isArray(capture.result.findings), 'the background analysed the capture');

    // 4. No duplicate later, no health event, no error of ours in the page console, the DOM untouched.
    await sleep(SETTLE_MS);
    const final = await capturesOf(browser, saved.url);
    assert.equal(final.captures.length, existing.length + 1, 'captures after the stream settled');
    assert.equal(new Set(final.captures.map((c) => c.key)).size, final.captures.length, 'capture keys are unique');
    assert.deepEqual(final.health, [], 'health events for this page');
    const ours = problemsOnPage(page.console, { anyError: false });
    assert.deepEqual(ours, [], 'console messages of the extension, or uncaught errors');
    // The in-page badges live in hosts appended to <html> (annotate/reply-host.ts); the site's own tree must be untouched.
    const sameDom = await page.evaluate<boolean>(
      "(() => { const copy = document.documentElement.cloneNode(true); copy.querySelectorAll('[data-speclens-host]').forEach((e) => e.remove()); return copy.outerHTML === window.__speclensStreamer.state.original; })()",
    );
    assert.ok(sameDom, 'the page DOM after the stream equals the saved page apart from the SpecLens hosts: the extension changed nothing of the site');
    return `${existing.length} existing + 1 live (${streamed.chunks} chunks, ${streamed.chars} characters, ${polls} polls mid-stream)`;
  } finally {
    await page.close();
  }
}
