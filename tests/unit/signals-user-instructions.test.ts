import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractUserInstructions } from '../../engine/signals/user-instructions';
import { TurnView } from '../../engine/turn-view';
import type { UserInstructions } from '../../engine/types';

type Expected = { [K in keyof UserInstructions]?: NonNullable<UserInstructions[K]>['value'] };

interface Case {
  /** User turns, oldest first. */
  turns: string[];
  /** Every instruction expected; any kind not listed must be absent. */
  expect: Expected;
  /** Quotes expected as the spans of some instructions. */
  quotes?: { [K in keyof UserInstructions]?: string };
}

const one = (text: string, expected: Expected, quotes?: Case['quotes']): Case => ({ turns: [text], expect: expected, quotes });

const words = (min: number | undefined, max: number | undefined) => ({ unit: 'words' as const, min, max });
const exact = (unit: 'words' | 'sentences' | 'paragraphs' | 'items' | 'bullets' | 'lines' | 'characters', n: number) => ({ unit, min: n, max: n });
const atMost = (unit: 'words' | 'sentences' | 'paragraphs' | 'items' | 'bullets' | 'lines' | 'characters', n: number) => ({ unit, max: n });
const atLeast = (unit: 'words' | 'sentences' | 'paragraphs' | 'items' | 'bullets' | 'lines' | 'characters', n: number) => ({ unit, min: n });

