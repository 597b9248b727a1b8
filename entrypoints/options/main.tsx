import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { requestData } from '../../messaging/data-client';
import { RULES } from '../../rules';
import { extensionApi } from '../../sites/self-hosted-origins';
import '../../components/speclens.css';
import '../../components/options/options.css';

render(
  <OptionsApp
    rules={RULES}
    storage={browser.storage.local}
    data={requestData}
    selfHosted={extensionApi()}
    // recheck is a 2.8 MB script: loaded only when custom rules are saved.
    loadRegexCheck={() => import('../../engine/custom-rules/recheck-safety').then((m) => m.recheckSafety())}
  />,
  document.getElementById('app')!,
);
