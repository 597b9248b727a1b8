import { browser } from 'wxt/browser';
import { createRuntimeMessageListener } from '../messaging/analyze-handler';
import { createCaptureMessageListener } from '../messaging/capture-handler';
import { MemoryCaptureStore } from '../messaging/capture-memory-sink';
import { keepSelfHostedScriptsInSync } from '../sites/self-hosted-origins';
import { RULES } from '../rules';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createRuntimeMessageListener({ rules: RULES, storage: browser.storage.local }));
  const captures = new MemoryCaptureStore();
  browser.runtime.onMessage.addListener(
    createCaptureMessageListener(
      { rules: RULES, storage: browser.storage.local, sink: captures.sink, health: captures.health, reader: captures },
      browser.runtime.getURL('/'),
    ),
  );
  keepSelfHostedScriptsInSync();
});
