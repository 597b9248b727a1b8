/**
 * `npm run bench`: engine throughput per reply size and on adversarial replies, next to a baseline
 * of one linear pass over the same text, then the cost of each part of the engine on a 20 KB reply.
 * Usage: tsx scripts/bench.ts [--json]
 */
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderTextTable } from '../cli/format-table';
import { mayFire, type RuleContext } from '../engine/rule';
import { analyze, buildContext } from '../engine/run';
import { computeSignals } from '../engine/signals';
import { detectLanguages } from '../engine/signals/language';
import { detectRefusal } from '../engine/signals/refusal';
import { assessRequestRisk } from '../engine/signals/request-risk';
import { extractUserInstructions } from '../engine/signals/user-instructions';
import { sentences } from '../engine/text';
import type { Exchange } from '../engine/types';
import { RULES } from '../rules';
import { buildCorpus, KB, loadSpecExamples, MB, type BenchCase } from './bench/corpus';
import { benchGates } from './bench/gates';
import { measure, measurePaired, measureWithSetup, type Timing } from './bench/measure';

const EXAMPLES = new URL('../tests/fixtures/model-spec/examples.jsonl', import.meta.url);
/** Time limits of issue 3 for the median time per reply, per reply size. */
const BUDGETS_US: Record<number, number> = { [2 * KB]: 300, [20 * KB]: 5_000, [MB]: 200_000 };
const CASE_BUDGET_MS = 2500;
const PART_BUDGET_MS = 150;
/** Reply sizes whose engine parts are timed one by one: the 0.3 ms budget size and the 20 KB one. */
const PART_SIZES = [2 * KB, 20 * KB];
const TOP_RULES = 10;

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
  const replies = exchanges.map(replyOf);
  const { run: engine, baseline } = measurePaired(
    (i) => void (sink += analyze(exchanges[i % exchanges.length]!, { rules: RULES }).findings.length),
    (i) => void (sink += countNewlines(replies[i % replies.length]!)),
    { budgetMs: CASE_BUDGET_MS },
  );
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
    withinBudget: budgetUs === null ? null : engine.medianUs <= budgetUs,
    findingsPerReply,
  };
}

/**
 * The cost of each part of the engine on replies of one size. Signals and rules get a fresh
 * context for every call, prepared outside the timed part, so each is timed in the state a real
 * run gives it (a rule that is the first to read `sentences` pays for the segmentation).
 */
function benchParts(exchanges: readonly Exchange[]): PartResult[] {
  const pick = (i: number) => exchanges[i % exchanges.length]!;
  const freshContext = (i: number) => buildContext(pick(i));
  const freshRuleContext = (i: number): RuleContext => {
    const base = buildContext(pick(i));
    return { ...base, signals: computeSignals(base) };
  };
  const options = { budgetMs: PART_BUDGET_MS };
  const parts: PartResult[] = [
    { part: 'whole engine (analyze)', timing: measure((i) => void (sink += analyze(pick(i), { rules: RULES }).findings.length), { budgetMs: PART_BUDGET_MS * 2 }) },
    { part: 'context (quotes, code masking)', timing: measure((i) => void (sink += buildContext(pick(i)).turns.length), options) },
    { part: 'signal refusal', timing: measureWithSetup(freshContext, (c) => void (sink += detectRefusal(c.reply, c.lastUser).cues.length), options) },
    { part: 'signal requestRisk', timing: measureWithSetup(freshContext, (c) => void (sink += assessRequestRisk(c.lastUser, c.userTurns).cues.length), options) },
    { part: 'signal userInstructions', timing: measureWithSetup(freshContext, (c) => void (sink += Object.keys(extractUserInstructions(c.userTurns)).length), options) },
    { part: 'signal language', timing: measureWithSetup(freshContext, (c) => void (sink += detectLanguages(c.lastUser, c.reply).reply.confidence), options) },
    {
      part: 'reference: Intl.Segmenter sentences of the whole reply',
      timing: measureWithSetup(freshContext, (c) => void (sink += sentences(c.reply.prose).length), options),
    },
  ];
  for (const rule of RULES) {
    parts.push({ part: `rule ${rule.id}`, timing: measureWithSetup(freshRuleContext, (c) => void (sink += mayFire(rule, c) ? rule.detect(c).length : 0), options) });
  }
  return parts;
}