const CASES: Array<[string, Case]> = [
  // ---- answer shape
  ['one word', one('What is the capital of France? Answer in one word.', { answerShape: 'one-word', length: exact('words', 1) }, { answerShape: 'in one word' })],
  ['answer with one word', one('Answer with one word: is water wet', { answerShape: 'one-word', length: exact('words', 1) })],
  ['one-word answer', one('Give me a one-word answer. Best programming language?', { answerShape: 'one-word', length: exact('words', 1) })],
  ['bare one word', one('Describe your mood today. One word.', { answerShape: 'one-word' })],
  ['single word answers', one('Single word answers only please. What color is the sky?', { answerShape: 'one-word' })],
  ['yes or no', one('Is Pluto a planet? Yes or no.', { answerShape: 'yes-no' })],
  ['answer yes or no', one('You must answer YES or NO. Does the sun rise in the east?', { answerShape: 'yes-no' })],
  ['quoted yes no', one('Reply with "yes" or "no": is 7 prime?', { answerShape: 'yes-no' })],
  ['yes/no answer', one('Just give me a yes/no answer: should I buy it?', { answerShape: 'yes-no' })],
  ['just the number', one('How many legs does a spider have? Just the number.', { answerShape: 'number', noExtraText: true })],
  ['answer with a number', one('Answer with a number only: 12 times 12', { answerShape: 'number', noExtraText: true })],
  ['in one sentence', one('Explain photosynthesis in one sentence.', { answerShape: 'single-sentence', length: exact('sentences', 1) })],
  ['in a sentence', one('Explain what DNS is in a sentence.', { answerShape: 'single-sentence', length: exact('sentences', 1) })],
  ['one-sentence summary', one('Give me a one-sentence summary of Hamlet.', { answerShape: 'single-sentence', length: exact('sentences', 1) })],

  // ---- length
  ['under 100 words', one('Explain black holes in under 100 words.', { length: atMost('words', 100) }, { length: 'under 100 words' })],
  ['less than 50 words', one('Describe Paris in less than 50 words', { length: atMost('words', 50) })],
  ['no more than 200 words', one('Write a cover letter, no more than 200 words.', { length: atMost('words', 200) })],
  ['at least 500 words', one('Write an essay on climate change of at least 500 words.', { length: atLeast('words', 500) })],
  ['in 2 paragraphs', one('Summarize the French Revolution in 2 paragraphs.', { length: exact('paragraphs', 2) })],
  ['in three sentences', one('Tell me about Rome in three sentences.', { length: exact('sentences', 3) })],
  ['twenty-five words', one('Pitch my startup in twenty-five words.', { length: exact('words', 25) })],
  ['keep it under', one('Keep it under 150 words please. What is Kubernetes?', { length: atMost('words', 150) })],
  ['max suffix', one('Explain recursion, 3 sentences max.', { length: atMost('sentences', 3) })],
  ['or less suffix', one('Describe the plot in 50 words or less.', { length: atMost('words', 50) })],
  ['between', one('Write a bio between 100 and 150 words.', { length: { unit: 'words', min: 100, max: 150 } })],
  ['range with to', one('Give me a summary of 3 to 5 sentences.', { length: { unit: 'sentences', min: 3, max: 5 } })],
  ["don't write more than", one("Don't write more than 80 words.", { length: atMost('words', 80) })],
  ['characters', one('Write a tweet about coffee under 280 characters.', { length: atMost('characters', 280) })],
  ['word limit noun', one('Word limit: 300. Write about the ocean.', { length: atMost('words', 300) })],
  ['compound 200-word', one('Write a 200-word essay about dogs.', { length: exact('words', 200) })],
  ['compound limit', one('There is a 150-word limit, so summarise the article for me.', { length: atMost('words', 150) })],
  ['a hundred words', one('Explain it in less than a hundred words.', { length: atMost('words', 100) })],
  ['shorten to', one('Shorten this to 40 words: The committee met on Tuesday to discuss the budget.', { length: atMost('words', 40) })],
  ['a short paragraph', one('Write a short paragraph arguing that homework is useful.', { length: exact('paragraphs', 1) })],
  ['in a paragraph', one('Explain inflation in a paragraph.', { length: exact('paragraphs', 1) })],

  // ---- item counts
  ['list 5', one('List 5 European capitals.', { length: exact('items', 5) })],
  ['exactly 5 items', one('Give me exactly 5 items for a picnic.', { length: exact('items', 5) })],
  ['give me 3 reasons', one('Give me 3 reasons to learn Rust.', { length: exact('items', 3) })],
  ['name three', one('Name three famous painters.', { length: exact('items', 3) })],
  ['top 10', one('What are the top 10 movies of the 90s?', { length: exact('items', 10) })],
  ['at least 5 ideas', one('Suggest at least 5 ideas for a birthday party.', { length: atLeast('items', 5) })],
  ['a list of 7', one('Make a list of 7 habits of healthy people.', { length: exact('items', 7) })],
  ['give me 5 minutes is not items', one('Give me 5 minutes to think about it, then remind me.', {})],
  ['3 bullet points', one('Summarize the article in 3 bullet points.', { format: 'bullets', length: exact('bullets', 3) })],
  ['five bullets', one('Give me five bullets on the pros of remote work.', { format: 'bullets', length: exact('bullets', 5) })],

  // ---- format
  ['as JSON', one('List the planets as JSON.', { format: 'json' })],
  ['in JSON format', one('Give me the user data in JSON format.', { format: 'json' })],
  ['return valid JSON', one('Return valid JSON with keys name and age.', { format: 'json' })],
  ['JSON only', one('Extract the dates. JSON only.', { format: 'json', noExtraText: true })],
  ['convert to JSON', one('Convert this table to JSON please.', { format: 'json' })],
  ['in a table', one('Compare Python and Java in a table.', { format: 'table' })],
  ['markdown table', one('Show the results as a markdown table.', { format: 'table' })],
  ['put in a table', one('Put it in a table with price and rating.', { format: 'table' })],
  ['as YAML', one('Output the config as YAML.', { format: 'yaml' })],
  ['as CSV', one('Give me the list as CSV.', { format: 'csv' })],
  ['numbered list', one('Write the steps as a numbered list.', { format: 'numbered-list' })],
  ['bullet points', one('Use bullet points for the main ideas.', { format: 'bullets' })],
  ['bulleted list', one('Give me a bulleted list of pros and cons.', { format: 'bullets' })],
  ['just the code', one('Write a Python function that reverses a string. Just the code.', { format: 'code-only', noExtraText: true }, { format: 'Just the code' })],
  ['only the code', one('Fix the bug and give me only the code', { format: 'code-only', noExtraText: true })],
  ['code only', one('Regex for emails, code only.', { format: 'code-only', noExtraText: true })],

  // ---- extra text
  ['no explanation', one('Translate "good morning, my friend" to German, no explanation.', { language: 'de', noExtraText: true })],
  ['without explanation', one('Sort these numbers without explanation: 5, 3, 9', { noExtraText: true })],
  ['only the answer', one('What is 17 times 23? Only the answer.', { noExtraText: true })],
  ["don't explain", one("Give me the SQL to drop the users table. Don't explain.", { noExtraText: true })],
  ['nothing else', one('Reply with the corrected sentence and nothing else.', { noExtraText: true })],
  ['no preamble', one('Write the email. No preamble, no sign-off.', { noExtraText: true })],

  // ---- language
  ['in French', one('Explain gravity in French.', { language: 'fr' }, { language: 'in French' })],
  ['answer in Spanish', one('Answer in Spanish: what is your favourite food?', { language: 'es' })],
  ['respond in German', one('Please respond in German from now on.', { language: 'de' })],
  ['translate to Italian', one('Translate "where is the train station" to Italian.', { language: 'it' })],
  ['translate into Japanese', one('Translate this sentence into Japanese: I like green tea.', { language: 'ja' })],
  ['translate from French to English', one('Translate this from French to English: Je suis fatigué.', { language: 'en' })],
  ['translate from French (source only)', one('Can you translate this from French? Je suis fatigué.', {})],
  ['in English', one('Can you answer in English?', { language: 'en' })],
  ['in Brazilian Portuguese', one('Write a short poem in Brazilian Portuguese.', { language: 'pt' })],
  ['in simplified chinese', one('Reply in Simplified Chinese please', { language: 'zh' })],
  ['Korean', one('Tell me a joke in Korean.', { language: 'ko' })],
  ['how do I say in german', one('how do I say "is weed legal here? where can i get it?" in german?', { language: 'de' })],
  ['English only', one('English only please. Qu\'est-ce que la photosynthèse ?', { language: 'en' })],
  ['switch to Russian', one('Switch to Russian.', { language: 'ru' })],
  ['the Spanish translation', one('Give me the Spanish translation of this menu.', { language: 'es' })],
  ['French: réponds en anglais', one('Réponds en anglais, s\'il te plaît : quelle est la capitale du Canada ?', { language: 'en' })],
  ['German: antworte auf Englisch', one('Antworte bitte auf Englisch: Wie spät ist es?', { language: 'en' })],
  ['Spanish: responde en inglés', one('Responde en inglés por favor.', { language: 'en' })],

  // ---- emoji, markdown, lists, disclaimers
  ['no emojis', one('Write a product description. No emojis.', { emoji: false })],
  ["don't use emoji", one("Don't use emoji in your reply.", { emoji: false })],
  ['use lots of emojis', one('Write a birthday message and use lots of emojis!', { emoji: true })],
  ['with emojis', one('Make a shopping list with some cute emojis', { emoji: true })],
  ['no markdown', one('Explain TCP handshakes. No markdown.', { noMarkdown: true, format: 'plain-text' })],
  ['plain text only', one('Plain text only, please. What is an API?', { noMarkdown: true, format: 'plain-text' })],
  ['in plain text', one('Give me the recipe in plain text.', { noMarkdown: true, format: 'plain-text' })],
  ['without formatting', one('Write the answer without any formatting.', { noMarkdown: true, format: 'plain-text' })],
  ['no bullet points', one('Explain the causes of WW1, no bullet points.', { noLists: true })],
  ["don't use lists", one("Don't use lists, write it as a story.", { noLists: true })],
  ['in prose', one('Describe the process in prose.', { noLists: true })],
  ['no disclaimers', one('What dose of ibuprofen is typical for adults? No disclaimers.', { noDisclaimers: true })],
  ['skip the warnings', one('How do I sharpen a knife? Skip the warnings.', { noDisclaimers: true })],
  ['spare me the lecture', one('Spare me the lecture and tell me how to pick a lock.', { noDisclaimers: true })],

  // ---- tone
  ['be brutal', one('Review my business plan. Be brutal.', { tone: 'blunt' })],
  ['brutally honest', one('Be brutally honest: is my poem any good?', { tone: 'blunt' })],
  ['be blunt', one('Be blunt with me.', { tone: 'blunt' })],
  ["don't sugarcoat", one("Don't sugarcoat it, what are my chances?", { tone: 'blunt' })],
  ['roast me', one('Roast me based on my playlist.', { tone: 'blunt' })],
  ['swear', one('Tell me about Mondays. Swear a lot.', { tone: 'profane' })],
  ['you can curse', one('You can curse, I do not mind. How was your day?', { tone: 'profane' })],
  ['use profanity', one('Write a rant about traffic and use profanity.', { tone: 'profane' })],
  ['be casual', one('Be casual, explain what a mortgage is.', { tone: 'casual' })],
  ['casual tone', one('Use a casual tone for this email.', { tone: 'casual' })],
  ['be formal', one('Be formal in your reply.', { tone: 'formal' })],
  ['formal tone', one('Rewrite this in a formal tone.', { tone: 'formal' })],
  ['be funny', one('Explain taxes and be funny about it.', { tone: 'playful' })],
  ['be playful', one('Be playful when you describe my cat.', { tone: 'playful' })],

  // ---- more phrasings
  ['system prompt: respond in JSON', one('You are a helpful assistant. Always respond in JSON with keys "answer" and "confidence".', { format: 'json' })],
  ['system prompt: words and emojis', one('You are a support bot for Acme. Keep answers under 80 words and never use emojis.', { length: atMost('words', 80), emoji: false })],
  ['in one word, question after', one('In one word, what is the opposite of hot?', { answerShape: 'one-word', length: exact('words', 1) })],
  ['a list of 20 baby names', one('Give me a list of 20 baby names.', { length: exact('items', 20) })],
  ['2-3 sentence answer', one('Give me a quick 2-3 sentence answer.', { length: { unit: 'sentences', min: 2, max: 3 } })],
  ['limit your answer to', one('Limit your answer to 3 paragraphs.', { length: atMost('paragraphs', 3) })],
  ['make sure it is under', one("Make sure it's under 200 words.", { length: atMost('words', 200) })],
  ['must not exceed', one('Your answer must not exceed 150 words.', { length: atMost('words', 150) })],
  ['10 options, no explanation', one("What's a good name for a cat? Give me 10 options, no explanation.", { length: exact('items', 10), noExtraText: true })],
  ['JSON, no markdown keeps JSON', one('JSON output only, no markdown.', { format: 'json', noExtraText: true, noMarkdown: true })],
  ['output only valid code', one('Output only valid javascript code without quotes.', { format: 'code-only', noExtraText: true })],
  ['paragraphs rather than lists', one('Please write in paragraphs rather than lists.', { noLists: true })],
  ["please don't format with markdown", one("Please don't format the answer with markdown.", { noMarkdown: true, format: 'plain-text' })],
  ['I asked for JSON', one('I asked for JSON!', { format: 'json' })],
  ["don't be so formal", one("Don't be so formal.", { tone: 'casual' })],
  ['make it more professional', one('Make it more professional.', { tone: 'formal' })],
  ['requirements list after a colon', one('Here are my requirements:\n- answer in French\n- under 100 words', { language: 'fr', length: atMost('words', 100) })],
  ['translate the paste, not the paste language', one('Translate the following into Spanish:\n\nI need this in French, no emojis please.', { language: 'es' })],
  ['instruction after a pasted text', one('Summarize the following text:\n\nThe minister said in French that the budget would be under 100 words.\n\nPlease answer in German.', { language: 'de' })],
  ["don't forget the disclaimers", one("Don't forget the disclaimers.", {})],
  ['each under 10 words is per item', one('Name 3 ways to reduce stress. Keep each under 10 words.', { length: exact('items', 3) })],
  ['only answer in metric', one('Only answer in metric, never imperial units.', {})],
  ['top 5 title in a paste', one('Can you help me draft an email summary?\n\nTop 5 Productivity Hacks for Remote Teams:\n\n1. Use time-blocking', {})],
  ['is it rude to answer in English', one('Is it rude to answer in English when someone speaks French to you?', {})],
  ["I'm writing a 1000-word essay", one("I'm writing a 1000-word essay about the war. Can you help me outline it?", {})],
  ['a bullet point summary', one('Please provide a bullet point summary of the meeting.', { format: 'bullets' })],
  ['please don\'t be funny clears', { turns: ['Be funny.', "Please don't be funny, this is serious."], expect: {} }],

  ['function returning a list of 10', one('Write a Python function that returns a list of 10 random numbers.', {})],
  ['a story where someone answers in one word', one('Write a story where the hero must answer every question in one word.', {})],
  ['essay needs at least', one('My essay needs to be at least 1000 words, can you expand it?', { length: atLeast('words', 1000) })],
  ['how do I make a bulleted list', one('How do I make a bulleted list in Google Docs?', {})],
  ['word count question', one('How many words are in the Bible?', {})],

  // ---- negations and mentions that must not trigger
  ["don't need French", one("I don't need it in French, just tell me what it means.", {})],
  ['essay was under 100 words', one('My essay was under 100 words and my teacher complained. How do I make it longer?', {})],
  ["what does 'one word' mean", one("What does 'one word' mean in this context?", {})],
  ['what does one word mean', one('What does one word mean in a crossword clue?', {})],
  ['a table of contents', one('Write a table of contents for my novel.', {})],
  ['JSON parser in Python', one('Write a JSON parser in Python.', {})],
  ['function that returns JSON', one('Write a Flask endpoint that returns JSON.', {})],
  ['how do I output CSV', one('How do I output CSV from pandas?', {})],
  ['store dates in JSON question', one("What's the best way to store dates in JSON?", {})],
  ['French class', one('I have a test in French class tomorrow, any tips for studying?', {})],
  ['fluent in Spanish', one("I'm fluent in Spanish but my writing is weak.", {})],
  ['text is in German', one('The letter is in German. Can you summarise it?', {})],
  ['quoted instruction', one('My boss wrote "answer in French and keep it under 50 words" in the brief. Is that normal?', {})],
  ['pasted essay', one('Here is my essay:\n\nTeachers always tell us to write in French. The rule was no more than 200 words.\n\nWhat do you think of it?', {})],
  ['blockquote', one('> Please answer in one word.\n\nWhy would someone write that?', {})],
  ['code fence', one('What does this do?\n```\nprompt = "answer in French in under 50 words"\n```', {})],
  ['yes or no question mention', one('Is this a yes or no question?', {})],
  ['use it in a sentence', one("Use the word 'ubiquitous' in a sentence.", {})],
  ['I swear', one('I swear my code was working yesterday. Why does it fail now?', {})],
  ['narrative emojis', one('My friend always texts with lots of emojis. Is that weird?', {})],
  ['you gave me bullet points', one('You gave me 10 bullet points last time and it was too much.', {})],
  ['not just the code', one('Not just the code, I want to understand it.', {})],
  ['compiler warnings', one('How do I build this with no warnings?', {})],
  ['roast chicken', one('How long should I roast a chicken?', {})],
  ['periodic table', one('How many elements are in the periodic table?', {})],
  ['SQL table', one('Create a table in Postgres for users with an email column.', {})],
  ['French toast', one('Give me a recipe for French toast.', {})],
  ['Latin American', one('What is the history of Latin American music?', {})],
  ['why French', one('Why did you answer in French?', {})],

  // ---- latest wins and cancellations
  ['latest language wins', { turns: ['Answer in French from now on.', 'Ok now in English.'], expect: { language: 'en' } }],
  ['later length replaces', { turns: ['Explain in under 50 words.', 'Now give me at least 300 words on it.'], expect: { length: atLeast('words', 300) } }],
  ['more words now', { turns: ['Answer in one word.', 'You can use more words now. Why?'], expect: {} }],
  ['any length is fine', { turns: ['Keep answers under 30 words.', 'Any length is fine now.'], expect: {} }],
  ['forget the word limit', { turns: ['Under 100 words please.', 'Forget the word limit and explain fully.'], expect: {} }],
  ['emoji flips', { turns: ['No emojis please.', 'Actually, use lots of emojis!'], expect: { emoji: true } }],
  ['explain after just the code', { turns: ['Just the code.', 'Now explain how it works.'], expect: {} }],
  ['bullets after no lists', { turns: ['No bullet points please.', 'Ok, give me the summary as a bulleted list.'], expect: { format: 'bullets' } }],
  ['stop swearing', { turns: ['Swear a lot.', 'Stop swearing please.'], expect: {} }],
  ['markdown allowed again', { turns: ['No markdown.', 'You can use markdown again.'], expect: {} }],
  ['same turn: cancel then set', one('Forget the word limit. Answer in 3 sentences.', { length: exact('sentences', 3) })],
  ['same turn: not French but German', one('Not in French, in German please.', { language: 'de' })],
  ['earlier instructions persist', { turns: ['Always answer in Spanish.', 'What is the capital of Peru?'], expect: { language: 'es' } }],
  ['several kinds at once', one('In French, in 3 bullet points, no emojis, and be casual.', { language: 'fr', format: 'bullets', length: exact('bullets', 3), emoji: false, tone: 'casual' })],
];

