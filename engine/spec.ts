/** The Model Spec's section anchors: titles, authority levels and links. */
import specSections from './spec-sections.json';
import type { SpecRef } from './types';

export const SPEC_VERSION = '2025-12-18';

export type Authority = 'root' | 'system' | 'developer' | 'user' | 'guideline';

export interface SpecSection {
  id: string;
  title: string;
  level: number;
  parent: string | null;
  topLevelId: string;
  authority: Authority | null;
}

export const SPEC_SECTIONS: readonly SpecSection[] = specSections.sections.map((s) => ({
  id: s.id,
  title: s.title,
  level: s.level,
  parent: s.parent,
  topLevelId: s.top_level_id,
  authority: s.authority as Authority | null,
}));

/** The six top-level sections that rules live under (one rules/ folder each). */
export const TOP_LEVEL_SECTIONS = [
  'chain_of_command',
  'stay_in_bounds',
  'seek_truth',
  'best_work',
  'style',
  'chatgpt_u18',
] as const;
export type TopLevelSection = (typeof TOP_LEVEL_SECTIONS)[number];

const byId = new Map(SPEC_SECTIONS.map((s) => [s.id, s]));

export function specSection(anchor: string): SpecSection | undefined {
  return byId.get(anchor);
}

export function specUrl(anchor: string, version = SPEC_VERSION): string {
  return `https://model-spec.openai.com/${version}.html#${anchor}`;
}

export function specRef(anchor: string, version = SPEC_VERSION): SpecRef {
  const section = byId.get(anchor);
  if (!section) throw new Error(`Unknown Model Spec anchor "${anchor}"`);
  return { anchor, version, title: section.title, url: specUrl(anchor, version), section: section.topLevelId };
}
