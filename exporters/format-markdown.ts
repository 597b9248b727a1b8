/**
 * A Markdown report for people: counts per Model Spec section and per site, then every confirmed
 * finding with the prompt, the quoted evidence and the reviewer's note. Text from chats goes into
 * fenced blocks (never interpreted as Markdown); other text is escaped.
 */
import { specSection } from '../engine/spec';
import type { ExportFormat } from './export-file';
import { SCENARIO_VERDICTS, type Scenario, type ScenarioVerdict } from './schema';

const PROMPT_LIMIT = 2000;
const QUOTE_LIMIT = 1000;

const MARKDOWN_SYNTAX = /[\\`*_{}[\]<>()#+!|~]/g;
const NEEDS_ESCAPING = /[\\`*_{}[\]<>()#+!|~\n]/;

/** Escapes characters that Markdown would treat as syntax in running text or a table cell. */
export function escapeMarkdown(text: string): string {
  // Most titles, sites and models have nothing to escape: skip the two replacements (and their copies).
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(MARKDOWN_SYNTAX, '\\$&').replace(/\r?\n/g, ' ');
}

/** A fenced code block whose fence is longer than any backtick run inside the text. */
export function fenced(text: string, info = 'text'): string {
  let longest = 0;
  for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at)) {
    const start = at;
    while (text.charCodeAt(at) === 96) at++;
    if (at - start > longest) longest = at - start;
  }
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}\n… (${text.length - limit} more characters)`;
}

type Counts = Record<ScenarioVerdict, number> & { total: number };
const emptyCounts = (): Counts => ({ confirmed: 0, dismissed: 0, unsure: 0, unreviewed: 0, total: 0 });

function countBy(scenarios: readonly Scenario[], keyOf: (s: Scenario) => string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const s of scenarios) {
    const key = keyOf(s);
    let c = out.get(key);
    if (!c) out.set(key, (c = emptyCounts()));
    c[s.verdict]++;
    c.total++;
  }
  return out;
}

function countTable(heading: string, rows: Map<string, Counts>, label: (key: string) => string): string[] {
  const total = emptyCounts();
  const lines = [`| ${heading} | Confirmed | Dismissed | Unsure | Unreviewed | Total |`, '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const key of [...rows.keys()].sort()) {
    const c = rows.get(key)!;
    for (const v of SCENARIO_VERDICTS) total[v] += c[v];
    total.total += c.total;
    lines.push(`| ${label(key)} | ${c.confirmed} | ${c.dismissed} | ${c.unsure} | ${c.unreviewed} | ${c.total} |`);
  }
  lines.push(`| **All** | ${total.confirmed} | ${total.dismissed} | ${total.unsure} | ${total.unreviewed} | ${total.total} |`);
  return lines;
}

/** Labels of the Model Spec's own sections, built once: every finding section repeats one. */
const specSectionLabels = new Map<string, string>();

function sectionLabel(id: string): string {
  const known = specSectionLabels.get(id);
  if (known !== undefined) return known;
  const title = specSection(id)?.title;
  if (!title) return `\`${id}\``;
  const label = `${escapeMarkdown(title)} (\`${id}\`)`;
  specSectionLabels.set(id, label);
  return label;
}

function lastUserMessage(s: Scenario): string | null {
  for (let i = s.input.length - 1; i >= 0; i--) if (s.input[i]!.role === 'user') return s.input[i]!.content;
  return null;
}

export function findingSection(s: Scenario, n: number): string {
  const when = s.metadata.captured_at.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
  const lines = [
    `### ${n}. ${escapeMarkdown(s.title)} (\`${s.rule}\`)`,
    '',
    `- Model Spec: [${escapeMarkdown(s.spec.title)}](${s.spec.url}) in ${sectionLabel(s.spec.section)}` +
      (s.severity ? `; severity ${s.severity}, confidence ${s.confidence}` : ''),
    `- ${escapeMarkdown(s.metadata.site)}${s.metadata.model ? `, ${escapeMarkdown(s.metadata.model)}` : ''}, captured ${when}; scenario \`${s.id}\``,
  ];
  if (s.message) lines.push(`- Finding: ${escapeMarkdown(s.message)}`);
  if (s.note) lines.push(`- Reviewer's note: ${escapeMarkdown(s.note)}`);
  const prompt = lastUserMessage(s);
  if (prompt !== null) lines.push('', 'Prompt:', '', fenced(cut(prompt, PROMPT_LIMIT)));
  if (s.evidence.length > 0) {
    lines.push('', s.evidence.length === 1 ? 'Evidence:' : `Evidence (${s.evidence.length} quotes):`);
    for (const e of s.evidence) lines.push('', fenced(cut(e.quote, QUOTE_LIMIT)));
  } else {
    lines.push('', 'Reply:', '', fenced(cut(s.reply, QUOTE_LIMIT)));
  }
  return `${lines.join('\n')}\n\n`;
}

export const markdownFormat: ExportFormat = {
  name: 'markdown',
  describe: ([path]) => `\`${path}\`: a report to read: counts per Model Spec section and per site, then each confirmed finding with its evidence.`,
  files: (scenarios, context) => [
    {
      path: 'report.md',
      *chunks() {
        const confirmed = scenarios.filter((s) => s.verdict === 'confirmed');
        yield [
          '# SpecLens report',
          '',
          `${scenarios.length} scenarios (${escapeMarkdown(context.selection)}), exported ${context.createdAt} by SpecLens ${context.speclensVersion}.`,
          '',
          '## By Model Spec section',
          '',
          ...countTable('Section', countBy(scenarios, (s) => s.spec.section), sectionLabel),
          '',
          '## By site',
          '',
          ...countTable('Site', countBy(scenarios, (s) => s.metadata.site), escapeMarkdown),
          '',
          '## Confirmed findings',
          '',
          confirmed.length === 0
            ? 'None in this export.'
            : confirmed.length < scenarios.length
              ? `${confirmed.length} confirmed; the ${scenarios.length - confirmed.length} other scenarios are counted above but not listed.`
              : `${confirmed.length} confirmed.`,
          '',
          '',
        ].join('\n');
        let n = 0;
        for (const s of confirmed) yield findingSection(s, ++n);
      },
    },
  ],
};
