import { browser } from 'wxt/browser';
import { createRuntimeMessageListener } from '../messaging/analyze-handler';
import { RULES } from '../rules';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createRuntimeMessageListener({ rules: RULES, storage: browser.storage.local }));
});
