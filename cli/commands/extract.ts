/** `speclens extract PAGE.html --url URL`: what the site adapters read from a saved chat page, as JSON. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { EngineConfig } from '../../engine/config';
import type { AnalysisResult } from '../../engine/run';
import type { Exchange } from '../../engine/types';
import { SUPPORTED_HOST_PATTERNS } from '../../sites/hosts';
import { ADAPTERS, adapterFor } from '../../sites/registry';
import { pickSelfHostedAdapter } from '../../sites/self-hosted';
import { extractPage } from '../../sites/shared';
import type { PageExtraction, SiteAdapter } from '../../sites/types';
import { errorMessage, EXIT_OK, EXIT_SOME_LINES_FAILED, UsageError } from '../errors';
import type { Io } from '../io';
import { loadConfig } from '../load-config';
import { loadPage, savedFromUrl } from './extract-page';

export const EXTRACT_USAGE = `Usage: speclens extract PAGE.html [--url URL] [--site ID] [--pretty] [--scan [--config FILE]]

Reads a chat page saved from the browser (Save Page As, "HTML only" or "complete") with the same
site adapter the extension runs, and prints what it found as one JSON object:
  {"site", "url", "conversationId", "model", "exchanges", "missingSelectors"}
"exchanges" holds one entry per assistant reply: the conversation up to and including that reply.
"missingSelectors" names the required selectors that matched nothing: attach the output to a bug
report when a site changed its markup. The page's scripts are not run and nothing is fetched.

Options:
  --url URL      the address the page was saved from; picks the adapter and the conversation id.
                 Optional when the page starts with the browser's "saved from url" comment
  --site ID      use this adapter whatever the address (${ADAPTERS.map((a) => a.id).join(', ')});
                 for self-hosted chat UIs on your own host
  --pretty       indent the JSON
  --scan         also check every exchange with the rules, as "speclens scan" does, and add
                 "scan": [{"exchangeId", "findings", "signals", "errors"}]
  --config FILE  engine config for --scan (see "speclens scan --help")
  -h, --help     show this help

Exit code: 0 when the page has readable turns, 1 when it has none (the selectors that matched
nothing go to standard error) or a rule failed under --scan, 2 for a usage error (missing file,
no adapter for the address, bad option).`;

export async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      site: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      scan: { type: 'boolean', default: false },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(EXTRACT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing PAGE.html' : `expected one page, got ${positionals.length}`);
  }
  if (values.config !== undefined && !values.scan) throw new UsageError('--config only applies with --scan');
  const path = positionals[0]!;
  const html = await readPage(path);
  const url = pageUrl(values.url ?? savedFromUrl(html), path);
  const config: EngineConfig = values.config !== undefined ? await loadConfig(values.config) : {};

  const page = await loadPage(html, url.href);
  try {
    const adapter = chooseAdapter(values.site, url, page.document);
    const extraction = extractPage(adapter, page.document, url);
    const scan = values.scan ? await scanExchanges(extraction.exchanges, config) : null;
    const { site, conversationId, model, exchanges, missingSelectors } = extraction;
    const printed = { site, url: extraction.url, conversationId, model, exchanges, missingSelectors, ...(scan ? { scan } : {}) };
    io.out(JSON.stringify(printed, null, values.pretty ? 2 : undefined));
    return report(extraction, adapter, path, io, scan ?? []);
  } finally {
    await page.close();
  }
}

async function readPage(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`cannot read ${path}: it is a folder, not a saved page`);
    throw new UsageError(`cannot read ${path}: ${errorMessage(error)}`);
  }
}

function pageUrl(raw: string | null, path: string): URL {
  if (raw === null) {
    throw new UsageError(`${path} does not say which address it was saved from; pass --url (for example --url https://chatgpt.com/c/…)`);
  }
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
    return url;
  } catch {
    throw new UsageError(`--url ${raw} is not a web address (https://…)`);
  }
}

/** --site first, then the address, then a self-hosted app recognised by its markup. */
function chooseAdapter(site: string | undefined, url: URL, doc: Document): SiteAdapter {
  if (site !== undefined) {
    const forced = ADAPTERS.find((adapter) => adapter.id === site);
    if (!forced) throw new UsageError(`unknown --site ${site}; sites: ${ADAPTERS.map((a) => a.id).join(', ')}`);
    return forced;
  }
  const byHost = adapterFor(url);
  if (byHost) return byHost;
  const selfHosted = pickSelfHostedAdapter(doc);
  if (selfHosted.id !== 'generic') return selfHosted;
  const hosts = SUPPORTED_HOST_PATTERNS.map((pattern) => pattern.replace(/^https:\/\//, '').replace(/\/?\*$/, ''));
  throw new UsageError(
    `no adapter reads ${url.host}. Supported hosts: ${hosts.join(', ')}. ` +
      'For a self-hosted chat UI pass --site openwebui, --site librechat or --site generic.',
  );
}

interface ScanEntry {
  exchangeId: string | undefined;
  findings: AnalysisResult['findings'];
  signals: AnalysisResult['signals'];
  errors: AnalysisResult['errors'];
}

/** The rules are loaded only for --scan: plain extraction does not pay for compiling them. */
async function scanExchanges(exchanges: readonly Exchange[], config: EngineConfig): Promise<ScanEntry[]> {
  const [{ analyze }, { RULES }] = await Promise.all([import('../../engine/run'), import('../../rules')]);
  return exchanges.map((exchange) => {
    const result = analyze(exchange, { rules: RULES, config });
    return { exchangeId: exchange.id, findings: result.findings, signals: result.signals, errors: result.errors };
  });
}

/** Problems go to standard error; the JSON on standard output is printed either way, for bug reports. */
function report(extraction: PageExtraction, adapter: SiteAdapter, path: string, io: Io, scan: readonly ScanEntry[]): number {
  const missing = extraction.missingSelectors;
  if (extraction.turns.length === 0) {
    io.err(
      `speclens extract: no readable turns in ${path} for ${adapter.name}. ` +
        (missing.length > 0
          ? `Selectors that matched nothing: ${missing.join(', ')}.`
          : 'Every selector matched, but the turns it found hold no text.'),
    );
    return EXIT_SOME_LINES_FAILED;
  }
  if (missing.length > 0) io.err(`speclens extract: warning: selectors that matched nothing on ${path}: ${missing.join(', ')}`);
  if (extraction.exchanges.length === 0) io.err(`speclens extract: warning: ${path} has prompts but no reply to check`);
  let failed = false;
  for (const entry of scan) {
    for (const error of entry.errors) {
      failed = true;
      io.err(`speclens extract: exchange ${entry.exchangeId ?? '?'}: rule ${error.ruleId} failed: ${error.error}`);
    }
  }
  return failed ? EXIT_SOME_LINES_FAILED : EXIT_OK;
}