const SEQUENCE_PARTS = ['context (quotes, code masking)', 'signal refusal', 'signal requestRisk', 'signal userInstructions', 'signal language', 'all rules'] as const;

/**
 * The same parts timed where they really run: one after the other for each reply, as analyze() does,
 * so each finds the caches as the part before it left them. Median per reply of each part.
 */
function benchSequence(exchanges: readonly Exchange[], budgetMs = PART_BUDGET_MS * 2): Record<(typeof SEQUENCE_PARTS)[number], number> {
  const samples = SEQUENCE_PARTS.map(() => [] as number[]);
  const started = performance.now();
  for (let pass = 0; pass < 5 || performance.now() - started < budgetMs; pass++) {
    for (const exchange of exchanges) {
      const t0 = performance.now();
      const base = buildContext(exchange);
      const t1 = performance.now();
      const refusal = detectRefusal(base.reply, base.lastUser);
      const t2 = performance.now();
      const requestRisk = assessRequestRisk(base.lastUser, base.userTurns);
      const t3 = performance.now();
      const userInstructions = extractUserInstructions(base.userTurns);
      const t4 = performance.now();
      const language = detectLanguages(base.lastUser, base.reply);
      const t5 = performance.now();
      const ctx: RuleContext = { ...base, signals: { refusal, requestRisk, userInstructions, language } };
      for (const rule of RULES) if (mayFire(rule, ctx)) sink += rule.detect(ctx).length;
      const t6 = performance.now();
      [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5].forEach((ms, k) => samples[k]!.push(ms * 1000));
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return Object.fromEntries(SEQUENCE_PARTS.map((part, k) => [part, median(samples[k]!)])) as Record<(typeof SEQUENCE_PARTS)[number], number>;
}

function renderSequence(label: string, sequence: Record<string, number>, alone: PartResult[]): string {
  const aloneOf = new Map(alone.map((p) => [p.part, p.timing.medianUs]));
  const rulesAlone = alone.filter((p) => p.part.startsWith('rule ')).reduce((sum, p) => sum + p.timing.medianUs, 0);
  const total = Object.values(sequence).reduce((a, b) => a + b, 0);
  const title = `
The same parts in sequence, as analyze() runs them (median per ${label} reply), next to each timed alone:

`;
  return (
    title +
    renderTextTable(
      [{ header: 'part' }, { header: 'in sequence µs', align: 'right' }, { header: 'alone µs', align: 'right' }],
      [
        ...Object.entries(sequence).map(([part, value]) => [part, us(value), us(part === 'all rules' ? rulesAlone : aloneOf.get(part) ?? NaN)]),
        ['sum', us(total), ''],
      ],
    )
  );
}

function us(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function size(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : bytes >= KB ? `${(bytes / KB).toFixed(1)} KB` : `${bytes} B`;
}

/** One table: every non-rule part, the sum of the rules, then the slowest rules on the largest size. */
function renderParts(partsBySize: Record<string, PartResult[]>): string {
  const sizes = Object.keys(partsBySize);
  const largest = sizes.at(-1)!;
  const byName = (label: string) => new Map(partsBySize[label]!.map((p) => [p.part, p.timing]));
  const maps = new Map(sizes.map((label) => [label, byName(label)]));
  const isRule = (part: string) => part.startsWith('rule ');
  const fixed = partsBySize[largest]!.filter((p) => !isRule(p.part)).map((p) => p.part);
  const rules = partsBySize[largest]!.filter((p) => isRule(p.part)).sort((a, b) => b.timing.medianUs - a.timing.medianUs);
  const cells = (part: string) => sizes.flatMap((label) => {
    const t = maps.get(label)!.get(part)!;
    return [us(t.medianUs), us(t.p95Us)];
  });
  const ruleSums = sizes.flatMap((label) => [
    us(partsBySize[label]!.filter((p) => isRule(p.part)).reduce((sum, p) => sum + p.timing.medianUs, 0)),
    '',
  ]);
  const title = `\nWhere the time goes, per reply (each signal and rule timed alone on a fresh context); the ${TOP_RULES} slowest of ${rules.length} rules on the ${largest} replies:\n\n`;
  return (
    title +
    renderTextTable(
      [{ header: 'part' }, ...sizes.flatMap((label) => [{ header: `${label} median µs`, align: 'right' as const }, { header: `${label} p95 µs`, align: 'right' as const }])],
      [
        ...fixed.map((part) => [part, ...cells(part)]),
        [`all ${rules.length} rules (sum of medians)`, ...ruleSums],
        ...rules.slice(0, TOP_RULES).map((p) => [p.part, ...cells(p.part)]),
      ],
    )
  );
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'boolean', default: false } } });
  const started = Date.now();
  const corpus = buildCorpus(loadSpecExamples(fileURLToPath(EXAMPLES)));
  const progress = (text: string) => void (values.json ? process.stderr : process.stdout).write(text);

  // Let the JIT settle on the engine's hot paths before the first measured case.
  const warmUp = corpus.filter((c) => c.bytes <= 20 * KB).flatMap((c) => c.exchanges);
  measure((i) => void (sink += analyze(warmUp[i % warmUp.length]!, { rules: RULES }).findings.length), { budgetMs: 1000 });

  // The parts first: after the 1 MB adversarial replies the heap is larger and the timings noisier.
  const partsBySize: Record<string, PartResult[]> = {};
  for (const bytes of PART_SIZES) {
    const c = corpus.find((x) => x.kind === 'realistic' && x.bytes === bytes)!;
    progress(`  measuring the parts of the engine on the ${size(bytes)} replies...\n`);
    partsBySize[size(bytes)] = benchParts(c.exchanges);
  }
  const twoKb = corpus.find((x) => x.kind === 'realistic' && x.bytes === 2 * KB)!;
  progress(`  measuring the parts in sequence on the ${size(twoKb.bytes)} replies...\n`);
  const sequence = benchSequence(twoKb.exchanges);
  progress(`  measuring the word gates on the ${size(twoKb.bytes)} replies...\n`);
  const gates = benchGates(RULES, twoKb.exchanges, PART_BUDGET_MS * 10);
  const results: CaseResult[] = [];
  for (const c of corpus) {
    progress(`  measuring ${c.name}...\n`);
    results.push(benchCase(c));
  }
  const environment = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    rules: RULES.length,
    date: new Date().toISOString(),
    seconds: (Date.now() - started) / 1000,
  };

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ environment, cases: results, parts: partsBySize, sequence, gates, sink })}\n`);
    return;
  }
  const out: string[] = [];
  out.push(`\nEngine throughput: ${environment.rules} rules, Node ${environment.node}, ${environment.cpu}`);
  out.push('µs per reply (median and 95th percentile of the samples); MB = 2^20 bytes of reply text (UTF-8).');
  out.push('Baseline: one charCodeAt pass over the same reply counting newlines, sampled in turn with the engine (one sample of each, alternately).\n');
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
        { header: 'budget (median)' },
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
  out.push(renderParts(partsBySize));
  out.push(renderSequence(size(twoKb.bytes), sequence, partsBySize[size(twoKb.bytes)]!));
  out.push(
    `\nWord gates on the ${size(twoKb.bytes)} replies (the same rules with and without replyWords and replyPatterns, ${gates.passes} alternating passes each): ` +
      `${us(gates.withGatesUs)} µs with them, ${us(gates.withoutGatesUs)} µs without, ${(gates.withGatesUs / gates.withoutGatesUs).toFixed(2)} of the time.`,
  );
  out.push(`\n${environment.seconds.toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
