/** `speclens rules [--config FILE]`: every rule, and whether it is on under a config. */
import { parseArgs } from 'node:util';
import { customRulesOf, resolveRules, type EngineConfig } from '../../engine/config';
import { PRESETS } from '../../engine/presets';
import type { Rule } from '../../engine/rule';
import { specSection } from '../../engine/spec';
import { RULES } from '../../rules';
import { EXIT_OK, UsageError } from '../errors';
import { renderTextTable } from '../format-table';
import type { Io } from '../io';
import { loadConfig } from '../load-config';

export const RULES_USAGE = `Usage: speclens rules [--config FILE] [--json]

Lists every rule (built-in, then the config's custom rules) with its Model Spec section, its
severity and confidence, and whether it is on under the config.

Options:
  --config FILE  a JSON engine config:
                   {"preset": "default" | "strict" | "minimal",
                    "rules": {"<rule-id>": "on" | "off" |
                              {"enabled": bool, "severity": "info|low|medium|high|critical"}},
                    "minConfidence": "low|medium|high",
                    "customRules": [ ... ]}
                 Presets: default = each rule as shipped (low-confidence rules may be off);
                 strict = every rule; minimal = rules on by default whose confidence is high or
                 whose severity is high or critical. Per-rule settings apply on top of the preset
                 (custom rules start on in every preset); minConfidence applies last.
                 A custom rule:
                   {"id": "kebab-id", "title": "...", "kind": "existence" | "conditional" | "occurrence",
                    "scope": "reply" | "user", "phrases": ["..."], "patterns": ["regex source"],
                    "flags": "i" (any of i, m, s, u), "message": "... {match} ... {count} ...",
                    "spec": "<Model Spec anchor>", "severity": "...", "confidence": "..."}
                 existence: report each match; conditional: "when": {"scope", "phrases", "patterns"}
                 must match first, then report matches ("report": "found", the default) or their
                 absence ("report": "missing"); occurrence: report fewer than "min" or more than
                 "max" matches. Phrases match whole words in any case, outside code. Every pattern
                 is checked for catastrophic backtracking when the config is loaded.
  --json         one JSON object per rule: {"id", "title", "section", "anchor", "severity",
                 "confidence", "enabled", "custom"}
  -h, --help     show this help

Exit code: 0, or 2 for a usage error (bad option, missing or invalid config).`;

interface RuleRow {
  id: string;
  title: string;
  section: string;
  anchor: string;
  severity: string;
  confidence: string;
  enabled: boolean;
  custom: boolean;
}

function rows(config: EngineConfig): RuleRow[] {
  const resolved = new Map(resolveRules(RULES, config).map((r) => [r.rule.id, r.severity]));
  const row = (rule: Rule, custom: boolean): RuleRow => {
    const setting = config.rules?.[rule.id];
    const override = typeof setting === 'object' ? setting.severity : undefined;
    return {
      id: rule.id,
      title: rule.title,
      section: specSection(rule.spec.anchor)?.topLevelId ?? '?',
      anchor: rule.spec.anchor,
      severity: resolved.get(rule.id) ?? override ?? rule.severity,
      confidence: rule.confidence,
      enabled: resolved.has(rule.id),
      custom,
    };
  };
  return [...RULES.map((r) => row(r, false)), ...customRulesOf(config).map((r) => row(r, true))];
}

export async function rulesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(RULES_USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const config: EngineConfig = values.config !== undefined ? await loadConfig(values.config) : {};
  const list = rows(config);
  if (values.json) {
    for (const r of list) io.out(JSON.stringify(r));
    return EXIT_OK;
  }
  const columns = [{ header: 'rule' }, { header: 'section' }, { header: 'severity' }, { header: 'confidence' }, { header: 'status' }];
  io.out(renderTextTable(columns, list.map((r) => [r.custom ? `${r.id} (custom)` : r.id, r.section, r.severity, r.confidence, r.enabled ? 'on' : 'off'])));
  const on = list.filter((r) => r.enabled).length;
  io.out(`\n${on} of ${list.length} rules on (preset ${config.preset ?? 'default'}; presets: ${PRESETS.join(', ')})`);
  return EXIT_OK;
}
