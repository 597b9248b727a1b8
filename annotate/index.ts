/** Starts the in-page review layer for the content script (its stylesheet and the data API wired in). */
import { requestData } from '../messaging/data-client';
import type { SiteAdapter } from '../sites/types';
import css from './inpage.css?inline';
import { InpageReviews } from './inpage-reviews';

export function startInpageReviews(adapter: SiteAdapter): InpageReviews {
  return new InpageReviews({ adapter, requestData, css });
}
