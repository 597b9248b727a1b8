/**
 * The custom rules as JSON, checked on every keystroke with the engine's own validation (each problem
 * with its path and line), and on save also for patterns that can backtrack catastrophically.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EngineConfig } from '../../engine/config';
import type { RegexSafetyCheck } from '../../engine/custom-rules';
import { CUSTOM_RULES_EXAMPLE, customRulesToText, readCustomRulesText, withCustomRules, type TextProblem } from './custom-rules-text';

interface Props {
  config: EngineConfig;
  builtInIds: ReadonlySet<string>;
  onSave: (next: EngineConfig) => Promise<string[]>;
  loadRegexCheck: () => Promise<RegexSafetyCheck>;
}

type Phase = { kind: 'editing' } | { kind: 'checking' } | { kind: 'saved' } | { kind: 'failed'; problems: TextProblem[] };

const LIVE_DELAY_MS = 150;

export function CustomRulesEditor({ config, builtInIds, onSave, loadRegexCheck }: Props) {
  const savedText = useMemo(() => customRulesToText(config.customRules), [config.customRules]);
  const [text, setText] = useState(savedText);
  const [checkedText, setCheckedText] = useState(savedText);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setCheckedText(text), LIVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const live = useMemo(() => readCustomRulesText(checkedText, builtInIds), [checkedText, builtInIds]);
  const dirty = text !== savedText;
  const problems = phase.kind === 'failed' ? phase.problems : live.ok ? [] : live.problems;
  const ruleCount = live.ok ? live.rules.length : null;

  const edit = (value: string) => {
    setText(value);
    if (phase.kind !== 'editing') setPhase({ kind: 'editing' });
  };

  const save = async () => {
    setPhase({ kind: 'checking' });
    // Let the "Checking…" state paint: the regex check blocks this page while it runs.
    await new Promise((resolve) => setTimeout(resolve, 30));
    let read;
    try {
      read = readCustomRulesText(text, builtInIds, { checkRegex: await loadRegexCheck() });
    } catch (err) {
      setPhase({ kind: 'failed', problems: [{ line: null, message: `The pattern check could not run: ${err instanceof Error ? err.message : String(err)}` }] });
      return;
    }
    if (!read.ok) {
      setPhase({ kind: 'failed', problems: read.problems });
      return;
    }
    const failures = await onSave(withCustomRules(config, read.rules, builtInIds));
    if (failures.length > 0) setPhase({ kind: 'failed', problems: failures.map((message) => ({ line: null, message })) });
    else {
      setText(customRulesToText(read.rules));
      setPhase({ kind: 'saved' });
    }
  };

  const goToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const lines = el.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 18;
    el.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  return (
    <section class="opt-section" aria-labelledby="custom-title" id="custom-rules">
      <header class="opt-section__head">
        <h2 id="custom-title">Custom rules</h2>
        <p class="opt-muted">
          Your own checks as JSON: phrases or regular expressions in the reply or the request, each tied to a Model Spec section. They run after the
          built-in rules and appear in the table above once saved.
        </p>
      </header>

      <div class="opt-editor">
        <label for="custom-rules-text" class="opt-visually-hidden">
          Custom rules (JSON array)
        </label>
        <textarea
          id="custom-rules-text"
          ref={area}
          class={`opt-code${problems.length > 0 ? ' opt-code--invalid' : ''}`}
          spellcheck={false}
          autocomplete="off"
          rows={16}
          value={text}
          placeholder={'[\n  { "id": "my-rule", "kind": "existence", ... }\n]'}
          aria-describedby="custom-rules-status"
          aria-invalid={problems.length > 0}
          onInput={(e) => edit((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="opt-editor__bar">
          <div id="custom-rules-status" class="opt-editor__status" role="status" aria-live="polite">
            {phase.kind === 'checking'
              ? 'Checking every pattern for slow backtracking…'
              : phase.kind === 'saved' && !dirty
                ? 'Saved.'
                : problems.length > 0
                  ? `${problems.length} problem${problems.length === 1 ? '' : 's'}`
                  : ruleCount === null || text !== checkedText
                    ? ''
                    : ruleCount === 0
                      ? dirty
                        ? 'No custom rules: saving removes them all.'
                        : 'No custom rules yet.'
                      : `${ruleCount} rule${ruleCount === 1 ? '' : 's'}, valid${dirty ? ', not saved yet' : ''}`}
          </div>
          {text.trim() === '' && (
            <button type="button" class="opt-button opt-button--quiet" onClick={() => edit(customRulesToText(CUSTOM_RULES_EXAMPLE))}>
              Insert an example
            </button>
          )}
          <button type="button" class="opt-button opt-button--quiet" disabled={!dirty || phase.kind === 'checking'} onClick={() => edit(savedText)}>
            Discard changes
          </button>
          <button type="button" class="opt-button" disabled={!dirty || !live.ok || text !== checkedText || phase.kind === 'checking'} onClick={save}>
            Save custom rules
          </button>
        </div>
        {problems.length > 0 && (
          <ul class="opt-problems" aria-label="Problems in the custom rules">
            {problems.map((p, i) => (
              <li key={i}>
                {p.line !== null ? (
                  <button type="button" class="opt-problems__line" onClick={() => goToLine(p.line!)}>
                    Line {p.line}
                  </button>
                ) : null}
                <span>{p.message}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
