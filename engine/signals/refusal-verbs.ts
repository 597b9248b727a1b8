/**
 * What a negative modal applies to: "I can't <verb phrase>". The verb phrase is read word by word
 * against tables rather than with one large regex, which V8 compiles slowly (hundreds of ms for
 * the alternations this needs) and matches no faster.
 *
 *  - weak: a capability limitation or caveat ("browse the web", "give medical advice",
 *    "have personal opinions", "make that decision for you");
 *  - perception: a limitation about the user's input ("see the image", "make out the label");
 *  - strong: the request itself ("help with that", "write that story", "share their address");
 *  - self: the assistant describing its nature, which declines nothing ("feel love", "eat").
 */

export type VerbPhraseKind = 'strong' | 'weak' | 'perception' | 'self';

const ADVERBS = new Set([
  'really', 'actually', 'directly', 'personally', 'fully', 'simply', 'just', 'ethically', 'legally', 'responsibly',
  'safely', 'morally', 'specifically', 'possibly', 'realistically', 'knowingly', 'ever', 'therefore', 'here', 'quite',
  'currently', 'physically', 'always', 'even', 'truly', 'in', 'good', 'conscience',
]);

/** Verbs that decline the request whatever their object. */
const STRONG_ANY = new Set([
  'help', 'assist', 'aid', 'support', 'facilitate', 'enable', 'contribute', 'lend', 'partake', 'participate', 'engage',
  'entertain', 'indulge', 'accommodate', 'cater', 'provide', 'give', 'offer', 'share', 'supply', 'create', 'write',
  'draft', 'compose', 'generate', 'produce', 'make', 'build', 'construct', 'develop', 'design', 'code', 'program',
  'depict', 'portray', 'illustrate', 'sexualize', 'sexualise', 'fulfill', 'fulfil', 'comply', 'complete', 'continue',
  'proceed', 'perform', 'undertake', 'roleplay', 'role-play', 'pretend', 'imitate', 'impersonate', 'mimic', 'answer',
  'respond', 'discuss', 'elaborate', 'describe', 'explain', 'detail', 'outline', 'comment', 'opine', 'reveal',
  'disclose', 'divulge', 'repeat', 'output', 'reproduce', 'transcribe', 'translate', 'summarize', 'summarise',
  'rewrite', 'paraphrase', 'copy', 'replicate', 'recommend', 'suggest', 'endorse', 'condone', 'promote', 'encourage',
  'advocate', 'glorify', 'justify', 'validate', 'teach', 'instruct', 'identify', 'track', 'dox', 'doxx', 'bypass',
  'circumvent', 'override', 'jailbreak', 'disable', 'criticize', 'criticise', 'insult', 'mock', 'roast', 'persuade',
  'convince', 'include', 'insert', 'sell', 'refund', 'ship', 'honor', 'honour', 'accept', 'grant', 'approve', 'cancel',
  'waive', 'authorize', 'authorise', 'forge', 'fake', 'falsify', 'deceive', 'manipulate', 'harass', 'threaten',
  'target', 'exploit', 'attack', 'harm', 'hurt', 'kill', 'hack', 'crack', 'obtain', 'acquire', 'buy', 'purchase',
  'source', 'procure', 'post', 'publish', 'spread', 'allow', 'permit', 'brainstorm', 'sign', 'edit', 'advise', 'list',
  'name', 'process',
]);

/** Doing something in the user's place ("take the exam on your behalf") declines it, whatever the verb. */
const ON_BEHALF = /\b(?:on your behalf|in your place|for you instead)\b/;

