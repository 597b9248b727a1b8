/** Words and formats the dashboard and popup show for stored values. */
import { specSection } from '../../engine/spec';
import type { FindingVerdict } from '../../storage/records';

export const VERDICT_LABELS: Record<FindingVerdict, string> = {
  confirmed: 'Confirmed',
  dismissed: 'Dismissed',
  unsure: 'Unsure',
  unreviewed: 'Unreviewed',
};

export const SITE_LABELS: Record<string, string> = {
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  gemini: 'Gemini',
  copilot: 'Copilot',
  perplexity: 'Perplexity',
  grok: 'Grok',
  deepseek: 'DeepSeek',
  huggingchat: 'HuggingChat',
  lechat: 'Le Chat',
  librechat: 'LibreChat',
  openwebui: 'Open WebUI',
  poe: 'Poe',
  generic: 'Other chat',
  speclens: 'SpecLens',
};

export const siteLabel = (site: string): string => SITE_LABELS[site] ?? site;

/** A Model Spec section id as its title ("Stay in bounds"), or the id when unknown. */
export const sectionLabel = (id: string): string => specSection(id)?.title ?? id;

export const modelLabel = (model: string | null): string => model ?? 'Unknown model';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

export const formatDateTime = (ms: number): string => dateTime.format(ms);
export const formatShortDate = (ms: number): string => shortDate.format(ms);

/** `YYYY-MM-DD` (a date input's value) as local midnight in epoch ms; undefined when empty or invalid. */
export function dayStart(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isNaN(t) ? undefined : t;
}

/** The day after `value` at local midnight: the exclusive end of a "to" date. */
export function dayEnd(value: string): number | undefined {
  const start = dayStart(value);
  if (start === undefined) return undefined;
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  return d.getTime();
}
