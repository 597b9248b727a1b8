import { browser } from 'wxt/browser';
import { createRuntimeMessageListener } from '../messaging/analyze-handler';
import { createCaptureMessageListener } from '../messaging/capture-handler';
import { createDataMessageListener } from '../messaging/data-handler';
import { keepSelfHostedScriptsInSync } from '../sites/self-hosted-origins';
import { RULES } from '../rules';
import { IndexedDbCaptureSink } from '../storage/capture-sink';
import { storageAreaFailureMemory } from '../storage/failure-memory';
import { SpecLensStore } from '../storage/store';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createRuntimeMessageListener({ rules: RULES, storage: browser.storage.local }));
  // The background owns the database: captures, health events and every page's data requests go through this store.
  // Its latest failed write is remembered in storage.local, so the warning survives a worker restart.
  const store = new SpecLensStore({ failureMemory: storageAreaFailureMemory(browser.storage.local) });
  const captures = new IndexedDbCaptureSink({ store, rules: RULES, storage: browser.storage.local });
  browser.runtime.onMessage.addListener(
    createCaptureMessageListener(
      { rules: RULES, storage: browser.storage.local, sink: captures.sink, health: captures.health, reader: captures },
      browser.runtime.getURL('/'),
    ),
  );
  browser.runtime.onMessage.addListener(createDataMessageListener(store, browser.runtime.getURL('/')));
  keepSelfHostedScriptsInSync();
  // Retention runs when the service worker starts. The findings catalog is loaded by the first page
  // that asks for findings, not here: most starts only store a capture.
  void store.applyRetention();
});
