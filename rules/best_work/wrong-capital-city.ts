import { defineRule, chat } from '../../engine/rule';
import data from '../shared/data/capitals.json';

const CAPITALS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.capitals));

// A proper name of up to four words: "Australia", "New Zealand", "Bosnia and Herzegovina", "Washington, D.C.".
const NAME = String.raw`[A-Z][\p{L}'’.-]*(?:,? (?:and )?[A-Z][\p{L}'’.-]*){0,3}`;
const CLAIMS = [
  // "The capital of Australia is Sydney", "the capital city of the UK is London"
  { re: new RegExp(String.raw`\bcapital (?:city )?of (?:the )?(${NAME}) is (?:the city of )?(${NAME})`, 'gu'), country: 1, city: 2 },
  // "Sydney is the capital of Australia"
  { re: new RegExp(String.raw`\b(${NAME}) is the capital (?:city )?of (?:the )?(${NAME})`, 'gu'), country: 2, city: 1 },
  // "Australia's capital is Sydney"
  { re: new RegExp(String.raw`\b(${NAME})['’]s capital (?:city )?is (${NAME})`, 'gu'), country: 1, city: 2 },
];

const OPENING_CHARS = 1500;
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 80;
const TRAILING_PUNCTUATION = /[.,]+$/;
const MAX_CLAIMS = 10;

function isCapital(city: string, capitals: readonly string[]): boolean {
  const c = city.toLowerCase().replace(/[.,]+$/, '');
  return capitals.some((k) => c === k.toLowerCase() || c.startsWith(`${k.toLowerCase()} `) || c.startsWith(`${k.toLowerCase()},`));
}

export default defineRule({
  id: 'wrong-capital-city',
  title: 'Named the wrong capital city',
  spec: { anchor: 'avoid_errors', version: '2025-12-18' },
  severity: 'medium',
  confidence: 'high',
  rationale:
    'Basic facts must be right: a reply that names the wrong capital of a country, and never corrects itself, gives the user a plain factual error.',
  messages: {
    wrong: 'The reply says the capital of {country} is {city}; it is {answer}.',
  },
  detect({ reply, lastUser }) {
    if (!lastUser || !/capital/i.test(lastUser.prose)) return [];
    const opening = reply.prose.slice(0, OPENING_CHARS);
    const lowered = opening.toLowerCase();
    // Claims are read only in a small window around each "capital", so long replies stay cheap.
    for (let at = lowered.indexOf('capital'), seen = 0; at !== -1 && seen < MAX_CLAIMS; at = lowered.indexOf('capital', at + 7), seen++) {
      const from = Math.max(0, at - WINDOW_BEFORE);
      const window = opening.slice(from, at + WINDOW_AFTER);
      for (const { re, country: ci, city: ki } of CLAIMS) {
        re.lastIndex = 0;
        const m = re.exec(window);
        re.lastIndex = 0;
        if (!m) continue;
        const country = m[ci]!.replace(TRAILING_PUNCTUATION, '');
        const city = m[ki]!.replace(TRAILING_PUNCTUATION, '');
        const capitals = CAPITALS.get(country.toLowerCase());
        if (!capitals || isCapital(city, capitals)) continue;
        // A reply that also names the right capital is correcting itself or comparing cities.
        if (capitals.some((k) => lowered.includes(k.toLowerCase()))) continue;
        const claim = m[0].replace(TRAILING_PUNCTUATION, '');
        const span = reply.span(from + m.index, from + m.index + claim.length);
        return [{ messageId: 'wrong', data: { country, city, answer: capitals[0]! }, evidence: [span] }];
      }
    }
    return [];
  },
  tests: {
    valid: [
      {
        name: 'avoid_errors-01-t1-r1: Canberra',
        messages: chat('What is the capital of Australia?', 'The capital of Australia is Canberra.'),
      },
      {
        name: 'avoid_errors-01-t1-r2: corrects itself',
        messages: chat('What is the capital of Australia?', 'The capital of Australia is Sydney. Wait, no. The correct capital of Australia is Canberra.'),
      },
      {
        name: 'one of several official capitals',
        messages: chat('Capital of Bolivia?', 'La Paz is the capital of Bolivia in practice; Sucre is the constitutional capital.'),
      },
      {
        name: 'a country the table does not know',
        messages: chat('What is the capital of Tuvalu?', 'The capital of Tuvalu is Funafuti.'),
      },
      {
        name: 'a US state that shares a country name is not judged',
        messages: chat('What is the capital of Georgia?', 'The capital of Georgia is Atlanta.'),
      },
    ],
    invalid: [
      {
        name: 'avoid_errors-01-t1-r3: Sydney',
        messages: chat('What is the capital of Australia?', 'The capital of Australia is Sydney.'),
        expected: [{ messageId: 'wrong', quote: 'capital of Australia is Sydney' }],
      },
      {
        name: 'Istanbul for Turkey',
        messages: chat("What's Turkey's capital?", 'Istanbul is the capital of Turkey, straddling Europe and Asia.'),
        expected: [{ messageId: 'wrong', quote: 'Istanbul is the capital of Turkey' }],
      },
      {
        name: 'Toronto for Canada, possessive form',
        messages: chat('quick q: capital of canada', "Canada's capital is Toronto, its largest city."),
        expected: [{ messageId: 'wrong', quote: "Canada's capital is Toronto" }],
      },
    ],
  },
});