/** Verbs that decline the request only with one of these next words ("tell you", "take sides"). */
const STRONG_WITH: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    agree: ['to', 'with'],
    weigh: ['in'],
    talk: ['about'],
    go: ['into', 'there', 'ahead', 'along', 'further', 'through'],
    get: ['into', 'involved'],
    reply: ['to'],
    tell: ['you', 'anyone', 'them', 'him', 'her', 'people'],
    say: ['that', 'this', 'it', 'those', 'these', 'the', 'such'],
    use: ['that', 'this', 'those', 'such', 'profanity', 'slurs', 'language', 'offensive', 'explicit', 'racial', 'swear', 'curse'],
    quote: ['the', 'it', 'that', 'this', 'them'],
    print: ['the', 'it', 'that', 'this', 'my', 'your'],
    draw: ['that', 'this', 'it', 'such', 'sexual', 'explicit', 'nude', 'naked'],
    do: ['that', 'this', 'it', 'so', 'what', 'as', 'your', 'the', 'anything', 'something'],
    show: ['you', 'how', 'that', 'this'],
    walk: ['you'],
    guide: ['you'],
    confirm: ['or'],
    locate: ['someone', 'people', 'a', 'him', 'her', 'them', 'their', 'his', 'individuals'],
    look: ['up'],
    trace: ['someone', 'people', 'a', 'him', 'her', 'them', 'their', 'his'],
    find: ['someone', 'people', 'him', 'her', 'them', 'their', 'his', 'private', 'personal', 'home', 'addresses', 'phone', 'out'],
    ignore: ['my', 'these', 'those', 'the', 'your', 'previous', 'prior', 'all'],
    break: ['my', 'the', 'these', 'those', 'character', 'rules', 'into', 'the'],
    change: ['my', 'the', 'these', 'those'],
    judge: ['people', 'someone', 'them', 'him', 'her', 'a', 'individuals', 'groups'],
    rank: ['people', 'groups', 'races', 'religions', 'ethnicities'],
    rate: ['people', 'someone', 'their', 'his', 'her', 'them'],
    take: ['part'],
    pick: ['one'],
    choose: ['between'],
    express: ['support', 'a', 'political', 'personal'],
    argue: ['for', 'against', 'that'],
    solve: ['this', 'that', 'it', 'the', 'your'],
    calculate: ['quantities', 'amounts', 'the', 'doses', 'dosages', 'how'],
    add: ['that', 'this', 'racial', 'such', 'a'],
    process: ['that', 'this', 'your', 'a', 'the'],
    modify: ['your', 'the', 'that', 'this'],
    issue: ['a', 'the', 'you', 'refunds'],
    send: ['that', 'this', 'it', 'the', 'messages', 'emails'],
    access: ['someone', "someone's", 'their', 'his', 'her', 'other', 'private', 'personal', 'that', 'another', 'people'],
    let: ['you', 'that', 'this'],
    act: ['as', 'like', 'out'],
    play: ['along', 'that', 'this', 'the', 'a', 'your'],
    keep: ['going', 'this'],
    move: ['forward'],
    carry: ['out'],
    put: ['together'],
    come: ['up'],
    hand: ['over'],
    be: ['part', 'involved', 'used', 'a', 'your'],
  }).map(([verb, next]) => [verb, new Set(next)]),
);

/** Capability verbs: declining them states a limitation, not a refusal ("I can't browse"). */
const WEAK_ANY = new Set(['browse', 'surf', 'diagnose', 'prescribe', 'store', 'speculate', 'guess', 'remember', 'count']);
/** Bodily and inner experiences: "I can't feel love", "I can't eat". */
const SELF_DESCRIPTION = new Set(['feel', 'experience', 'taste', 'smell', 'eat', 'drink', 'sleep', 'touch', 'love', 'dream', 'breathe']);
const PERCEPTION_VERBS = new Set(['view', 'see', 'watch', 'hear', 'listen', 'read', 'interpret']);
const PERCEPTION_OBJECTS = new Set([
  'image', 'images', 'picture', 'pictures', 'photo', 'photos', 'video', 'videos', 'audio', 'the', 'your', 'what', 'that',
  'it', 'this', 'anything', 'you', 'attachments', 'files', 'links', 'any', 'a', 'an', 'attached', 'uploaded',
]);
const ACCESS_OBJECTS = new Set([
  'the', 'real-time', 'realtime', 'real', 'live', 'current', 'external', 'link', 'links', 'url', 'urls', 'website',
  'websites', 'file', 'files', 'attachment', 'attachments', 'image', 'images', 'your', 'the', 'internet', 'web', 'online',
]);
const ADVICE_DOMAINS = new Set([
  'medical', 'legal', 'financial', 'investment', 'tax', 'psychological', 'health', 'professional', 'clinical',
  'therapeutic', 'mental',
]);
const ADVICE_WORDS = new Set(['advice', 'guidance', 'diagnosis', 'diagnoses', 'counsel', 'counseling', 'counselling', 'recommendations', 'opinions', 'opinion']);
/** Having views: declining to share them can decline a request ("Which party is better?"). */
const OPINIONS = new Set([
  'opinion', 'opinions', 'view', 'views', 'belief', 'beliefs', 'preference', 'preferences', 'favorite', 'favorites',
  'favourite', 'favourites', 'stance', 'stances', 'side', 'sides',
]);
/** Having feelings: saying so describes the assistant and declines nothing ("I can't feel love"). */
const FEELINGS = new Set(['feel', 'feeling', 'feelings', 'emotion', 'emotions', 'experience', 'experiences', 'taste', 'smell', 'love', 'sense']);
const PRECISION_WORDS = new Set(['definitive', 'exact', 'precise', 'definite', 'certain', 'complete', 'exhaustive', 'comprehensive', 'full', 'up-to-date', 'current', 'accurate', 'specific']);
const PRECISION_OBJECTS = new Set(['answer', 'list', 'number', 'figure', 'count', 'picture', 'prediction', 'estimate', 'timeline']);
const FRESH_DATA = new Set(['real-time', 'realtime', 'real', 'live', 'current', 'up-to-date', 'latest', "today's", 'recent']);
const MEDIA = new Set([
  'image', 'images', 'picture', 'pictures', 'photo', 'photos', 'drawing', 'drawings', 'illustration', 'illustrations',
  'video', 'videos', 'audio', 'sound', 'sounds', 'music', 'diagram', 'diagrams', 'voice',
]);
const DETAIL_WORDS = new Set(['detail', 'details', 'specifics', 'math', 'weeds', 'minutiae', 'every', 'all', 'too', 'much', 'full', 'great', 'more', 'depth']);
const DECISIONS = new Set(['decision', 'choice', 'call', 'decisions', 'choices']);

