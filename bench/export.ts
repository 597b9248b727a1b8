/**
 * Export and import at scale (issue 6, item 5): 20,000 scenarios in all six formats into one zip,
 * timed, with peak memory sampled while the archive is written; then the import side: validating
 * the scenario file and the backup of the same data.
 *
 *   npm run bench:export            (add -- --json for machine-readable output, -- --count N to resize,
 *                                    -- --redact to mask personal data as `speclens export --redact` does,
 *                                    -- --sha256 to print the SHA-256 of the zip and of every file in it)
 *
 * Records come from the Model Spec examples (tests/exporters/fixture-records.ts): every confirmed or
 * dismissed finding with its exchange, repeated with fresh ids and a numbered reply (so no text is
 * shared between records, as when they are read from IndexedDB) until there are COUNT findings.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { backupFile, readBackup, emptyStoreRecords, type StoreRecords } from '../exporters/backup';
import { planExport, writeExport } from '../exporters/export';
import { FORMAT_NAMES } from '../exporters/export-file';
import { FORMATS } from '../exporters/formats';
import { readImportFile } from '../exporters/import-file';
import { SCENARIO_VERDICTS } from '../exporters/schema';
import { collectingSink, encodedChunks } from '../exporters/sink';
import { conversationRecordId } from '../storage/records';
import { specExampleRecords } from '../tests/exporters/fixture-records';

const args = process.argv.slice(2);
const COUNT = Number(args[args.indexOf('--count') + 1]) > 0 && args.includes('--count') ? Number(args[args.indexOf('--count') + 1]) : 20_000;
const asJson = args.includes('--json');
const redact = args.includes('--redact');
/** A fixed export time, so the archives of two runs (e.g. before and after a change) can be compared byte for byte. */
const EXPORT_TIME = new Date('2026-11-30T12:00:00.000Z');
const gc = (globalThis as { gc?: () => void }).gc;

function scaledRecords(count: number): StoreRecords {
  const base = specExampleRecords();
  const exchanges = new Map(base.exchanges.map((e) => [e.id, e]));
  const reviews = new Map(base.reviews.map((r) => [r.findingId, r]));
  const seeds = base.findings.filter((f) => reviews.has(f.id) && exchanges.get(f.exchangeId)!.turns.some((t) => t.role === 'user'));
  const out = emptyStoreRecords();
  for (let i = 0; i < count; i++) {
    const f = seeds[i % seeds.length]!;
    const e = exchanges.get(f.exchangeId)!;
    const id = `${e.id}~${i}`;
    const conversationId = `bench-${i}`;
    const conversationRecord = conversationRecordId(e.site, conversationId, null);
    // Numbered copies of every text, so no string is shared between records.
    const turns = e.turns.map((t) => ({ ...t, text: t.id === e.replyTurnId ? `${t.text}\n\n(${i})` : `${t.text} ` }));
    out.exchanges.push({ ...e, id, slot: `${id}/slot`, conversationId, conversationRecordId: conversationRecord, capturedAt: e.capturedAt + i * 1000, turns, findingCount: 1 });
    out.conversations.push({ id: conversationRecord, site: e.site, conversationId, url: null, model: e.model, firstCapturedAt: e.capturedAt, lastCapturedAt: e.capturedAt, exchangeCount: 1 });
    out.findings.push({ ...f, id: `${f.id}~${i}`, exchangeId: id, conversationId, ordinal: 0, capturedAt: e.capturedAt + i * 1000, evidence: f.evidence.map((s) => ({ ...s })) });
    out.reviews.push({ ...reviews.get(f.id)!, findingId: `${f.id}~${i}`, exchangeId: id });
  }
  return out;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/**
 * CPU time of the main thread alone (Linux: /proc, in 10 ms ticks), or null elsewhere. The rest of the
 * process's CPU time is other threads: zlib's deflate on Node's thread pool, V8's garbage collector.
 */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function memory() {
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external + m.arrayBuffers, rss: m.rss };
}

