import { describe, expect, it } from 'vitest';
import { resolveWatcherOptions } from '../../capture/options';
import { markChanged, newReplyState, stepReply, type ReplyProbes } from '../../capture/reply-state';
import { sampleFingerprint, textFingerprint } from '../../capture/fingerprint';
import { CaptureLedger, replyKey, slotKey } from '../../capture/keys';

const options = resolveWatcherOptions({ quietMs: 1000, confirmMs: 200, pollMs: 250, neverFinishMs: 10_000 });

function probes(page: { busy: boolean; actions: boolean | null; text: string }): ReplyProbes & { reads: number } {
  const p = {
    reads: 0,
    isBusy: () => page.busy,
    hasActions: () => page.actions,
    text: () => {
      p.reads++;
      return page.text;
    },
  };
  return p;
}

describe('stepReply', () => {
  it('finishes only after the quiet period and two agreeing samples, then stays idle', () => {
    const page = { busy: false, actions: true, text: 'Done.' };
    const p = probes(page);
    const s = newReplyState(0);
    expect(stepReply(s, 500, p, options)).toMatchObject({ kind: 'wait', dueAt: 1000, reason: 'changing' });
    expect(p.reads).toBe(0);
    expect(stepReply(s, 1000, p, options)).toMatchObject({ kind: 'wait', dueAt: 1200, reason: 'changing' });
    expect(stepReply(s, 1100, p, options)).toMatchObject({ kind: 'wait', dueAt: 1300 });
    expect(stepReply(s, 1300, p, options)).toEqual({ kind: 'finished', text: 'Done.', fingerprint: textFingerprint('Done.'), origin: 'existing', unchanged: false });
    expect(stepReply(s, 5000, p, options)).toEqual({ kind: 'idle' });
  });

  it('says "reading" while a sample\'s text is read over several tasks, with the busy marker and actions read as it was taken', () => {
    let slices = 3;
    const reads = { busy: 0, actions: 0 };
    const p = {
      isBusy: () => (reads.busy++, false),
      hasActions: () => (reads.actions++, true),
      text: () => (--slices > 0 ? null : 'Long reply.'),
    };
    const s = newReplyState(0);
    s.lastBusyCheckAt = 0;
    expect(stepReply(s, 1000, p, options)).toEqual({ kind: 'reading' });
    expect(reads).toEqual({ busy: 1, actions: 1 });
    expect(stepReply(s, 1001, p, options)).toEqual({ kind: 'reading' });
    expect(stepReply(s, 1002, p, options)).toMatchObject({ kind: 'wait', dueAt: 1202, reason: 'changing' });
    expect(reads).toEqual({ busy: 1, actions: 1 });
    // The sample counts from when it was taken.
    expect(s.candidate).toEqual({ fingerprint: textFingerprint('Long reply.'), at: 1000 });
    expect(stepReply(s, 1202, p, options)).toMatchObject({ kind: 'finished', text: 'Long reply.' });
    expect(reads).toEqual({ busy: 2, actions: 2 });
  });

  it('drops a sample still being read when the reply changes', () => {
    let text: string | null = null;
    const p = { isBusy: () => false, hasActions: () => true, text: () => text };
    const s = newReplyState(0);
    expect(stepReply(s, 1000, p, options)).toEqual({ kind: 'reading' });
    markChanged(s, 1001);
    text = 'Changed.';
    expect(stepReply(s, 1002, p, options)).toMatchObject({ kind: 'wait', dueAt: 2001, reason: 'changing' });
    expect(s.candidate).toBeNull();
  });

  it('does not finish while busy, and reports live once it was seen busy', () => {
    const page = { busy: true, actions: true, text: 'Partial' };
    const p = probes(page);
    const s = newReplyState(0);
    expect(stepReply(s, 2000, p, options)).toMatchObject({ kind: 'wait', reason: 'busy', dueAt: 2250 });
    expect(s.phase).toBe('generating');
    page.busy = false;
    stepReply(s, 2250, p, options);
    expect(stepReply(s, 2450, p, options)).toMatchObject({ kind: 'finished', origin: 'live' });
  });

  it('restarts when the text changes between the two samples', () => {
    const page = { busy: false, actions: null, text: 'One' };
    const p = probes(page);
    const s = newReplyState(0);
    stepReply(s, 1000, p, options);
    page.text = 'One two';
    markChanged(s, 1100);
    expect(stepReply(s, 1200, p, options)).toMatchObject({ kind: 'wait', dueAt: 2100 });
    stepReply(s, 2100, p, options);
    expect(stepReply(s, 2300, p, options)).toMatchObject({ kind: 'finished', text: 'One two' });
  });

  it('finishes an unchanged finished reply again at once, marked unchanged', () => {
    const page = { busy: false, actions: true, text: 'Same' };
    const p = probes(page);
    const s = newReplyState(0);
    stepReply(s, 1000, p, options);
    stepReply(s, 1200, p, options);
    markChanged(s, 3000);
    expect(s.phase).toBe('pending');
    expect(stepReply(s, 4000, p, options)).toMatchObject({ kind: 'finished', unchanged: true });
  });

  it.each([
    ['no-actions', { busy: false, actions: false, text: 'x' }],
    ['empty', { busy: false, actions: true, text: '  \n ' }],
    ['busy', { busy: true, actions: true, text: 'x' }],
  ] as const)('reports never-finished once, stuck on %s', (reason, page) => {
    const p = probes({ ...page });
    const s = newReplyState(0);
    let flagged = 0;
    for (let t = 0; t <= 30_000; t += 250) {
      const r = stepReply(s, t, p, options);
      expect(r.kind).toBe('wait');
      if (r.kind === 'wait' && r.neverFinished) {
        flagged++;
        expect(r.reason).toBe(reason);
        expect(t).toBeGreaterThanOrEqual(10_000);
      }
    }
    expect(flagged).toBe(1);
  });

  it('asks to be woken at the never-finish limit', () => {
    const s = newReplyState(0);
    const r = stepReply(s, 9_900, probes({ busy: false, actions: false, text: 'x' }), resolveWatcherOptions({ ...options, pollMs: 5000 }));
    expect(r).toMatchObject({ kind: 'wait', dueAt: 10_000 });
  });
});

