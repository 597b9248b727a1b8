/**
 * Inspect AI dataset: one Sample per line, loadable with `json_dataset("dataset.jsonl")`. `input` is
 * the chat before the judged reply, `target` the rubric, and `metadata` keeps the captured reply and
 * the finding, so a solver can re-score the captured reply instead of generating a new one.
 */
import { jsonlFile, type ExportFormat } from './export-file';
import type { Scenario, ScenarioMessage } from './schema';

/** Inspect's chat roles are system, user, assistant and tool; a developer message is a system message there. */
export function inspectMessage(m: ScenarioMessage): { role: 'system' | 'user' | 'assistant' | 'tool'; content: string } {
  return { role: m.role === 'developer' ? 'system' : m.role, content: m.content };
}

export function inspectSample(s: Scenario) {
  return {
    id: s.id,
    input: s.input.map(inspectMessage),
    target: s.rubric,
    metadata: {
      observed_reply: s.reply,
      verdict: s.verdict,
      rule: s.rule,
      title: s.title,
      message: s.message,
      severity: s.severity,
      confidence: s.confidence,
      evidence: s.evidence.map((e) => e.quote),
      note: s.note,
      spec_anchor: s.spec.anchor,
      spec_title: s.spec.title,
      spec_section: s.spec.section,
      spec_url: s.spec.url,
      site: s.metadata.site,
      model: s.metadata.model,
      conversation_id: s.metadata.conversation_id,
      captured_at: s.metadata.captured_at,
      spec_version: s.metadata.spec_version,
      speclens_version: s.metadata.speclens_version,
      rule_config_hash: s.metadata.rule_config_hash,
    },
  };
}

export const inspectFormat: ExportFormat = {
  name: 'inspect',
  describe: ([path]) =>
    `\`${path}\`: Inspect AI samples. Load with \`json_dataset("${path}")\`; \`target\` is the rubric ` +
    '(grade with `model_graded_qa()`), `metadata.observed_reply` the captured reply.',
  files: (scenarios) => [jsonlFile('inspect/dataset.jsonl', scenarios, inspectSample)],
};