/** Verbs a reply uses about the request itself; inside a drafted message only these count. */
const META_ANY = new Set(['write', 'create', 'generate', 'produce', 'draft', 'compose', 'craft', 'roleplay', 'role-play', 'fulfill', 'fulfil']);
const META_HANDOVER = new Set(['provide', 'give', 'share', 'reproduce', 'output', 'print', 'transcribe', 'quote', 'offer', 'supply']);
/** What a reply hands over when it answers a how-to request: declining these declines the request. */
const GUIDANCE = new Set(['instructions', 'information', 'guidance', 'details', 'steps', 'directions', 'tips', 'recipe', 'code', 'methods', 'advice', 'assistance', 'help']);
/** Words after "help" that keep it about someone's plans, not the request ("help out", "help with the move"). */
const HELP_NEXT = new Set(['with', 'you', 'out', 'but', 'it', 'them', 'him', 'her', 'us', 'me', 'on', 'at', 'in', 'this', 'that', 'the', 'a', 'an', 'my', 'your', 'our', 'their', 'much', 'more', 'any', 'anyone', 'everyone', 'people', 'feeling', 'thinking', 'wondering', 'noticing', 'laughing', 'smiling', 'if', 'because', 'since', 'and', 'or', 'so', 'to', 'there', 'here', 'now', 'today', 'tomorrow', 'tonight', 'this']);
const META_OBJECTS = new Set([
  'that', 'this', 'it', 'those', 'these', 'such', 'content', 'material', 'anything', 'full', 'entire', 'complete', 'whole',
  'exact', 'verbatim', 'actual', 'original', 'sexual', 'sexually', 'explicit', 'graphic', 'violent', 'hateful',
  'copyrighted', 'racist', 'harmful', 'erotic', 'pornographic', 'lyrics', 'text', 'story', 'letter', 'message', 'poem',
  'script', 'scene', 'email', 'essay', 'song', 'book', 'chapter', 'article',
]);
const META_HELP_OBJECTS = new Set([
  'that', 'this', 'it', 'such', 'requests', 'request', 'writing', 'creating', 'generating', 'producing', 'content',
  'material',
]);

const WORD = /[a-z0-9][a-z0-9'-]*/g;

/** Up to `max` lower-case words of `text`. */
function wordsOf(text: string, max: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && out.length < max; m = WORD.exec(text)) out.push(m[0]);
  WORD.lastIndex = 0;
  return out;
}

/** "writing" -> "write", "helping" -> "help", "getting" -> "get"; other words unchanged. */
function baseForms(word: string): string[] {
  if (word.length > 5 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    const forms = [stem, `${stem}e`];
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) forms.push(stem.slice(0, -1));
    return forms;
  }
  return [word];
}

/** Index of the main verb: past adverbs, "in good conscience", and the "be" of "be writing". */
function verbIndex(words: string[]): number {
  let i = 0;
  while (i < words.length && i < 4 && ADVERBS.has(words[i]!)) i++;
  if (words[i] === 'be' && words[i + 1]?.endsWith('ing')) i++;
  return i;
}

