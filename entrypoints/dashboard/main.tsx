import { render } from 'preact';
import { Dashboard, TABS, type Tab } from '../../components/dashboard/Dashboard';
import { requestData } from '../../messaging/data-client';
import { openSpecLensDb, type SpecLensDb } from '../../storage/db';
import '../../components/speclens.css';
import '../../components/dashboard/dashboard.css';

// One connection for export and backup, opened on first use; dropped when another version wants the database.
let db: Promise<SpecLensDb> | null = null;
const openDatabase = () => {
  const forget = () => {
    db = null;
  };
  db ??= openSpecLensDb({ onBlocking: forget, onTerminated: forget });
  return db;
};

const params = new URLSearchParams(location.search);
const hashTab = location.hash.slice(1) as Tab;
render(
  <Dashboard
    request={requestData}
    openDatabase={openDatabase}
    initialTab={TABS.includes(hashTab) ? hashTab : 'findings'}
    initialFilters={{ site: params.get('site') ?? '' }}
    onTabChange={(tab) => history.replaceState(null, '', `${location.pathname}${location.search}#${tab}`)}
  />,
  document.getElementById('app')!,
);
