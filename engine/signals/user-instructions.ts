/**
 * Explicit instructions the user gave about the shape of the reply: format, length, language,
 * "just the code", emoji, tone... Turns are read oldest to newest and, within a turn, phrase by
 * phrase, so the latest instruction of each kind wins and a later cancellation clears it.
 */
import type { TurnView } from '../turn-view';
import type { Instruction, UserInstructions } from '../types';
import { isInstruction } from './instruction-gate';
import { buildKeyIndex, markActivePatterns } from './instruction-keys';
import { INSTRUCTION_PATTERNS, type Effect, type InstructionKind } from './instruction-patterns';
import { instructionWindows } from './instruction-scope';

interface Found {
  start: number;
  end: number;
  effect: Effect;
}

const MAX_MATCHES_PER_PATTERN = 20;

const KEY_INDEX = buildKeyIndex(INSTRUCTION_PATTERNS.map((p) => p.name));
const active = new Uint8Array(INSTRUCTION_PATTERNS.length);

function findInWindow(text: string, offset: number, out: Found[]): void {
  active.fill(0);
  markActivePatterns(text, KEY_INDEX, active);
  for (let p = 0; p < INSTRUCTION_PATTERNS.length; p++) {
    if (active[p] === 0) continue;
    const pattern = INSTRUCTION_PATTERNS[p]!;
    const re = pattern.re;
    re.lastIndex = 0;
    let count = 0;
    for (let m = re.exec(text); m && count < MAX_MATCHES_PER_PATTERN; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      count++;
      // Reading is cheap and rejects most candidates; the gate looks at the clause around them.
      const reading = pattern.read(m, text);
      if (!reading) continue;
      const effects = Array.isArray(reading) ? reading : reading.effects;
      const [start, end] = pattern.span ? pattern.span(m) : [m.index, Array.isArray(reading) ? m.index + m[0].length : reading.end];
      if (pattern.gate && !isInstruction(text, m.index, m.index + m[0].length, pattern.gate)) continue;
      for (const effect of effects) out.push({ start: start + offset, end: end + offset, effect });
    }
    re.lastIndex = 0;
  }
}

/**
 * Phrases of one kind nested in a longer phrase of the same kind say less: "3 to 5 sentences"
 * holds "to 5 sentences", "translate from French into English" holds nothing from "French".
 */
function dropNested(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  const reach = new Map<InstructionKind, number>();
  for (const f of found) {
    const kind = f.effect.kind;
    const isClear = 'clear' in f.effect;
    const key = (isClear ? `clear:${kind}` : kind) as InstructionKind;
    if ((reach.get(key) ?? -1) >= f.end) continue;
    reach.set(key, Math.max(reach.get(key) ?? -1, f.end));
    kept.push(f);
  }
  return kept;
}

type Mutable = { -readonly [K in InstructionKind]?: Instruction<unknown> };

function apply(result: Mutable, view: TurnView, found: Found): void {
  const { effect } = found;
  const kind = effect.kind;
  if ('clear' in effect) {
    const current = result[kind];
    if (current && (!effect.onlyIf || effect.onlyIf(current.value))) delete result[kind];
    return;
  }
  if (effect.keepIf && result[kind] && effect.keepIf(result[kind].value)) return;
  result[kind] = { value: effect.value, span: view.span(found.start, found.end) };
  // A later instruction of a neighbouring kind overrides the contrary one: bullets after "no lists".
  if (kind === 'format') {
    if (effect.value === 'bullets' || effect.value === 'numbered-list') delete result.noLists;
    if (effect.value === 'bullets' || effect.value === 'numbered-list' || effect.value === 'table') delete result.noMarkdown;
  } else if (kind === 'noLists') {
    const format = result.format?.value;
    if (format === 'bullets' || format === 'numbered-list') delete result.format;
  }
}

export function extractUserInstructions(userTurns: TurnView[]): UserInstructions {
  const result: Mutable = {};
  for (const view of userTurns) {
    const found: Found[] = [];
    for (const window of instructionWindows(view.prose)) findInWindow(window.text, window.offset, found);
    for (const f of dropNested(found)) apply(result, view, f);
  }
  return result as UserInstructions;
}