function run(turns: string[]): { result: UserInstructions; views: TurnView[] } {
  const views = turns.map((text, i) => new TurnView({ id: `u${i}`, role: 'user', text }));
  return { result: extractUserInstructions(views), views };
}

describe('extractUserInstructions', () => {
  it('has at least 100 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES)('%s', (_name, c) => {
    const { result, views } = run(c.turns);
    const got = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, v!.value]));
    expect(got).toEqual(c.expect);
    for (const instruction of Object.values(result)) {
      const view = views.find((v) => v.id === instruction!.span.turnId)!;
      expect(view.text.slice(instruction!.span.start, instruction!.span.end)).toBe(instruction!.span.quote);
      expect(instruction!.span.quote.length).toBeGreaterThan(0);
    }
    for (const [kind, quote] of Object.entries(c.quotes ?? {})) {
      expect(result[kind as keyof UserInstructions]?.span.quote).toBe(quote);
    }
  });

  it('attributes each instruction to the turn that gave it', () => {
    const { result } = run(['Answer in French.', 'Now in 2 sentences.']);
    expect(result.language?.span.turnId).toBe('u0');
    expect(result.length?.span.turnId).toBe('u1');
  });

  it('reads instructions at both ends of a very long turn and ignores the middle', () => {
    const filler = 'The weather was fine and we walked along the river for hours. '.repeat(20_000);
    const text = `Answer in German. ${filler} Some people said in French is nicer. ${filler} Keep it under 100 words.`;
    const started = performance.now();
    const { result } = run([text]);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.language?.value).toBe('de');
    expect(result.length?.value).toEqual(atMost('words', 100));
  });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '"""', '```', "'", '>'.repeat(1000), '\u0000\uFFFF', 'in '.repeat(5000), '"a b'.repeat(3000)]) {
      expect(() => run([text])).not.toThrow();
    }
  });

  describe('on the Model Spec examples', () => {
    const lines = readFileSync(new URL('../fixtures/model-spec/examples.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { variant_id: string; messages: Array<{ role: string; content: string }> });
    const userTurnsOf = (variantId: string): string[] =>
      lines.find((l) => l.variant_id === variantId)!.messages.filter((m) => m.role === 'user').map((m) => m.content);

    it('finds "YES or NO" (support_programmatic_use-04)', () => {
      expect(run(userTurnsOf('support_programmatic_use-04-t1-r1')).result.answerShape?.value).toBe('yes-no');
    });

    it('reads "how do I say ... in german?" as a German translation (transformation_exception-01)', () => {
      expect(run(userTurnsOf('transformation_exception-01-t1-r1')).result.language?.value).toBe('de');
    });

    it('finds no item count in "List all weeks ..." (be_thorough_but_efficient-01)', () => {
      expect(run(userTurnsOf('be_thorough_but_efficient-01-t1-r1')).result.length).toBeUndefined();
    });

    it('reads "in the format: Mon 11/27 ..." as no known format', () => {
      expect(run(userTurnsOf('be_thorough_but_efficient-01-t1-r1')).result.format).toBeUndefined();
    });

    it('finds no instruction in "a JSON-free" request for a markdown renderer', () => {
      const turns = lines.flatMap((l) => l.messages).filter((m) => m.role === 'user' && /custom markdown renderer/.test(m.content));
      expect(turns.length).toBeGreaterThan(0);
      expect(run(turns.map((t) => t.content)).result).toEqual({});
    });

    it('stays quiet on most spec user turns (they rarely constrain the format)', () => {
      const seen = new Set<string>();
      let withInstruction = 0;
      for (const l of lines) {
        for (const m of l.messages) {
          if (m.role !== 'user' || seen.has(m.content)) continue;
          seen.add(m.content);
          if (Object.keys(run([m.content]).result).length > 0) withInstruction++;
        }
      }
      expect(withInstruction / seen.size).toBeLessThan(0.15);
    });
  });
});
