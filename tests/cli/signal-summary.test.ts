import { describe, expect, it } from 'vitest';
import { summariseSignals } from '../../cli/scan/signal-summary';
import type { Signals } from '../../engine/types';

const base: Signals = {
  refusal: { level: 'none', span: null, offersAlternative: false, cues: [] },
  requestRisk: { level: 'benign', category: null, categories: [], span: null, cues: [] },
  userInstructions: {},
  language: { user: { code: 'en', confidence: 0.9, script: 'Latin' }, reply: { code: 'ga', confidence: 0.38, script: 'Latin' } },
};

describe('summariseSignals', () => {
  it('marks a low-confidence language guess as uncertain and an unknown one as ?', () => {
    expect(summariseSignals(base)).toContain('language en → ga?');
    const unknown = { ...base, language: { ...base.language, user: { code: null, confidence: 0, script: null } } };
    expect(summariseSignals(unknown)).toContain('language ? → ga?');
  });
});
