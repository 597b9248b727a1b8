import { render } from 'preact';
import { Dashboard, TABS, type Tab } from '../../components/dashboard/Dashboard';
import { EMPTY_FILTERS, toFindingFilters, type FilterState } from '../../components/dashboard/filters';
import { withPrefetch } from '../../components/dashboard/prefetch';
import { blockRequest } from '../../components/dashboard/use-findings';
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
const initialFilters: FilterState = { ...EMPTY_FILTERS, site: params.get('site') ?? '' };
// The first block of findings is on its way before the first render (see prefetch.ts).
const request = withPrefetch(requestData, blockRequest(toFindingFilters(initialFilters), initialFilters.sort, 0));
render(
  <Dashboard
    request={request}
    openDatabase={openDatabase}
    initialTab={TABS.includes(hashTab) ? hashTab : 'findings'}
    initialFilters={initialFilters}
    onTabChange={(tab) => history.replaceState(null, '', `${location.pathname}${location.search}#${tab}`)}
  />,
  document.getElementById('app')!,
);
