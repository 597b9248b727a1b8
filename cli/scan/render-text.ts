/** The readable (non-JSON) scan output: one block per conversation, then a summary. */
import { SEVERITIES, type Exchange, type Finding, type Severity } from '../../engine/types';
import type { AnalysisResult } from '../../engine/run';
import { oneLine, renderTextTable } from '../format-table';
import { summariseSignals } from './signal-summary';

const QUOTE_MAX = 140;

export function renderConversation(header: ConversationHeader, exchange: Exchange, result: AnalysisResult): string {
  const replyId = exchange.turns.findLast((t) => t.role === 'assistant')?.id;
  // Evidence usually quotes the reply; a quote from another turn (the user's instruction) says whose it is.
  const whose = (turnId: string) => (turnId === replyId ? '' : `${exchange.turns.find((t) => t.id === turnId)?.role ?? turnId}: `);
  const lines = [headerLine(header), `  signals: ${summariseSignals(result.signals)}`];
  if (result.findings.length === 0) {
    lines.push('  no findings');
  } else {
    const rows: string[][] = [];
    for (const finding of result.findings) {
      rows.push([finding.severity, finding.ruleId, finding.message]);
      for (const span of finding.evidence) rows.push(['', '', `${whose(span.turnId)}“${oneLine(span.quote, QUOTE_MAX)}”`]);
      rows.push(['', '', finding.spec.url]);
    }
    lines.push(renderTextTable([{ header: 'severity' }, { header: 'rule' }, { header: 'message / evidence / spec' }], rows, '  '));
  }
  for (const error of result.errors) lines.push(`  rule error: ${error.ruleId} threw: ${error.error}`);
  return lines.join('\n');
}

export interface ConversationHeader {
  id: string | null;
  line: number;
  site: string;
  model: string | null | undefined;
}

function headerLine({ id, line, site, model }: ConversationHeader): string {
  const details = [`line ${line}`, site !== 'cli' ? site : null, model ?? null].filter(Boolean).join(', ');
  return `${id ?? '(no id)'}  (${details})`;
}

/** Running totals for the closing summary line. */
export class ScanTally {
  conversations = 0;
  withFindings = 0;
  failedLines = 0;
  ruleErrors = 0;
  private readonly bySeverity = new Map<Severity, number>();

  add(findings: readonly Finding[], ruleErrors: number): void {
    this.conversations++;
    if (findings.length > 0) this.withFindings++;
    this.ruleErrors += ruleErrors;
    for (const f of findings) this.bySeverity.set(f.severity, (this.bySeverity.get(f.severity) ?? 0) + 1);
  }

  summary(): string {
    const total = [...this.bySeverity.values()].reduce((a, b) => a + b, 0);
    const severities = [...SEVERITIES]
      .reverse()
      .filter((s) => this.bySeverity.has(s))
      .map((s) => `${this.bySeverity.get(s)} ${s}`)
      .join(', ');
    const parts = [
      `${this.conversations} conversation${this.conversations === 1 ? '' : 's'} scanned`,
      `${total} finding${total === 1 ? '' : 's'}${total > 0 ? ` (${severities})` : ''} in ${this.withFindings} conversation${this.withFindings === 1 ? '' : 's'}`,
      `${this.failedLines} malformed line${this.failedLines === 1 ? '' : 's'}`,
    ];
    if (this.ruleErrors > 0) parts.push(`${this.ruleErrors} rule error${this.ruleErrors === 1 ? '' : 's'}`);
    return parts.join(', ');
  }
}