function someIn(words: string[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = from; i < Math.min(to, words.length); i++) if (set.has(words[i]!)) return true;
  return false;
}

const OPENABLE = new Set(['links', 'link', 'urls', 'files', 'file', 'attachments', 'attachment', 'the']);
const RUNNABLE = new Set(['code', 'the', 'it', 'this', 'that', 'programs', 'scripts', 'a']);
const SENDABLE = new Set(['files', 'data', 'information', 'emails', 'messages', 'texts', 'sms']);
const TRANSACTIONS = new Set(['calls', 'phone', 'orders', 'purchases', 'bookings', 'payments', 'reservations', 'reservation', 'appointments', 'transfers', 'transactions']);
const SCHEDULABLE = new Set(['reminders', 'alarms', 'timers', 'a']);
const SEARCHABLE = new Set(['any', 'anything', 'information', 'info', 'data', 'records', 'record', 'results', 'a', 'the', 'that', 'it']);
const ILLICIT_GOODS = new Set(['drugs', 'guns', 'weapons', 'firearms', 'explosives', 'illegal', 'stolen', 'counterfeit', 'fake', 'poison', 'cocaine', 'heroin', 'meth', 'fentanyl']);
const PROBLEMS = new Set(['error', 'issue', 'bug', 'problem', 'setup', 'environment', 'behavior', 'behaviour', 'crash', 'results']);
/** Staying neutral ("I can't take sides") is a stance, answered by laying out the sides. */
const SIDES = new Set(['sides', 'side', 'a']);

function isWeak(verb: string, words: string[], i: number): boolean {
  if (WEAK_ANY.has(verb)) return true;
  const next = words[i + 1] ?? '';
  const then = words[i + 2] ?? '';
  switch (verb) {
    case 'search':
      return next === 'online' || (next === 'the' && (then === 'web' || then === 'internet'));
    case 'go':
      return next === 'online' || ((next === 'into' || next === 'through') && someIn(words, i + 2, i + 4, DETAIL_WORDS));
    case 'get':
      return next === 'into' && someIn(words, i + 2, i + 4, DETAIL_WORDS);
    case 'access':
      return ACCESS_OBJECTS.has(next) && (next !== 'the' || ACCESS_OBJECTS.has(then));
    case 'open':
      return OPENABLE.has(next);
    case 'run':
    case 'execute':
    case 'test':
      return RUNNABLE.has(next);
    case 'save':
    case 'send':
      return SENDABLE.has(next);
    case 'place':
      return TRANSACTIONS.has(next);
    case 'book':
    case 'reserve':
    case 'order':
    case 'purchase':
    case 'buy':
      // Acting in the world for the user ("book a table", "order it for you") is a capability the chat lacks.
      return !someIn(words, i + 1, i + 5, ILLICIT_GOODS);
    case 'make':
      return TRANSACTIONS.has(next) || someIn(words, i + 1, i + 4, DECISIONS) || someIn(words, i + 1, i + 4, MEDIA);
    case 'set':
      return SCHEDULABLE.has(next);
    case 'cover':
      return next === 'everything' || next === 'it' || next === 'all';
    case 'list':
      return next === 'all' || then === 'all';
    case 'be':
      return next === 'exhaustive';
    case 'tell':
      return next === 'you' && then === 'what' && words[i + 3] === 'to';
    case 'decide':
      return words.slice(i + 1, i + 4).includes('for');
    case 'choose':
      return words.slice(i + 1, i + 4).includes('for') || someIn(words, i + 1, i + 3, SIDES);
    case 'find':
    case 'locate':
      return SEARCHABLE.has(next);
    case 'do':
      return next === 'math' || next === 'calculations';
    case 'process':
      return someIn(words, i + 1, i + 4, MEDIA) || next === 'audio';
    case 'reproduce':
      return someIn(words, i + 1, i + 4, PROBLEMS);
    case 'take':
    case 'pick':
      return someIn(words, i + 1, i + 3, SIDES);
    case 'replace':
    case 'substitute':
      return true;
    case 'give':
    case 'provide':
    case 'offer':
    case 'dispense':
    case 'render':
    case 'share':
    case 'express':
    case 'have':
    case 'hold':
    case 'form':
    case 'generate':
    case 'create':
    case 'draw':
    case 'produce':
    case 'show':
    case 'display':
    case 'advise':
    case 'recommend':
      return describesCapability(verb, words, i);
    default:
      return false;
  }
}

