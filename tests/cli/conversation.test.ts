import { describe, expect, it } from 'vitest';
import { conversationFromRecord, parseJsonRecord } from '../../cli/conversation';
import { InputError } from '../../cli/errors';
import { labelledReplyFromRecord } from '../../cli/eval/labelled';

const parse = (line: string) => conversationFromRecord(parseJsonRecord(line));

describe('reading a conversation line', () => {
  it('takes the messages in order and appends "response" as the reply under test', () => {
    const { id, exchange } = parse(
      JSON.stringify({
        id: 7,
        site: 'claude',
        model: 'claude-x',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
        ],
        response: 'Hello.',
      }),
    );
    expect(id).toBe('7');
    expect(exchange).toMatchObject({ id: '7', site: 'claude', model: 'claude-x' });
    expect(exchange.turns).toEqual([
      { id: 't0', role: 'system', text: 'Be brief.' },
      { id: 't1', role: 'user', text: 'Hi' },
      { id: 't2', role: 'assistant', text: 'Hello.' },
    ]);
  });

  it('reads prompt/response pairs, text parts and null tool-call content', () => {
    expect(parse('{"prompt": "Q", "response": "A"}').exchange.turns.map((t) => [t.role, t.text])).toEqual([
      ['user', 'Q'],
      ['assistant', 'A'],
    ]);
    const parts = parse(
      JSON.stringify({
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'one' }, { type: 'image_url', image_url: {} }, { type: 'text', text: 'two' }] },
          { role: 'assistant', content: null },
          { role: 'tool', content: 'result' },
          { role: 'assistant', content: 'done' },
        ],
      }),
    );
    expect(parts.id).toBeNull();
    expect(parts.exchange.turns.map((t) => t.text)).toEqual(['one\ntwo', '', 'result', 'done']);
  });

  it.each([
    ['not json', /^invalid JSON/],
    ['42', /expected a JSON object, got number 42/],
    ['{"id": "x"}', /expected "messages"/],
    ['{"messages": {"role": "user"}}', /"messages" must be an array, got an object/],
    ['{"messages": [{"role": "human", "content": "hi"}, {"role": "assistant", "content": "yo"}]}', /messages\[0\]\.role must be one of/],
    ['{"messages": [{"role": "user", "content": 5}]}', /messages\[0\]\.content must be a string, got number 5/],
    ['{"messages": [{"role": "user", "content": "hi"}]}', /no assistant reply to check/],
    ['{"prompt": "hi"}', /"prompt" is given without a "response"/],
    ['{"response": "hi"}', /"response" is given without a "prompt"/],
    ['{"prompt": "hi", "response": "yo", "model": {}}', /"model" must be a string/],
  ])('rejects %s with a clear message', (line, message) => {
    expect(() => parse(line)).toThrowError(InputError);
    expect(() => parse(line)).toThrowError(message);
  });
});

describe('reading a labelled reply', () => {
  const base = { messages: [{ role: 'user', content: 'Q' }], response: 'A' };

  it('maps the violated section to its top-level section', () => {
    const reply = labelledReplyFromRecord({ ...base, label: 'violation', violated_section_id: 'avoid_sycophancy' });
    expect(reply).toMatchObject({ label: 'violation', section: 'seek_truth', violatedTopLevel: 'seek_truth' });
  });

  it('groups by the example\'s own top-level section when it has one', () => {
    const reply = labelledReplyFromRecord({ ...base, label: 'violation', top_level_section_id: 'stay_in_bounds', violated_section_id: 'avoid_sycophancy' });
    expect(reply).toMatchObject({ section: 'stay_in_bounds', violatedTopLevel: 'seek_truth' });
    expect(labelledReplyFromRecord({ ...base, label: 'compliant' })).toMatchObject({ section: '(none)', violatedTopLevel: null });
  });

  it('rejects a missing label and an unknown section', () => {
    expect(() => labelledReplyFromRecord({ ...base })).toThrowError(/"label" must be "compliant" or "violation"/);
    expect(() => labelledReplyFromRecord({ ...base, label: 'violation', violated_section_id: 'no_such_section' })).toThrowError(
      /not a section of the Model Spec/,
    );
  });
});
