/**
 * The self-hosted path for real: the origin is stored, its host permission granted from a click in an
 * extension page, the background registers the chat content script for it (permissions.onAdded →
 * syncSelfHostedRegistrations), and a saved Open WebUI page on that origin is then captured like any
 * fixed site. Firefox only: a headless Chromium cannot accept the permission prompt, and offers no
 * switch to skip it.
 */
import assert from 'node:assert/strict';
import type { E2EBrowser } from './harness/browsers';
import { loadSavedPage } from './harness/expected';
import { SELF_HOSTED_PROFILE } from './harness/profiles';
import { waitFor } from './harness/wait';
import { captureScenario } from './capture.e2e';
import { parseSelfHostedOrigin, SELF_HOSTED_ORIGINS_KEY } from '../../sites/self-hosted-origins';

export async function selfHostedScenario(browser: E2EBrowser): Promise<string> {
  const { url } = loadSavedPage(SELF_HOSTED_PROFILE.fixture);
  const parsed = parseSelfHostedOrigin(url);
  assert.ok(parsed.ok, `the fixture's address ${url} is not a self-hosted origin`);
  const { origin, pattern } = parsed.value;

  // What the options page does, in its order: the permission request runs from the click itself.
  await browser.evaluateInExtensionPage(`(async () => {
    await browser.storage.local.set({ ${JSON.stringify(SELF_HOSTED_ORIGINS_KEY)}: [${JSON.stringify(origin)}] });
    const button = document.createElement('button');
    button.id = 'speclens-e2e-grant';
    button.textContent = 'Add ${origin}';
    button.onclick = () => {
      window.__speclensGranted = browser.permissions.request({ origins: [${JSON.stringify(pattern)}] }).then(String, (e) => 'error: ' + e.message);
    };
    document.body.prepend(button);
  })()`);
  await browser.clickInExtensionPage('#speclens-e2e-grant');
  const granted = await waitFor('the permission answer', () => browser.evaluateInExtensionPage<string | undefined>('window.__speclensGranted'), 10_000);
  assert.equal(granted, 'true', 'the host permission was granted');
  const scriptId = `speclens-self-hosted:${origin}`;
  await waitFor(
    `the registered content script ${scriptId}`,
    async () => {
      const ids = await browser.evaluateInExtensionPage<string[]>('browser.scripting.getRegisteredContentScripts().then((s) => s.map((x) => x.id))');
      return ids.includes(scriptId) ? ids : undefined;
    },
    10_000,
  );
  return `registered ${scriptId}; ${await captureScenario(browser, SELF_HOSTED_PROFILE)}`;
}