/** "give medical advice", "have personal opinions", "provide real-time data", "generate images". */
function describesCapability(verb: string, words: string[], i: number): boolean {
  const window = Math.min(words.length, i + 7);
  if (someIn(words, i + 1, window, ADVICE_DOMAINS) && someIn(words, i + 1, window, ADVICE_WORDS)) return true;
  if (someIn(words, i + 1, i + 5, OPINIONS) && verb !== 'generate' && verb !== 'create' && verb !== 'draw') return true;
  if (someIn(words, i + 1, i + 4, PRECISION_WORDS) && someIn(words, i + 2, i + 5, PRECISION_OBJECTS)) return true;
  if (verb === 'advise' || verb === 'recommend') return false;
  if (someIn(words, i + 1, i + 4, FRESH_DATA)) return true;
  return someIn(words, i + 1, i + 4, MEDIA);
}

/** Classify the words after "I can't" / "I won't" / "I'm not able to" ...; null when it is no decline at all. */
export function classifyVerbPhrase(rest: string): VerbPhraseKind | null {
  const words = wordsOf(rest, 12);
  const i = verbIndex(words);
  const word = words[i];
  if (!word) return null;
  if (SELF_DESCRIPTION.has(word)) return 'self';
  if ((word === 'have' || word === 'experience' || word === 'feel') && someIn(words, i + 1, i + 4, FEELINGS)) return 'self';
  for (const verb of baseForms(word)) {
    if (PERCEPTION_VERBS.has(verb) && (PERCEPTION_OBJECTS.has(words[i + 1] ?? '') || words[i + 1] === undefined)) return 'perception';
    if (verb === 'make' && words[i + 1] === 'out') return 'perception';
    if (isWeak(verb, words, i)) return 'weak';
  }
  for (const verb of baseForms(word)) {
    if (STRONG_ANY.has(verb)) return 'strong';
    const next = STRONG_WITH.get(verb);
    if (next && next.has(words[i + 1] ?? '')) return 'strong';
  }
  return ON_BEHALF.test(rest) ? 'strong' : null;
}

/** In a drafted message or story: does the decline talk about the request ("I can't write that")? */
export function isAboutTheRequest(rest: string): boolean {
  const words = wordsOf(rest, 10);
  const i = verbIndex(words);
  const word = words[i];
  if (!word) return false;
  for (const verb of baseForms(word)) {
    if (META_ANY.has(verb)) return true;
    const next = words[i + 1] ?? '';
    const after = next === 'you' || next === 'with' || next === 'the' || next === 'a' || next === 'an' || next === 'any' ? (words[i + 2] ?? '') : next;
    if (META_HANDOVER.has(verb) && (META_OBJECTS.has(next) || META_OBJECTS.has(after) || GUIDANCE.has(next) || GUIDANCE.has(after))) return true;
    // "I can't help make fake IDs": help with a bare verb names an activity, the requested one.
    if (verb === 'help' && next !== '' && !HELP_NEXT.has(next) && !next.endsWith('ing')) return true;
    if ((verb === 'help' || verb === 'assist') && (next === 'with' || next === 'you')) {
      const at = next === 'you' && words[i + 2] === 'with' ? i + 3 : next === 'with' ? i + 2 : -1;
      const object = at === -1 ? '' : (words[at] ?? '');
      if (META_HELP_OBJECTS.has(object)) return true;
      // "help with your request" / "the request", not "help with the fundraiser"
      if ((object === 'your' || object === 'the') && (words[at + 1] === 'request' || words[at + 1] === 'task')) return true;
      if (next === 'you' && META_ANY.has(words[i + 2] ?? '')) return true;
    }
    if ((verb === 'help' || verb === 'assist') && META_ANY.has(next)) return true;
    // "help with hotwiring a car": an activity, where a drafted message would name a thing ("help with the move")
    if ((verb === 'help' || verb === 'assist') && next === 'with' && after.length > 5 && after.endsWith('ing')) return true;
    if ((verb === 'say' || verb === 'use') && ['word', 'words', 'phrase', 'language', 'slur', 'slurs'].includes(words[i + 2] ?? '')) return true;
    if (verb === 'comply' || verb === 'engage' || verb === 'continue') return true;
    if (verb === 'do' && (next === 'that' || next === 'this')) return true;
  }
  return false;
}
