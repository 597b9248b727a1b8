import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanel, type ActiveTabSource } from '../../components/popup/SidePanel';
import { requestAnalysis } from '../../messaging/analyze-client';
import { requestData } from '../../messaging/data-client';
import '../../components/speclens.css';
import '../../components/popup/popup.css';

// Without the "tabs" permission the address is visible only on sites SpecLens has host access to, as in the popup.
const tabs: ActiveTabSource = {
  currentUrl: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url,
  subscribe(onChange) {
    const activated = () => onChange();
    const updated = (_id: number, change: { url?: string; status?: string }, tab: { active: boolean }) => {
      if (tab.active && (change.url !== undefined || change.status === 'complete')) onChange();
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
    };
  },
};

render(
  <SidePanel
    tabs={tabs}
    request={requestData}
    controlsArea={browser.storage.local}
    analyze={requestAnalysis}
    openDashboard={(query) => void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${query}` as `/dashboard.html${string}`) })}
  />,
  document.getElementById('app')!,
);
