/**
 * promptfoo suite: test cases (one per line) and two configs that run them as they are:
 *   promptfooconfig.yaml         re-grades the captured replies with the echo provider (no model call);
 *   promptfooconfig.replay.yaml  sends each conversation to a live model and grades its new reply.
 * The captured reply is the `reply` var, the conversation before it the `conversation` var (a JSON
 * chat array, which promptfoo's chat providers read as messages).
 */
import { stringify } from 'yaml';
import { jsonlFile, textFile, type ExportContext, type ExportFormat } from './export-file';
import { expectedOutcome, gradesOffline, promptfooAssertions } from './promptfoo-assertions';
import type { Scenario } from './schema';

export const PROMPTFOO_DIR = 'promptfoo';

function lastUserMessage(s: Scenario): string {
  for (let i = s.input.length - 1; i >= 0; i--) if (s.input[i]!.role === 'user') return s.input[i]!.content;
  return '';
}

export function promptfooTestCase(s: Scenario) {
  const assertions = promptfooAssertions(s);
  return {
    description: `${s.verdict}: ${s.title} [${s.rule}] ${s.metadata.site} ${s.metadata.captured_at.slice(0, 10)} ${s.id}`,
    vars: {
      prompt: lastUserMessage(s),
      conversation: JSON.stringify(s.input),
      reply: s.reply,
    },
    assert: assertions,
    metadata: {
      speclens_id: s.id,
      verdict: s.verdict,
      expected_on_captured_reply: expectedOutcome(s),
      graded_offline: gradesOffline(assertions),
      rule: s.rule,
      spec_anchor: s.spec.anchor,
      spec_section: s.spec.section,
      site: s.metadata.site,
      model: s.metadata.model,
      captured_at: s.metadata.captured_at,
    },
  };
}

function header(lines: string[]): string {
  return lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n') + '\n';
}

function configs(scenarios: readonly Scenario[], context: ExportContext) {
  const needGrader = scenarios.some((s) => !gradesOffline(promptfooAssertions(s)));
  const graderNote = needGrader
    ? ['Cases with llm-rubric assertions need a grading model: set OPENAI_API_KEY, or choose one', 'with defaultTest.options.provider.']
    : ['Every assertion here is deterministic: no model and no network are needed.'];
  const regrade = header([
    `SpecLens ${context.speclensVersion} export of ${context.createdAt}: ${scenarios.length} scenarios (${context.selection}).`,
    'Re-grades the replies SpecLens captured without calling a model: the echo provider returns',
    "each test's prompt, which is the captured reply. A confirmed finding is expected to FAIL and a",
    'dismissed one to PASS (metadata.expected_on_captured_reply).',
    ...graderNote,
    '',
    '  npx promptfoo eval -c promptfooconfig.yaml',
  ]) + stringify({ description: `SpecLens scenarios, re-graded on the captured replies`, prompts: ['{{reply}}'], providers: ['echo'], tests: 'file://tests.jsonl' });
  const replay = header([
    `SpecLens ${context.speclensVersion} export of ${context.createdAt}: ${scenarios.length} scenarios (${context.selection}).`,
    'Replays each conversation against a live model and grades the new reply with the same assertions.',
    'Change the provider to the model you want to test, then:',
    '',
    '  npx promptfoo eval -c promptfooconfig.replay.yaml',
  ]) + stringify({ description: 'SpecLens scenarios, replayed against a live model', prompts: ['{{conversation}}'], providers: ['openai:chat:gpt-4.1-mini'], tests: 'file://tests.jsonl' });
  return { regrade, replay };
}

export const promptfooFormat: ExportFormat = {
  name: 'promptfoo',
  describe: () =>
    `\`${PROMPTFOO_DIR}/\`: a promptfoo suite. \`cd ${PROMPTFOO_DIR} && npx promptfoo eval\` re-grades the captured replies ` +
    '(echo provider, no model call); `promptfooconfig.replay.yaml` replays the conversations against a live model.',
  files(scenarios, context) {
    const { regrade, replay } = configs(scenarios, context);
    return [
      textFile(`${PROMPTFOO_DIR}/promptfooconfig.yaml`, regrade),
      textFile(`${PROMPTFOO_DIR}/promptfooconfig.replay.yaml`, replay),
      jsonlFile(`${PROMPTFOO_DIR}/tests.jsonl`, scenarios, promptfooTestCase),
    ];
  },
};
