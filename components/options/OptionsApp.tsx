/** The options page: rules, custom rules, sites and data, one section each, with a table of contents. */
import { useMemo } from 'preact/hooks';
import { CustomRulesEditor } from './CustomRulesEditor';
import { DataSection } from './DataSection';
import type { OptionsDeps } from './deps';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { useEngineConfig, type SaveState } from './use-engine-config';

const SECTIONS = [
  ['rules', 'Rules'],
  ['custom-rules', 'Custom rules'],
  ['sites', 'Sites'],
  ['data', 'Your data'],
] as const;

function SaveStatus({ save }: { save: SaveState }) {
  const text = save.kind === 'saving' ? 'Saving…' : save.kind === 'saved' ? 'All changes saved' : save.kind === 'error' ? save.message : '';
  return (
    <p class={`opt-save opt-save--${save.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}

export function OptionsApp(deps: OptionsDeps) {
  const builtInIds = useMemo(() => new Set(deps.rules.map((r) => r.id)), [deps.rules]);
  const engine = useEngineConfig(deps.storage, builtInIds);

  return (
    <div class="opt-page">
      <header class="opt-header">
        <div class="opt-brand">
          <img src="/icon-32.png" width={24} height={24} alt="" />
          <h1>SpecLens settings</h1>
        </div>
        <SaveStatus save={engine.save} />
      </header>
      <div class="opt-layout">
        <nav class="opt-nav" aria-label="Settings sections">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="opt-main">
          {engine.loadError && (
            <p class="opt-alert" role="alert">
              {engine.loadError}
            </p>
          )}
          {engine.loadProblems.length > 0 && (
            <div class="opt-alert" role="alert">
              <p>The saved rule settings have problems, so SpecLens uses the defaults until you save new ones:</p>
              <ul>
                {engine.loadProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          {engine.config === null ? (
            <p class="opt-loading" aria-busy="true">
              Loading your settings…
            </p>
          ) : (
            <>
              <RulesSection config={engine.config} rules={deps.rules} onChange={(next) => void engine.update(next)} />
              <CustomRulesEditor config={engine.config} builtInIds={builtInIds} onSave={engine.update} loadRegexCheck={deps.loadRegexCheck} />
            </>
          )}
          <SitesSection storage={deps.storage} selfHosted={deps.selfHosted} />
          <DataSection data={deps.data} />
          <footer class="opt-footer">SpecLens runs entirely in your browser. It sends nothing anywhere.</footer>
        </main>
      </div>
    </div>
  );
}