async function main() {
  const records = scaledRecords(COUNT);
  gc?.();
  const before = memory();
  let peak = { heap: before.heap, external: before.external, rss: before.rss };
  const sample = () => {
    const m = memory();
    peak = { heap: Math.max(peak.heap, m.heap), external: Math.max(peak.external, m.external), rss: Math.max(peak.rss, m.rss) };
  };

  // Export: what the dashboard does (Blob parts kept in memory) ...
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const mainStart = mainThreadCpuMs();
  const plan = planExport(records, { formats: [...FORMAT_NAMES], filter: { verdicts: SCENARIO_VERDICTS }, redact, now: EXPORT_TIME });
  const sink = collectingSink();
  const write = sink.write;
  sink.write = (chunk) => {
    write(chunk);
    sample();
  };
  await writeExport(plan, sink);
  const exportMs = performance.now() - started;
  const exportCpu = process.cpuUsage(cpuStart);
  const exportCpuMs = (exportCpu.user + exportCpu.system) / 1000;
  const mainEnd = mainThreadCpuMs();
  const exportMainCpuMs = mainStart === null || mainEnd === null ? null : mainEnd - mainStart;
  sample();
  const zipBytes = sink.size();
  const uncompressed = plan.files.reduce((n, f) => n + [...encodedChunks(f)].reduce((m, c) => m + c.byteLength, 0), 0);

  if (args.includes('--sha256')) {
    const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const zip = new Uint8Array(Buffer.concat(sink.parts));
    console.log(`${sha256(zip)}  (the zip of ${plan.scenarios.length} scenarios${redact ? ', personal data masked' : ''})`);
    for (const [path, bytes] of Object.entries(unzipSync(zip))) console.log(`${sha256(bytes)}  ${path}`);
    return;
  }
  if (args.includes('--export-only')) {
    console.log(`export ${Math.round(exportMs)} ms, CPU ${Math.round(exportCpuMs)} ms${exportMainCpuMs === null ? '' : ` (main thread ${exportMainCpuMs} ms)`}, zip ${mb(zipBytes).toFixed(1)} MB`);
    return;
  }

  // ... and its parts on the main thread, one after the other: the scenarios are built once (as in the
  // export, where all six formats write from the same scenarios), then each format's text is made and
  // encoded, unzipped.
  const partStart = { t: performance.now(), c: process.cpuUsage() };
  const shared = planExport(records, { formats: ['jsonl'], filter: { verdicts: SCENARIO_VERDICTS }, redact });
  const buildCpu = process.cpuUsage(partStart.c);
  const build = { ms: performance.now() - partStart.t, cpuMs: (buildCpu.user + buildCpu.system) / 1000 };
  const perFormat: Array<{ format: string; ms: number; cpuMs: number; mb: number }> = [];
  for (const format of FORMAT_NAMES) {
    const t = performance.now();
    const c = process.cpuUsage();
    let bytes = 0;
    for (const f of FORMATS[format].files(shared.scenarios, shared.context)) for (const chunk of encodedChunks(f)) bytes += chunk.byteLength;
    const cpu = process.cpuUsage(c);
    perFormat.push({ format, ms: performance.now() - t, cpuMs: (cpu.user + cpu.system) / 1000, mb: mb(bytes) });
  }

  // Import: validating the exported scenario file, then the backup of the same records.
  const scenarioText = [...plan.files.find((f) => f.path === 'scenarios.jsonl')!.chunks()];
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const imported = await readImportFile(() => scenarioText);
  const importScenariosMs = performance.now() - t1;
  const importScenariosCpu = process.cpuUsage(c1);
  const backupText = [...backupFile(records, new Date()).chunks()];
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const restored = await readBackup(backupText);
  const importBackupMs = performance.now() - t2;
  const importBackupCpu = process.cpuUsage(c2);
  if (imported.problems.length || restored.problems.length) throw new Error(`import found problems: ${JSON.stringify([...imported.problems, ...restored.problems].slice(0, 3))}`);

  const result = {
    scenarios: plan.scenarios.length,
    node: process.version,
    exportMs: Math.round(exportMs),
    exportCpuMs: Math.round(exportCpuMs),
    exportMainThreadCpuMs: exportMainCpuMs,
    redacted: redact,
    loadAverage: os.loadavg().map((l) => +l.toFixed(1)),
    zipMB: +mb(zipBytes).toFixed(1),
    uncompressedMB: +mb(uncompressed).toFixed(1),
    peakHeapAboveInputMB: +mb(peak.heap - before.heap).toFixed(1),
    peakExternalAboveInputMB: +mb(peak.external - before.external).toFixed(1),
    peakRssMB: +mb(peak.rss).toFixed(1),
    inputHeapMB: +mb(before.heap).toFixed(1),
    buildScenarios: { ms: Math.round(build.ms), cpuMs: Math.round(build.cpuMs) },
    perFormat: perFormat.map((f) => ({ ...f, ms: Math.round(f.ms), cpuMs: Math.round(f.cpuMs), mb: +f.mb.toFixed(1) })),
    importScenariosMs: Math.round(importScenariosMs),
    importScenariosCpuMs: Math.round((importScenariosCpu.user + importScenariosCpu.system) / 1000),
    importBackupMs: Math.round(importBackupMs),
    importBackupCpuMs: Math.round((importBackupCpu.user + importBackupCpu.system) / 1000),
    backupMB: +mb(backupText.reduce((n, s) => n + Buffer.byteLength(s), 0)).toFixed(1),
  };
  if (asJson) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const budget = (ok: boolean) => (ok ? 'ok' : 'OVER');
  console.log(`Export and import of ${result.scenarios} scenarios${redact ? ' (personal data masked)' : ''}, Node ${result.node}${gc ? '' : ' (run with --expose-gc for a clean baseline)'}`);
  console.log('');
  console.log(`export, all 6 formats, one zip    ${String(result.exportMs).padStart(6)} ms   ${budget(result.exportMs < 3000)} (< 3000 ms)`);
  const threads =
    result.exportMainThreadCpuMs === null
      ? 'main thread and other threads'
      : `main thread ${result.exportMainThreadCpuMs} ms, other threads ${Math.max(0, result.exportCpuMs - result.exportMainThreadCpuMs)} ms (deflate, garbage collector)`;
  console.log(`  CPU time ${result.exportCpuMs} ms: ${threads}; load average ${result.loadAverage.join(' ')} on ${os.cpus().length} cores`);
  console.log(`  zip ${result.zipMB} MB from ${result.uncompressedMB} MB of files`);
  console.log(`  peak memory above the loaded records: heap ${result.peakHeapAboveInputMB} MB + buffers ${result.peakExternalAboveInputMB} MB   ${budget(result.peakHeapAboveInputMB + result.peakExternalAboveInputMB < 200)} (< 200 MB)`);
  console.log(`  records loaded: heap ${result.inputHeapMB} MB; process peak RSS ${result.peakRssMB} MB`);
  console.log('  its parts, one after the other, unzipped:');
  console.log(`  scenarios     ${String(result.buildScenarios.ms).padStart(6)} ms (CPU ${String(result.buildScenarios.cpuMs).padStart(5)} ms)  built once, shared by the six formats`);
  for (const f of result.perFormat) console.log(`  ${f.format.padEnd(13)} ${String(f.ms).padStart(6)} ms (CPU ${String(f.cpuMs).padStart(5)} ms)  ${String(f.mb).padStart(6)} MB of text, UTF-8 encoded`);
  console.log(`import, scenario file (validate + map)  ${String(result.importScenariosMs).padStart(6)} ms (CPU ${result.importScenariosCpuMs} ms)   ${budget(result.importScenariosMs < 5000)} (< 5000 ms)`);
  console.log(`import, backup ${result.backupMB} MB (validate)     ${String(result.importBackupMs).padStart(6)} ms (CPU ${result.importBackupCpuMs} ms)   ${budget(result.importBackupMs < 5000)} (< 5000 ms)`);
}

await main();