describe('keys', () => {
  const base = { site: 'claude' as const, conversationId: 'abc', path: '/chat/abc', position: 3, promptFingerprint: 'p1', fingerprint: 'f1' };

  it('prefers the message id and ignores the position and prompt then', () => {
    expect(replyKey({ ...base, messageId: 'm-7' })).toBe('claude|id:m-7|f1');
    expect(replyKey({ ...base, messageId: 'm-7', position: 9, promptFingerprint: 'p2' })).toBe('claude|id:m-7|f1');
  });

  it('falls back to conversation, prompt and text, or the path when the URL has no conversation id', () => {
    expect(replyKey({ ...base, messageId: null })).toBe('claude|c:abc|prompt:p1|f1');
    expect(replyKey({ ...base, messageId: null, conversationId: null })).toBe('claude|path:/chat/abc|prompt:p1|f1');
    expect(slotKey(base)).toBe('claude|c:abc|3');
  });

  it('numbers versions per slot and keeps a known key at its version', () => {
    const ledger = new CaptureLedger();
    const id = { site: 'claude' as const, conversationId: 'abc', path: '/', fingerprint: 'f' };
    expect(ledger.record('k1', 's1', id)).toBe(1);
    expect(ledger.record('k2', 's1', { ...id, fingerprint: 'g' })).toBe(2);
    expect(ledger.record('k1', 's1', id)).toBe(1);
    expect(ledger.record('k3', 's2', id)).toBe(1);
    expect(ledger.has('k2')).toBe(true);
    expect(ledger.hasText({ ...id, fingerprint: 'g' })).toBe(true);
    expect(ledger.hasText({ ...id, conversationId: 'other', fingerprint: 'g' })).toBe(false);
  });

  it('fingerprints ignore whitespace layout but not words', () => {
    expect(textFingerprint('a  b\n\nc ')).toBe(textFingerprint('a b c'));
    expect(textFingerprint('a b c')).not.toBe(textFingerprint('a b d'));
    expect(textFingerprint('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('rejects negative or non-numeric options', () => {
    expect(() => resolveWatcherOptions({ quietMs: -1 })).toThrow(/quietMs/);
    expect(() => resolveWatcherOptions({ pollMs: Number.NaN })).toThrow(/pollMs/);
  });
});

describe('sampleFingerprint', () => {
  it('is the text fingerprint, null for a text of only whitespace, whatever the last text asked about', () => {
    const long = 'A long reply.\n\n'.repeat(2000);
    expect(sampleFingerprint(long)).toBe(textFingerprint(long));
    expect(sampleFingerprint(long)).toBe(textFingerprint(long));
    expect(sampleFingerprint(' \n\t ')).toBeNull();
    expect(sampleFingerprint('Short.')).toBe(textFingerprint('Short.'));
    expect(sampleFingerprint(`${long}!`)).toBe(textFingerprint(`${long}!`));
    expect(sampleFingerprint(`${long}!`)).not.toBe(textFingerprint(long));
  });
});
