import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { describePage } from '../../components/popup/current-page';
import { requestAnalysis } from '../../messaging/analyze-client';
import { requestData } from '../../messaging/data-client';
import '../../components/speclens.css';
import '../../components/popup/popup.css';

async function start() {
  // The address is visible only for sites SpecLens has host access to; elsewhere the popup says it does not read the page.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  render(
    <Popup
      request={requestData}
      page={describePage(tab?.url)}
      controlsArea={browser.storage.local}
      analyze={requestAnalysis}
      openDashboard={(query) => {
        void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${query}` as `/dashboard.html${string}`) });
        window.close();
      }}
    />,
    document.getElementById('app')!,
  );
}

void start();
