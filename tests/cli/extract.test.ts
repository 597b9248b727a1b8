import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { ADAPTERS } from '../../sites/registry';
import { pagesOf, SITE_FIXTURES } from '../sites/saved-pages';
import { CLI_TIMEOUT_MS, ROOT, runCli, tempFiles } from './run-cli';

interface Extracted {
  site: string;
  url: string;
  conversationId: string | null;
  model: string | null;
  exchanges: { id: string; site: string; turns: { id: string; role: string; text: string }[] }[];
  missingSelectors: string[];
  scan?: { exchangeId: string; findings: { ruleId: string }[]; signals: Record<string, unknown>; errors: unknown[] }[];
}

/** Runs `speclens …` in this process (same code as the binary, without a node start per page). */
async function speclens(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line), stdin: Readable.from([]) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const page = (path: string) => join(SITE_FIXTURES, path);

/** Saved pages that hold no conversation on purpose. */
const NO_TURNS = new Set(['claude/oa-artifact-panel.html']);

const everyPage = ADAPTERS.flatMap((adapter) => pagesOf(adapter.id).map((path) => [path, adapter.id] as const));

describe('speclens extract on every saved page', { timeout: CLI_TIMEOUT_MS }, () => {
  it.each(everyPage.filter(([path]) => !NO_TURNS.has(path)))('%s', async (path, site) => {
    const { code, stdout, stderr } = await speclens(['extract', page(path)]);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout) as Extracted;
    expect(Object.keys(result)).toEqual(['site', 'url', 'conversationId', 'model', 'exchanges', 'missingSelectors']);
    expect(result.site).toBe(site);
    const adapter = ADAPTERS.find((a) => a.id === site)!;
    expect(result.conversationId).toBe(adapter.conversationId(new URL(result.url)));
    expect(result.exchanges.length).toBeGreaterThan(0);
    for (const exchange of result.exchanges) {
      expect(exchange.site).toBe(site);
      expect(exchange.turns.at(-1)?.role).toBe('assistant');
      expect(exchange.turns.at(-1)?.id).toBe(exchange.id);
      for (const turn of exchange.turns) expect(turn.text.trim()).not.toBe('');
    }
    // A page that reads fine but lacks a required selector says so on standard error.
    expect(stderr === '').toBe(result.missingSelectors.length === 0);
  });

  it('exits 1 on a page with no readable turns, names the selectors that matched nothing, and still prints the JSON', async () => {
    const { code, stdout, stderr } = await speclens(['extract', page('claude/oa-artifact-panel.html')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no readable turns in .*oa-artifact-panel\.html for Claude\. Selectors that matched nothing: user message, assistant turn\./);
    const result = JSON.parse(stdout) as Extracted;
    expect(result.exchanges).toEqual([]);
    expect(result.missingSelectors).toEqual(['user message', 'assistant turn']);
  });
});

describe('speclens extract options', { timeout: CLI_TIMEOUT_MS }, () => {
  it('takes --url over the saved-from comment, which decides the adapter and the conversation id', async () => {
    const { code, stdout } = await speclens([
      'extract',
      page('chatgpt/rs-two-pairs.html'),
      '--url',
      'https://chatgpt.com/g/g-p-1234-notes/c/0000aaaa-1111',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Extracted;
    expect(result.url).toBe('https://chatgpt.com/g/g-p-1234-notes/c/0000aaaa-1111');
    expect(result.conversationId).toBe('0000aaaa-1111');
    expect(result.model).toBe('gpt-5-3');
    expect(result.exchanges.map((e) => e.turns.length)).toEqual([2, 4]);
  });

  it('--pretty indents; --scan adds the rules\' findings and signals for each exchange', async () => {
    const pretty = await speclens(['extract', page('grok/rs-two-pairs.html'), '--pretty']);
    expect(pretty.stdout.startsWith('{\n  "site": "grok",\n')).toBe(true);
    const { code, stdout } = await speclens(['extract', page('grok/rs-two-pairs.html'), '--scan']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Extracted;
    expect(result.scan?.map((s) => s.exchangeId)).toEqual(result.exchanges.map((e) => e.id));
    for (const entry of result.scan!) {
      expect(Array.isArray(entry.findings)).toBe(true);
      expect(Object.keys(entry.signals)).toEqual(expect.arrayContaining(['refusal', 'requestRisk']));
      expect(entry.errors).toEqual([]);
    }
  });

  it('--site reads a self-hosted page at an address no adapter claims', async () => {
    const [path] = pagesOf('chatgpt').filter((p) => p.endsWith('gen-b-hand-built.html'));
    const refused = await speclens(['extract', page(path!), '--url', 'https://chat.internal.example/c/abc']);
    expect(refused.code).toBe(2);
    const forced = await speclens(['extract', page(path!), '--url', 'https://chat.internal.example/c/abc', '--site', 'chatgpt']);
    expect(forced.code).toBe(0);
    expect((JSON.parse(forced.stdout) as Extracted).exchanges).toHaveLength(2);
  });
});

describe('speclens extract errors (the real binary)', { timeout: CLI_TIMEOUT_MS }, () => {
  it('a missing file is a usage error', async () => {
    const { code, stderr, stdout } = await runCli(['extract', 'no-such-page.html', '--url', 'https://chatgpt.com/c/1']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('speclens extract: cannot read no-such-page.html: no such file');
  });

  it('an address no adapter reads lists the supported hosts', async () => {
    const { code, stderr } = await runCli(['extract', page('chatgpt/oa-chat-code.html'), '--url', 'https://example.com/chat/1']);
    expect(code).toBe(2);
    expect(stderr).toContain('no adapter reads example.com. Supported hosts: chatgpt.com, chat.openai.com, claude.ai');
    expect(stderr).toContain('--site openwebui');
  });

  it('a page without a saved-from comment needs --url; --help explains the output', async () => {
    const files = tempFiles({ 'bare.html': '<html><body><p>hello</p></body></html>' });
    const bare = await runCli(['extract', files['bare.html']!]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('does not say which address it was saved from; pass --url');
    const help = await runCli(['extract', '--help'], { cwd: ROOT });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('"missingSelectors"');
  });
});

describe('speclens extract never runs the page or fetches anything', { timeout: CLI_TIMEOUT_MS }, () => {
  let requests = 0;
  const server = createServer((_request, response) => {
    requests++;
    response.end('');
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('leaves scripts, styles, frames and images alone', async () => {
    const html = `<!-- saved from url=(0030)https://chatgpt.com/c/0000-1111 -->
<html><head><link rel="stylesheet" href="${origin}/a.css"><script src="${origin}/a.js"></script>
<script>document.title = 'ran'; fetch('${origin}/inline');</script></head><body>
<iframe src="${origin}/frame"></iframe><img src="${origin}/img.png">
<section data-testid="conversation-turn-1"><div data-message-author-role="user" data-message-id="u1"><div class="whitespace-pre-wrap">hi</div></div></section>
<section data-testid="conversation-turn-2"><div data-message-author-role="assistant" data-message-id="a1"><div class="markdown"><p>hello</p></div></div></section>
</body></html>`;
    const files = tempFiles({ 'page.html': html });
    const { code, stdout } = await speclens(['extract', files['page.html']!]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Extracted).exchanges[0]!.turns.map((t) => t.text)).toEqual(['hi', 'hello']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toBe(0);
  });
});
