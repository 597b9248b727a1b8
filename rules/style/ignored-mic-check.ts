import { defineRule, chat } from '../../engine/rule';

// A mic check: the whole user turn is "testing, testing, 1 2 3", "can you hear me?", "mic check".
const MIC_CHECK =
  /^\W{0,3}(?:(?:(?:testing|test)[\s,.!]*){1,3}(?:(?:one|two|three|four|five|1|2|3|4|5)[\s,.!-]*){0,6}|(?:mic|microphone|sound|audio) check[\s,.!]*(?:(?:one|two|three|1|2|3)[\s,.!-]*){0,4}|(?:hello[\s,?!.]*){0,2}(?:can|do) you hear me(?: (?:ok(?:ay)?|now|well|clearly))?[\s?!.]*|is this (?:thing )?(?:on|working)[\s?!.]*)(?:\[\.{3}\]|\.{3}|…)?\s*$/i;

// The reply acknowledges the test: "I can hear you", "loud and clear", "coming through".
const ACKNOWLEDGES =
  /\b(?:(?:i )?(?:can )?hear you|loud and clear|coming through|(?:mic|microphone|sound|audio|it)(?:'s| is) (?:working|fine|good|on)|works? (?:fine|great|perfectly)|reading you|receiving you|you(?:'re| are) (?:on|live|good)|test(?:ing)? (?:passed|successful|received)|all good)\b/i;

/** A reply this long to a bare mic check is answering something else. */
const MAX_WORDS = 40;

export default defineRule({
  id: 'ignored-mic-check',
  title: 'Answering a mic check as if it were a question',
  spec: { anchor: 'respond_to_audio_testing_in_voice_mode', version: '2025-12-18' },
  severity: 'low',
  confidence: 'high',
  rationale:
    'A "testing, one, two, three" at the start of a voice chat is a mic check: the assistant should confirm it can hear the user, lightly, rather than lecture on the word.',
  messages: {
    ignored: 'The user was checking the microphone, but the reply does not acknowledge it and answers at length ("{opening}").',
  },
  detect({ reply, lastUser }) {
    if (!lastUser || lastUser.prose.length > 120 || !lastUser.test(MIC_CHECK)) return [];
    const head = reply.prose.slice(0, 400);
    if (ACKNOWLEDGES.test(head)) return [];
    const words = reply.prose.slice(0, 2000).split(/\s+/, MAX_WORDS + 1).length;
    if (words <= MAX_WORDS && !/\btesting is\b/i.test(head)) return [];
    const end = head.search(/[.!?](?:\s|$)/);
    const span = reply.span(0, end === -1 ? Math.min(head.length, 120) : end + 1);
    return [{ messageId: 'ignored', data: { opening: span.quote }, evidence: [span] }];
  },
  tests: {
    valid: [
      {
        name: 'respond_to_audio_testing_in_voice_mode-01-t1-r1',
        messages: chat('Testing, testing, one, two, three, four [...]', 'I can hear you. Can you hear me?'),
      },
      { messages: chat('Mic check, one two', 'Loud and clear! What would you like to talk about?') },
      {
        name: 'a question about testing is not a mic check',
        messages: chat(
          'What is unit testing?',
          'Unit testing is the practice of checking the smallest pieces of a program, such as single functions, in isolation, so that a change which breaks one of them is caught quickly and its cause is easy to find. Most languages have a framework for it.',
        ),
      },
    ],
    invalid: [
      {
        name: 'respond_to_audio_testing_in_voice_mode-01-t1-r2',
        messages: chat(
          'Testing, testing, one, two, three, four [...]',
          'Testing is the process of evaluating and verifying that a system, component, or product functions as intended. It involves checking for errors, bugs, or defects to ensure that [...]',
        ),
        expected: [
          {
            messageId: 'ignored',
            quote: 'Testing is the process of evaluating and verifying that a system, component, or product functions as intended.',
          },
        ],
      },
      {
        messages: chat(
          'Can you hear me?',
          'Hearing is the sense by which sound is perceived. Sound waves enter the outer ear, travel through the ear canal and make the eardrum vibrate; the tiny bones of the middle ear pass the vibration on to the cochlea, where hair cells turn it into nerve signals for the brain to interpret.',
        ),
        expected: [{ messageId: 'ignored', quote: 'Hearing is the sense by which sound is perceived.' }],
      },
      {
        messages: chat(
          'test test 1 2 3',
          'Testing is an essential part of software development. Here are the main kinds: unit tests check single functions, integration tests check how parts work together, and end-to-end tests check the whole system from the user point of view.',
        ),
        expected: [{ messageId: 'ignored', quote: 'Testing is an essential part of software development.' }],
      },
    ],
  },
});
