import { useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import type { Exchange } from '../engine/types';
import type { AnalyzeResponse } from '../messaging/protocol';
import { FindingList } from './FindingList';
import { SignalSummary } from './SignalSummary';

export const USER_TURN_ID = 'user';
export const REPLY_TURN_ID = 'reply';
const TURN_LABELS = { [USER_TURN_ID]: 'User message', [REPLY_TURN_ID]: 'Reply' } as const;

export interface CheckReplyProps {
  analyze: (exchange: Exchange) => Promise<AnalyzeResponse>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; response: AnalyzeResponse };

/** The pasted pair as an exchange; the user turn is left out when it is empty. */
export function pastedExchange(userText: string, replyText: string): Exchange {
  const turns: Exchange['turns'] = [];
  if (userText.trim()) turns.push({ id: USER_TURN_ID, role: 'user', text: userText });
  turns.push({ id: REPLY_TURN_ID, role: 'assistant', text: replyText });
  return { site: 'pasted', turns };
}

function countLabel(n: number): string {
  return n === 1 ? '1 finding' : `${n} findings`;
}

function Results({ response }: { response: AnalyzeResponse }) {
  if (!response.ok) {
    return (
      <p class="sl-alert" role="alert">
        {response.error}
      </p>
    );
  }
  const { findings, signals, errors } = response.result;
  return (
    <>
      <h2 class="sl-results__count">{countLabel(findings.length)}</h2>
      <SignalSummary signals={signals} />
      {response.configProblems && (
        <p class="sl-note">Your saved rule settings could not be used ({response.configProblems.join('; ')}), so the defaults were applied.</p>
      )}
      {errors.length > 0 && (
        <p class="sl-note">
          {errors.length === 1 ? '1 rule' : `${errors.length} rules`} failed to run: {errors.map((e) => e.ruleId).join(', ')}.
        </p>
      )}
      <FindingList findings={findings} turnLabels={TURN_LABELS} primaryTurnId={REPLY_TURN_ID} />
    </>
  );
}

/** "Check a reply": paste a user message and an assistant reply, get findings and signals. */
export function CheckReply({ analyze }: CheckReplyProps) {
  const [userText, setUserText] = useState('');
  const [replyText, setReplyText] = useState('');
  const [missingReply, setMissingReply] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function check() {
    if (state.kind === 'checking') return;
    if (!replyText.trim()) {
      setMissingReply(true);
      return;
    }
    setState({ kind: 'checking' });
    let response: AnalyzeResponse;
    try {
      response = await analyze(pastedExchange(userText, replyText));
    } catch (err) {
      response = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    setState({ kind: 'done', response });
  }

  function onSubmit(event: TargetedEvent<HTMLFormElement, Event>) {
    event.preventDefault();
    void check();
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void check();
    }
  }

  return (
    <div class="sl-check">
      <form class="sl-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <label class="sl-field">
          <span class="sl-field__label">
            User message <span class="sl-field__hint">(optional)</span>
          </span>
          <textarea
            class="sl-textarea"
            name="user"
            rows={2}
            placeholder="What the user asked"
            value={userText}
            onInput={(e) => setUserText(e.currentTarget.value)}
          />
        </label>
        <label class="sl-field">
          <span class="sl-field__label">Assistant reply</span>
          <textarea
            class="sl-textarea"
            name="reply"
            rows={5}
            placeholder="The reply to check"
            value={replyText}
            aria-invalid={missingReply}
            aria-describedby={missingReply ? 'sl-reply-missing' : undefined}
            onInput={(e) => {
              setReplyText(e.currentTarget.value);
              if (missingReply) setMissingReply(false);
            }}
          />
          {missingReply && (
            <span id="sl-reply-missing" class="sl-field__error">
              Paste the assistant's reply to check.
            </span>
          )}
        </label>
        <div class="sl-actions">
          <button type="submit" class="sl-button" disabled={state.kind === 'checking'}>
            {state.kind === 'checking' ? 'Checking…' : 'Check reply'}
          </button>
          <span class="sl-actions__hint" aria-hidden="true">
            Ctrl+Enter
          </span>
        </div>
      </form>
      <section class="sl-results" aria-live="polite" aria-busy={state.kind === 'checking'}>
        {state.kind === 'done' && <Results response={state.response} />}
      </section>
    </div>
  );
}
