/**
 * `npm run bench`: engine throughput per reply size and on adversarial replies, next to a baseline
 * of one linear pass over the same text, then the cost of each part of the engine on a 20 KB reply.
 * Usage: tsx scripts/bench.ts [--json]
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { renderTextTable } from '../cli/format-table';
import type { RuleContext } from '../engine/rule';
import { analyze, buildContext } from '../engine/run';
import { computeSignals } from '../engine/signals';
import { sentences } from '../engine/text';
import type { Exchange } from '../engine/types';
import { RULES } from '../rules';
import { buildCorpus, KB, loadSpecExamples, MB, type BenchCase } from './bench/corpus';
import { measure, type Timing } from './bench/measure';

const EXAMPLES = new URL('../tests/fixtures/model-spec/examples.jsonl', import.meta.url);
/** Time limits from the project brief, per reply size. */
const BUDGETS_US: Record<number, number> = { [2 * KB]: 300, [MB]: 200_000 };
const CASE_BUDGET_MS = 2500;
const BASELINE_BUDGET_MS = 300;
const PART_BUDGET_MS = 150;

interface CaseResult {
  name: string;
  kind: BenchCase['kind'];
  replyBytes: number;
  engine: Timing;
  baseline: Timing;
  engineMBps: number;
  baselineMBps: number;
  ratio: number;
  budgetUs: number | null;
  withinBudget: boolean | null;
  findingsPerReply: number;
}

interface PartResult {
  part: string;
  timing: Timing;
}

let sink = 0;

