// @vitest-environment happy-dom
/** The options page against memory storage, a real store in fake IndexedDB and a fake permissions API. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { IDBFactory } from 'fake-indexeddb';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { OptionsDeps } from '../../components/options/deps';
import { CUSTOM_RULES_EXAMPLE, customRulesToText } from '../../components/options/custom-rules-text';
import { recheckSafety } from '../../engine/custom-rules/recheck-safety';
import { analyze } from '../../engine/run';
import { handleDataMessage } from '../../messaging/data-handler';
import { ENGINE_CONFIG_KEY, loadEngineConfig } from '../../messaging/engine-config-store';
import { RULE_IDS, RULES } from '../../rules';
import { CAPTURE_CONTROLS_KEY } from '../../storage/capture-controls';
import { SpecLensStore } from '../../storage/store';
import type { SelfHostedApi } from '../../sites/self-hosted-origins';

// Rendering the whole page with every rule takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const ORIGIN = 'chrome-extension://speclens-test/';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, structuredClone(items));
    },
  };
}

function fakeSelfHosted(storage: ReturnType<typeof memoryArea>, grant = true): SelfHostedApi & { granted: Set<string> } {
  const granted = new Set<string>();
  const scripts = new Map<string, unknown>();
  return {
    granted,
    permissions: {
      request: async ({ origins }) => (grant ? (origins.forEach((o) => granted.add(o)), true) : false),
      remove: async ({ origins }) => (origins.forEach((o) => granted.delete(o)), true),
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    },
    scripting: {
      registerContentScripts: async (list) => list.forEach((s) => scripts.set(s.id, s)),
      unregisterContentScripts: async (filter) => filter?.ids?.forEach((id) => scripts.delete(id)),
      getRegisteredContentScripts: async (filter) => [...scripts.keys()].filter((id) => !filter?.ids || filter.ids.includes(id)).map((id) => ({ id })),
    },
    storage,
  };
}

let container: HTMLElement;
let store: SpecLensStore;
let storage: ReturnType<typeof memoryArea>;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = new SpecLensStore({ name: 'speclens' });
  const exchange = {
    site: 'chatgpt',
    conversationId: 'conv-1',
    model: null,
    url: 'https://chatgpt.com/c/conv-1',
    capturedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    turns: [
      { id: 'u-1', role: 'user' as const, text: 'Any name ideas for a puppy?' },
      { id: 'a-1', role: 'assistant' as const, text: "As an AI language model, I don't have preferences, but Maple is lovely." },
    ],
  };
  const saved = await store.saveCapture({ exchange, key: 'chatgpt|id:a-1|h', result: analyze(exchange, { rules: RULES }) });
  if (!saved.ok) throw new Error(saved.error.message);
  storage = memoryArea();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  render(null, container);
  container.remove();
  await store.close();
});

function deps(overrides: Partial<OptionsDeps> = {}): OptionsDeps {
  return {
    rules: RULES,
    storage,
    data: ((message: unknown) => handleDataMessage(message, { url: `${ORIGIN}options.html` }, store, ORIGIN)) as OptionsDeps['data'],
    selfHosted: fakeSelfHosted(storage),
    loadRegexCheck: async () => recheckSafety(3000),
    ...overrides,
  };
}

async function waitFor(check: () => void, ms = 4000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 10));
      });
      check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
    }
  }
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const button = (label: string | RegExp) => [...container.querySelectorAll('button')].find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));

async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => (el as HTMLElement).click());
}

async function typeInto(el: Element | null | undefined, value: string) {
  if (!el) throw new Error('no field');
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(form: HTMLFormElement | null) {
  await act(async () => {
    form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

async function mount(d: OptionsDeps = deps()) {
  await act(() => render(h(OptionsApp, d), container));
  await waitFor(() => expect($('.opt-table')).not.toBeNull());
}

const ruleSwitch = (id: string) => $<HTMLInputElement>(`tr[data-rule-id="${id}"] input[role=switch]`);
const stored = () => storage.data[ENGINE_CONFIG_KEY] as Record<string, unknown> | undefined;
const onRule = RULES.find((r) => r.enabledByDefault !== false)!;

describe('rules', () => {
  it('switches a rule off, saves at once, and says so', async () => {
    await mount();
    expect(ruleSwitch(onRule.id)!.checked).toBe(true);
    await click(ruleSwitch(onRule.id));
    await waitFor(() => expect(stored()).toEqual({ rules: { [onRule.id]: 'off' } }));
    expect(ruleSwitch(onRule.id)!.checked).toBe(false);
    await waitFor(() => expect(text($('.opt-save'))).toBe('All changes saved'));
  });

  it('stores the preset, the minimum confidence and a severity override the engine config reads', async () => {
    await mount();
    await click($('input[name=preset][value=strict]'));
    await act(async () => {
      const select = $<HTMLSelectElement>('#min-confidence')!;
      select.value = 'medium';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      const select = $<HTMLSelectElement>(`tr[data-rule-id="${onRule.id}"] select`)!;
      select.value = onRule.severity === 'critical' ? 'info' : 'critical';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const severity = onRule.severity === 'critical' ? 'info' : 'critical';
    await waitFor(() => expect(stored()).toEqual({ preset: 'strict', minConfidence: 'medium', rules: { [onRule.id]: { severity } } }));
    const { config, problems } = await loadEngineConfig(storage, RULE_IDS);
    expect(problems).toEqual([]);
    expect(config).toEqual(stored());
  });

  it('filters the table by search text', async () => {
    await mount();
    await typeInto($('input[type=search]'), onRule.id);
    await waitFor(() => expect([...container.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-rule-id'))).toContain(onRule.id));
    await typeInto($('input[type=search]'), 'zzzz no rule is called this');
    await waitFor(() => expect(text($('.opt-rules .opt-empty'))).toMatch(/No rule matches/));
  });

  it('shows why a stored config is unusable', async () => {
    storage.data[ENGINE_CONFIG_KEY] = { preset: 'loud' };
    await mount();
    expect(text($('.opt-alert'))).toContain('preset must be one of default, strict, minimal');
  });
});

describe('custom rules', () => {
  it('shows each problem with its path and line while typing, and blocks saving', async () => {
    await mount();
    const broken = [{ ...CUSTOM_RULES_EXAMPLE[0], spec: 'no_such_anchor' }];
    await typeInto($('#custom-rules-text'), customRulesToText(broken));
    await waitFor(() => expect(text($('.opt-problems li span'))).toBe('customRules[0] (no-corporate-buzzwords).spec "no_such_anchor" is not a Model Spec anchor'));
    expect(text($('.opt-problems__line'))).toBe('Line 2');
    expect(button('Save custom rules')!.disabled).toBe(true);
    expect($('#custom-rules-text')!.getAttribute('aria-invalid')).toBe('true');
    await typeInto($('#custom-rules-text'), '[ { "id": ');
    await waitFor(() => expect(text($('.opt-problems li span'))).toMatch(/^Not valid JSON \(line 1, column \d+\): /));
    expect(text($('.opt-problems__line'))).toBe('Line 1');
  });

  it('saves valid rules, lists them in the table, and keeps their switch across a reload', async () => {
    await mount();
    await typeInto($('#custom-rules-text'), customRulesToText(CUSTOM_RULES_EXAMPLE));
    await waitFor(() => expect(text($('#custom-rules-status'))).toBe('2 rules, valid, not saved yet'));
    await click(button('Save custom rules'));
    await waitFor(() => expect(text($('#custom-rules-status'))).toBe('Saved.'), 15_000);
    expect(stored()).toEqual({ customRules: CUSTOM_RULES_EXAMPLE });
    const id = CUSTOM_RULES_EXAMPLE[0]!.id;
    await waitFor(() => expect(text($(`tr[data-rule-id="${id}"]`))).toContain('custom'));
    await click(ruleSwitch(id));
    await waitFor(() => expect(stored()).toEqual({ customRules: CUSTOM_RULES_EXAMPLE, rules: { [id]: 'off' } }));

    render(null, container);
    await mount();
    await waitFor(() => expect(ruleSwitch(id)!.checked).toBe(false));
  });

  it('refuses on save a pattern that can backtrack catastrophically', async () => {
    await mount();
    const slow = [{ ...CUSTOM_RULES_EXAMPLE[0], phrases: undefined, patterns: ['(a+)+$'] }];
    await typeInto($('#custom-rules-text'), customRulesToText(slow));
    await waitFor(() => expect(button('Save custom rules')!.disabled).toBe(false));
    await click(button('Save custom rules'));
    await waitFor(() => expect(text($('.opt-problems'))).toMatch(/patterns\[0\] \/\(a\+\)\+\$\/i is rejected: it can backtrack catastrophically/), 15_000);
    expect(stored()).toBeUndefined();
  });
});

describe('sites', () => {
  it('turns capture off for one site and pauses everything', async () => {
    await mount();
    await click($('input[aria-label="Check replies on Claude (https://claude.ai)"]'));
    await waitFor(() => expect(storage.data[CAPTURE_CONTROLS_KEY]).toEqual({ paused: false, disabledOrigins: ['https://claude.ai'] }));
    await click($('.opt-toggle-row--primary input'));
    await waitFor(() => expect(storage.data[CAPTURE_CONTROLS_KEY]).toEqual({ paused: true, disabledOrigins: ['https://claude.ai'] }));
  });

  it('adds a self-hosted chat, shows it with its access, and removes it', async () => {
    const selfHosted = fakeSelfHosted(storage);
    await mount(deps({ selfHosted }));
    await typeInto($('#self-hosted-origin'), 'chat.example.org');
    await submit($('#self-hosted-origin')!.closest('form'));
    await waitFor(() => expect(text($('#self-hosted-message'))).toBe('"chat.example.org" has no scheme: write http://chat.example.org or https://chat.example.org.'));
    await typeInto($('#self-hosted-origin'), 'https://chat.example.org/c/42');
    await submit($('#self-hosted-origin')!.closest('form'));
    await waitFor(() => expect(text($('.opt-origins'))).toBe('https://chat.example.orgAccess grantedRemove'));
    expect(selfHosted.granted).toEqual(new Set(['https://chat.example.org/*']));
    expect(text($('.opt-site-grid'))).toContain('chat.example.orgself-hosted');
    await click(button('Remove'));
    await waitFor(() => expect(text($('#sites .opt-empty'))).toBe('No self-hosted chat added yet.'));
    expect(selfHosted.granted.size).toBe(0);
  });
});

describe('your data', () => {
  it('sets retention after checking the number of days', async () => {
    await mount();
    await waitFor(() => expect(text($('#data-title')!.parentElement)).toContain('SpecLens holds 1 finding right now.'));
    await typeInto($('#retention-days'), '0');
    await click($('#data .opt-toggle-row input'));
    await waitFor(() => expect(text($('#retention-message'))).toBe('Enter a whole number of days from 1 to 36,500.'));
    await typeInto($('#retention-days'), '30');
    await click($('#data .opt-toggle-row input'));
    await waitFor(() => expect(text($('#retention-message'))).toBe('Replies older than 30 days are deleted each time the browser starts.'));
    expect(await store.getSettings()).toMatchObject({ ok: true, value: { retentionDays: 30 } });
    await click(button('Purge now'));
    await waitFor(() => expect(text($('#retention-message'))).toBe('Nothing was old enough to delete.'));
  });

  it('switches redaction on', async () => {
    await mount();
    const redaction = () => [...container.querySelectorAll<HTMLInputElement>('#data input[role=switch]')][1]!;
    await waitFor(() => expect(redaction().disabled).toBe(false));
    await click(redaction());
    await waitFor(() => expect(redaction().checked).toBe(true));
    expect(await store.getSettings()).toMatchObject({ ok: true, value: { redactPersonalData: true } });
  });

  it('deletes everything only after the confirmation is typed', async () => {
    await mount();
    await click(button('Delete everything…'));
    const confirm = () => [...container.querySelectorAll('button')].find((b) => text(b) === 'Delete everything')!;
    expect(confirm().disabled).toBe(true);
    await typeInto($('#delete-confirm'), 'delete');
    expect(confirm().disabled).toBe(true);
    await typeInto($('#delete-confirm'), 'delete everything');
    expect(confirm().disabled).toBe(false);
    await click(confirm());
    await waitFor(() => expect(text($('.opt-danger'))).toContain('Everything SpecLens stored has been deleted.'));
    await waitFor(() => expect(text($('#data-title')!.parentElement)).toContain('SpecLens holds 0 findings right now.'));
  });
});
