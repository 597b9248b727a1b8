/**
 * Is a phrase found in a user turn an instruction to the assistant, or only a mention of one?
 * Reads the clause before the phrase (bounded) and a few characters after it.
 */

export interface GateOptions {
  /**
   * A negation earlier in the clause cancels the phrase ("I don't need it in French"). Default
   * true; false for phrases that are negative themselves, which only a negation right before cancels.
   */
  negatable?: boolean;
  /** The phrase must open its clause, after softeners like "and", "please", "ok now". */
  clauseStart?: boolean;
  /** The phrase must end its clause or be followed by a closing word ("please", "only", "for ..."). */
  terminated?: RegExp;
  /** Reject inside "how do I ..." questions (a question about doing X is not a request for X). */
  rejectHowTo?: boolean;
  /** Reject when the clause talks about code ("a function that returns JSON"); `after` also reads on. */
  rejectCodeContext?: boolean | 'after';
  /** Reject in a clause that opens with a question word ("what's the best way to store dates in JSON?"). */
  rejectQuestion?: boolean;
  /** Extra test on the lower-cased clause prefix that rejects the phrase. */
  rejectPrefix?: RegExp;
}

const LOOKBACK = 120;
const LOOKAHEAD = 48;

const NEGATION =
  /\b(?:not|no|never|don't|dont|do not|doesn't|does not|didn't|did not|isn't|aren't|wasn't|weren't|won't|wouldn't|shouldn't|can't|cannot|needn't|no need|without|nor|neither|instead of|rather than|stop|quit|avoid|nothing|hardly)\b/;
// A negative instruction under another negation: "don't forget the disclaimers".
const DOUBLE_NEGATION = /\b(?:don't|dont|do not|never|not|no need to|didn't|did not)\s+$/;
// First-person re-assertions are instructions, not stories: "I said in French!", "I asked for 3 bullets".
const REASSERTION = /\bi (?:said|asked(?: you)?(?: for)?|told you|wanted|meant|was (?:wondering|hoping|thinking))\b/g;
const NARRATIVE =
  /\b(?:was|were|had|did|used to|wrote|written|said|told|answered|replied|responded|complained|got|gave|sent|received|tried|saw|heard|asked|spoke|talked|meant|wanted|translated|posted|published|ago|yesterday|last (?:time|week|year|night|month))\b/;
