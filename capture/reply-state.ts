/**
 * The per-reply state machine: pending → (generating) → finished, and back to pending when a finished
 * reply changes. Pure over injected probes, so the rules are tested without a DOM.
 *
 * A reply is finished when, at the same moment, the busy marker is off, the action buttons are present
 * (on sites that show them), and the text has had no mutation for `quietMs` and has the same
 * fingerprint at two samples `confirmMs` apart.
 */
import { sampleFingerprint } from './fingerprint';
import type { CaptureOrigin } from './types';
import type { WatcherOptions } from './options';

export type ReplyPhase = 'pending' | 'generating' | 'finished';

/** What keeps an unfinished reply from finishing; named in `reply-never-finished` health events. */
export type StuckReason = 'busy' | 'changing' | 'no-actions' | 'empty';

export interface ReplyState {
  phase: ReplyPhase;
  /** The busy marker was seen on since the reply last became pending. */
  sawGenerating: boolean;
  busy: boolean;
  /** Time of the last mutation inside the reply. */
  lastChangeAt: number;
  /** When the reply last became pending; the never-finish limit counts from here. */
  activeSince: number;
  lastBusyCheckAt: number | null;
  /** The first of the two fingerprint samples. */
  candidate: { fingerprint: string; at: number } | null;
  /**
   * When the sample whose text is still being read (over several tasks) was taken: its busy marker and
   * action bar were read then. Null when no read is under way.
   */
  readingSince: number | null;
  /** Fingerprint of the text last reported finished; an unchanged text finishes again silently. */
  finishedFingerprint: string | null;
  neverFinishReported: boolean;
}

export interface ReplyProbes {
  isBusy(): boolean;
  /** Null when the site shows no completion actions. */
  hasActions(): boolean | null;
  /** Null while a long text is being read over several tasks: step again at once. */
  text(): string | null;
}

export type StepResult =
  | { kind: 'idle' }
  /** The text is still being read (a slice of it was); nothing else changed. */
  | { kind: 'reading' }
  | { kind: 'wait'; dueAt: number; reason: StuckReason; /** Set once, when the never-finish limit is first passed. */ neverFinished: boolean }
  | { kind: 'finished'; text: string; fingerprint: string; origin: CaptureOrigin; /** Same text as the last time it finished. */ unchanged: boolean };

export function newReplyState(now: number): ReplyState {
  return {
    phase: 'pending',
    sawGenerating: false,
    busy: false,
    lastChangeAt: now,
    activeSince: now,
    lastBusyCheckAt: null,
    candidate: null,
    readingSince: null,
    finishedFingerprint: null,
    neverFinishReported: false,
  };
}

/**
 * A mutation inside the reply: restart the quiet period; a finished reply becomes pending again.
 * Returns true when it did, i.e. when the reply needs a step it has no timer for.
 */
export function markChanged(state: ReplyState, now: number): boolean {
  state.lastChangeAt = now;
  state.readingSince = null;
  if (state.phase !== 'finished') return false;
  state.phase = 'pending';
  state.activeSince = now;
  state.neverFinishReported = false;
  state.lastBusyCheckAt = null;
  state.candidate = null;
  return true;
}

/**
 * Something outside the reply changed (a stop button in the composer may have gone): read the busy
 * marker again on the next step, unless it was read less than `minAgeMs` ago. Returns whether it will.
 */
export function markBusyStale(state: ReplyState, now: number, minAgeMs: number): boolean {
  if (state.phase === 'finished') return false;
  if (state.lastBusyCheckAt !== null && now - state.lastBusyCheckAt < minAgeMs) return false;
  state.lastBusyCheckAt = null;
  return true;
}

export function stepReply(state: ReplyState, now: number, probes: ReplyProbes, options: WatcherOptions): StepResult {
  if (state.phase === 'finished') return { kind: 'idle' };

  const wait = (dueAt: number, reason: StuckReason): StepResult => {
    const neverFinished = !state.neverFinishReported && now - state.activeSince >= options.neverFinishMs;
    if (neverFinished) state.neverFinishReported = true;
    const limit = state.neverFinishReported ? Infinity : state.activeSince + options.neverFinishMs;
    return { kind: 'wait', dueAt: Math.min(dueAt, Math.max(limit, now)), reason, neverFinished };
  };

  /** The text of a sample taken at `at`: the first sample becomes the candidate, an agreeing second one finishes. */
  const sample = (text: string, at: number): StepResult => {
    const fingerprint = sampleFingerprint(text);
    if (fingerprint === null) return wait(now + options.pollMs, 'empty');
    const unchanged = fingerprint === state.finishedFingerprint;
    const confirmed =
      state.candidate !== null &&
      state.candidate.fingerprint === fingerprint &&
      state.candidate.at >= state.lastChangeAt &&
      at - state.candidate.at >= options.confirmMs;
    if (!unchanged && !confirmed) {
      state.candidate = { fingerprint, at };
      return wait(now + options.confirmMs, 'changing');
    }
    const origin: CaptureOrigin = state.sawGenerating ? 'live' : 'existing';
    state.phase = 'finished';
    state.finishedFingerprint = fingerprint;
    state.candidate = null;
    state.sawGenerating = false;
    return { kind: 'finished', text, fingerprint, origin, unchanged };
  };

  // A sample whose text takes several tasks to read goes on: nothing in the reply changed since it was
  // taken (a change ends it, see markChanged), and the confirming sample reads everything again.
  if (state.readingSince !== null) {
    const text = probes.text();
    if (text === null) return { kind: 'reading' };
    const at = state.readingSince;
    state.readingSince = null;
    return sample(text, at);
  }

  const quietSince = state.lastChangeAt + options.quietMs;
  const quiet = now >= quietSince;
  // While text streams in, the busy marker does not matter yet: it is read once when the reply becomes
  // active (to know it was seen generating), then only once the text has gone quiet: every poll
  // interval while it stays on, and afresh before anything is sampled.
  const polled = state.lastBusyCheckAt !== null && now - state.lastBusyCheckAt < options.pollMs;
  if (state.lastBusyCheckAt === null || (quiet && !(state.busy && polled))) {
    state.busy = probes.isBusy();
    state.lastBusyCheckAt = now;
    if (state.busy) {
      state.sawGenerating = true;
      state.phase = 'generating';
      state.candidate = null;
    }
  }

  // Busy and still changing: nothing to look at before the text goes quiet. Busy and quiet: poll.
  if (state.busy) return wait(quiet ? state.lastBusyCheckAt! + options.pollMs : quietSince, 'busy');
  if (!quiet) return wait(quietSince, 'changing');
  if (probes.hasActions() === false) return wait(now + options.pollMs, 'no-actions');

  const text = probes.text();
  if (text === null) {
    state.readingSince = now;
    return { kind: 'reading' };
  }
  return sample(text, now);
}