/** The baseline: the cheapest useful pass over a reply, one charCodeAt loop counting newlines. */
function countNewlines(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

const replyOf = (exchange: Exchange): string => exchange.turns.at(-1)!.text;

function benchCase(c: BenchCase): CaseResult {
  const { exchanges } = c;
  const replyBytes = Math.round(exchanges.reduce((sum, e) => sum + Buffer.byteLength(replyOf(e)), 0) / exchanges.length);
  const findingsPerReply = exchanges.reduce((sum, e) => sum + analyze(e, { rules: RULES }).findings.length, 0) / exchanges.length;
  const engine = measure((i) => {
    sink += analyze(exchanges[i % exchanges.length]!, { rules: RULES }).findings.length;
  }, { budgetMs: CASE_BUDGET_MS });
  const replies = exchanges.map(replyOf);
  const baseline = measure((i) => {
    sink += countNewlines(replies[i % replies.length]!);
  }, { budgetMs: BASELINE_BUDGET_MS });
  const budgetUs = BUDGETS_US[c.bytes] ?? null;
  return {
    name: c.name,
    kind: c.kind,
    replyBytes,
    engine,
    baseline,
    engineMBps: replyBytes / MB / (engine.medianUs / 1e6),
    baselineMBps: replyBytes / MB / (baseline.medianUs / 1e6),
    ratio: engine.medianUs / baseline.medianUs,
    budgetUs,
    withinBudget: budgetUs === null ? null : engine.p95Us <= budgetUs,
    findingsPerReply,
  };
}

/** The cost of each part of the engine on one reply: context, sentences, signals, then every rule. */
function benchParts(exchanges: readonly Exchange[]): PartResult[] {
  const pick = (i: number) => exchanges[i % exchanges.length]!;
  const parts: PartResult[] = [
    { part: 'whole engine (analyze)', timing: measure((i) => void (sink += analyze(pick(i), { rules: RULES }).findings.length), { budgetMs: PART_BUDGET_MS * 2 }) },
    { part: 'context (quotes, code masking)', timing: measure((i) => void (sink += buildContext(pick(i)).turns.length), { budgetMs: PART_BUDGET_MS }) },
  ];
  const contexts: RuleContext[] = exchanges.map((e) => {
    const base = buildContext(e);
    for (const turn of base.turns) void turn.sentences;
    return { ...base, signals: computeSignals(base) };
  });
  const ctx = (i: number) => contexts[i % contexts.length]!;
  parts.push({ part: 'sentence segmentation (reply)', timing: measure((i) => void (sink += sentences(ctx(i).reply.prose).length), { budgetMs: PART_BUDGET_MS }) });
  parts.push({ part: 'signals (all four)', timing: measure((i) => void (sink += computeSignals(ctx(i)).refusal.cues.length), { budgetMs: PART_BUDGET_MS }) });
  for (const rule of RULES) {
    parts.push({ part: `rule ${rule.id}`, timing: measure((i) => void (sink += rule.detect(ctx(i)).length), { budgetMs: PART_BUDGET_MS }) });
  }
  return parts;
}

function us(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function size(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : bytes >= KB ? `${(bytes / KB).toFixed(1)} KB` : `${bytes} B`;
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'boolean', default: false } } });
  const started = Date.now();
  const corpus = buildCorpus(loadSpecExamples(EXAMPLES.pathname));
  const progress = (text: string) => void (values.json ? process.stderr : process.stdout).write(text);

  // Let the JIT settle on the engine's hot paths before the first measured case.
  const warmUp = corpus.filter((c) => c.bytes <= 20 * KB).flatMap((c) => c.exchanges);
  measure((i) => void (sink += analyze(warmUp[i % warmUp.length]!, { rules: RULES }).findings.length), { budgetMs: 1000 });

  const results: CaseResult[] = [];
  for (const c of corpus) {
    progress(`  measuring ${c.name}...\n`);
    results.push(benchCase(c));
  }
  const twentyKb = corpus.find((c) => c.bytes === 20 * KB)!;
  progress('  measuring the parts of the engine on the 20 KB replies...\n');
  const parts = benchParts(twentyKb.exchanges);
  const environment = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    rules: RULES.length,
    date: new Date().toISOString(),
    seconds: (Date.now() - started) / 1000,
  };

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ environment, cases: results, parts, sink })}\n`);
    return;
  }
  const out: string[] = [];
  out.push(`\nEngine throughput: ${environment.rules} rules, Node ${environment.node}, ${environment.cpu}`);
  out.push('µs per reply (median and 95th percentile of the samples); MB = 2^20 bytes of reply text (UTF-8).');
  out.push('Baseline: one charCodeAt pass over the same reply counting newlines.\n');
  out.push(
    renderTextTable(
      [
        { header: 'reply' },
        { header: 'size', align: 'right' },
        { header: 'engine median µs', align: 'right' },
        { header: 'engine p95 µs', align: 'right' },
        { header: 'engine MB/s', align: 'right' },
        { header: 'baseline median µs', align: 'right' },
        { header: 'baseline MB/s', align: 'right' },
        { header: 'engine/baseline', align: 'right' },
        { header: 'findings/reply', align: 'right' },
        { header: 'budget (p95)' },
      ],
      results.map((r) => [
        r.name,
        size(r.replyBytes),
        us(r.engine.medianUs),
        us(r.engine.p95Us),
        r.engineMBps.toFixed(1),
        us(r.baseline.medianUs),
        r.baselineMBps.toFixed(0),
        `${r.ratio.toFixed(0)}x`,
        r.findingsPerReply.toFixed(1),
        r.budgetUs === null ? '' : `${r.withinBudget ? 'ok' : 'OVER'} (< ${us(r.budgetUs)} µs)`,
      ]),
    ),
  );
  const whole = parts.slice(0, 4);
  const rules = parts.slice(4).sort((a, b) => b.timing.medianUs - a.timing.medianUs);
  const ruleTotal = rules.reduce((sum, p) => sum + p.timing.medianUs, 0);
  out.push(`\nWhere the time goes on the 20 KB replies (${twentyKb.exchanges.length} variants); the top 10 of ${rules.length} rules:\n`);
  out.push(
    renderTextTable(
      [{ header: 'part' }, { header: 'median µs', align: 'right' }, { header: 'p95 µs', align: 'right' }],
      [
        ...whole.map((p) => [p.part, us(p.timing.medianUs), us(p.timing.p95Us)]),
        [`all ${rules.length} rules (sum of medians)`, us(ruleTotal), ''],
        ...rules.slice(0, 10).map((p) => [p.part, us(p.timing.medianUs), us(p.timing.p95Us)]),
      ],
    ),
  );
  out.push(`\n${environment.seconds.toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