// The user describing their own task: "I'm writing a 1000-word essay".
const OWN_ACTIVITY = /\b(?:i'm|i am|we're|we are)\s+(?!asking|begging|telling|requesting|going to)[a-z]+ing\b/;
const COPULA_END =
  /\b(?:is|are|am|was|were|(?<!\blet)'s|'re|'m|been|being|has|have|had|contains?|contained|includes|included|uses|used|looks|seems|sounds|stays|remains|gets|got)\s+(?:(?:already|still|only|just|mostly|all|entirely|actually|originally|written|spoken|really|now|also|probably|definitely|clearly|totally|exactly|currently|usually|always|often|way)\s+){0,2}$/;
const MODAL = /\b(?:make sure|ensure|so that|such that|needs? to|has to|have to|must|should|shall|will|would|could|can|please|want|need)\b/;
// "explain what DNS is in a sentence": the copula belongs to an embedded question.
const WH_BEFORE = /\b(?:what|how|who|where|which|whether)\b/;
// "My friend always texts with emojis": someone else's habit, unless it is their requirement.
const THIRD_PERSON_SUBJECT =
  /^\s*(?:(?:my|his|her|their|our)\s+[a-z]+|he|she|they|people|someone|somebody|everyone|everybody|nobody|most people)\b/;
const REQUIREMENT_VERB = /\b(?:wants?|needs?|requires?|asks? for|expects?|insists?|prefers?)\b/;
// Conditions and relative clauses that describe something else: "a story where the hero answers in one word".
const CONDITION = /\b(?:whether|unless|as if|because|since|where|whose|if (?:i|we|they|he|she|someone|somebody|anyone|the user)\b)/;
// A limit for each part is not a limit on the reply: "keep each bullet under 10 words".
const PER_ITEM = /\b(?:each|every|per)\b/;
const MENTION = /\b(?:what does|what do|what is meant|meaning of|mean by|difference between|define|definition of|the (?:phrase|term|expression|word|words|idiom|saying)|why|how come)\b/;
const MENTION_AFTER = /^\W{0,3}(?:mean|means|meant|stand for|stands for|refer to|refers to|is a (?:phrase|term|idiom))\b/;
const POSSESSIVE_END = /\b(?:your|my|his|her|their|our|its|whose)\s+$/;
const QUESTION_OPENER = /^\s*(?:what|what's|which|where|why|how|is|are|do|does|did|should|when|who|whats)\b/;
const HOW_TO = /\bhow (?:do|can|would|should|could|to|does|did)\b/;
const CODE_CONTEXT =
  /\b(?:function|functions|script|program|api|endpoint|class|method|server|app|application|route|handler|library|module|parser|tool|cli|bot|code|regex|query|sql|database|schema|dataframe|pandas|excel|spreadsheet|html|react|django|rails|postgres|mysql|sqlite|compile[rs]?|linter|eslint|log|logs)\b/;

const SOFTENERS = new Set([
  'and', 'also', 'but', 'so', 'then', 'please', 'pls', 'plz', 'just', 'ok', 'okay', 'now', 'oh', 'btw', 'ps',
  'remember', 'note', 'important', 'again', 'kindly', 'actually', 'alright', 'right', 'and,', 'oh,',
  'hey', 'thanks', 'great', 'cool', 'perfect', 'good', 'nice', 'fine', 'sure', 'yes', 'yeah', 'finally',
]);

/** The lower-cased clause before `start`: back to the nearest punctuation, line break or "but". */
export function clausePrefix(text: string, start: number): string {
  const from = Math.max(0, start - LOOKBACK);
  let i = start - 1;
  for (; i >= from; i--) {
    const c = text.charCodeAt(i);
    // . ! ? ; : , ( ) newline
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44 || c === 40 || c === 41 || c === 10) break;
  }
  let prefix = text.slice(i + 1, start).toLowerCase();
  const but = prefix.lastIndexOf(' but ');
  if (but !== -1) prefix = prefix.slice(but + 5);
  return prefix;
}

function opensClause(prefix: string): boolean {
  const words = prefix.trim().split(/\s+/);
  return words.every((w) => w === '' || SOFTENERS.has(w));
}

/** True when the phrase at [start, end) of `text` reads as an instruction under these options. */
export function isInstruction(text: string, start: number, end: number, options: GateOptions = {}): boolean {
  const prefix = clausePrefix(text, start);
  const after = text.slice(end, end + LOOKAHEAD).toLowerCase();
  if (options.clauseStart && !opensClause(prefix)) return false;
  if (options.terminated && !options.terminated.test(after)) return false;
  if (options.negatable !== false ? NEGATION.test(prefix) : DOUBLE_NEGATION.test(prefix)) return false;
  if (NARRATIVE.test(prefix.replace(REASSERTION, ' ')) || OWN_ACTIVITY.test(prefix)) return false;
  if (COPULA_END.test(prefix) && !MODAL.test(prefix) && !WH_BEFORE.test(prefix)) return false;
  if (THIRD_PERSON_SUBJECT.test(prefix) && !REQUIREMENT_VERB.test(prefix)) return false;
  if (CONDITION.test(prefix) || PER_ITEM.test(prefix) || MENTION.test(prefix) || MENTION_AFTER.test(after)) return false;
  if (POSSESSIVE_END.test(prefix)) return false;
  if (options.rejectHowTo && HOW_TO.test(prefix)) return false;
  if (options.rejectCodeContext && CODE_CONTEXT.test(options.rejectCodeContext === 'after' ? prefix + after : prefix)) return false;
  if (options.rejectQuestion && QUESTION_OPENER.test(prefix)) return false;
  if (options.rejectPrefix && options.rejectPrefix.test(prefix)) return false;
  return true;
}

/** The clause holding a phrase contains a negation (for instructions that flip under negation). */
export function isNegated(text: string, start: number): boolean {
  return NEGATION.test(clausePrefix(text, start));
}
