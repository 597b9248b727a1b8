/**
 * A cheap pre-filter: each instruction pattern names the words one of which every match contains,
 * so a turn is tokenised once and only the patterns whose words occur in it are run.
 */
import { FOREIGN_LANGUAGE_PHRASES, LANGUAGE_NAMES } from './instruction-languages';

const LANGUAGES = Object.keys(LANGUAGE_NAMES).join(' ');
const FOREIGN_LANGUAGES = Object.keys(FOREIGN_LANGUAGE_PHRASES)
  .map((phrase) => phrase.split(/[^\p{L}]+/u).filter(Boolean).at(-1)!)
  .join(' ');
const UNITS = 'word words sentence sentences paragraph paragraphs paras character characters chars line lines bullet bullets point points item items';
const EMOJI = 'emoji emojis emojies emoticon emoticons smiley smileys';
const DISCLAIMERS =
  'disclaimer disclaimers warning warnings caveat caveats lecture lectures lecturing moralizing moralization moralising moralisation sermon sermons preaching hedging safety ethics moral judgment judgement';

/** Pattern name -> words (lower case, space-separated) of which every match holds one. */
export const PATTERN_KEYS: Record<string, string> = {
  'in-language': LANGUAGES,
  'language-only': LANGUAGES,
  'switch-language': LANGUAGES,
  translate: 'translate translation translating',
  'language-translation': LANGUAGES,
  'how-to-say': 'how',
  'foreign-language-phrase': FOREIGN_LANGUAGES,
  length: UNITS,
  'length-suffix': UNITS,
  'length-range': UNITS,
  'length-limit-noun': 'word character char sentence line paragraph',
  'length-compound': UNITS,
  items: 'list name give suggest recommend provide share brainstorm come generate tell show what outline identify mention highlight pick choose offer',
  'one-word': 'word',
  'one-word-bare': 'word',
  'yes-no': 'yes true',
  'yes-no-bare': 'yes',
  'number-only': 'number figure digit numeric numerical integer count total amount percentage',
  'data-format': 'json yaml yml csv',
  'data-format-only': 'json yaml yml csv',
  table: 'table tabular',
  'table-noun': 'table tabular',
  bullets: 'bullet bullets bulleted',
  'list-form': 'list listicle',
  'bullet-noun': 'bullet bulleted',
  numbered: 'numbered ordered number',
  'code-only': 'code',
  'no-markdown': 'markdown md formatting rich markup',
  'plain-text': 'text plaintext',
  'no-extra-text':
    'explanation explanations commentary comments preamble preambles intro intros introduction introductions elaboration chit chitchat talk fluff filler text words justification justifications reasoning pleasantries',
  'dont-explain': 'explain explaining elaborate elaborating add adding say saying write writing comment commenting',
  'only-answer': 'answer result output translation corrected rewritten summary verdict respond reply return other',
  'just-answer': 'answer',
  'nothing-else': 'nothing',
  'no-lists': 'bullet bullets point points list lists listicle listicles',
  'prose-only': 'prose paragraph paragraphs sentences text',
  'no-disclaimers': DISCLAIMERS,
  'know-the-risks': 'risks',
  'no-emoji': EMOJI,
  'use-emoji': EMOJI,
  blunt: 'brutal brutally blunt harsh savage ruthless merciless straightforward direct frank honest honesty roast tear straight punches mercy',
  'blunt-negative': 'sugarcoat sugarcoating sugar hold holding punches bs bullshit',
  profane:
    'swear curse cuss profanity profanities swearing cursing cussing words language bombs bomb word expletives obscenities profane vulgar foul',
  'profane-bare': 'swear curse cuss',
  casual: 'casual casually informal informally chill laid laidback relaxed conversational conversationally formal stiff robotic friend buddy bro pal',
  formal: 'formal formally professional professionally academic business',
  playful:
    'playful funny humorous silly witty goofy cheeky fun light lighthearted whimsical jokey sassy sarcastic comedic tongue humor humour jokes puns wit laugh',
  'cancel-length':
    'words sentences paragraphs space detail room length limit limits count counts restriction restrictions constraint constraints requirement requirements cap caps rule rules long detailed much',
  'cancel-brevity': 'elaborate expand detail longer detailed fuller full complete explain',
  'cancel-extra-text': 'explain walk explanation explanations comments commentary',
  'cancel-language': 'language translation',
  'cancel-format': 'format formatting json yaml csv table tables bullet bullets list',
  'cancel-markdown': 'markdown formatting',
  'cancel-lists': 'bullet bullets lists',
  'cancel-disclaimers': 'disclaimer disclaimers warning warnings caveat caveats',
  'cancel-tone': 'swearing cursing cussing profanity being tone voice style normal rude harsh mean blunt brutal silly funny sarcastic playful casual informal jokey',
  'cancel-profanity': 'swear curse cuss swearing cursing profanity cussing',
};

/** word -> indexes (into `names`) of the patterns that need it. */
export function buildKeyIndex(names: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  names.forEach((name, i) => {
    const keys = PATTERN_KEYS[name];
    if (keys === undefined) throw new Error(`instruction pattern "${name}" has no keys`);
    for (const key of new Set(keys.split(' '))) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

// Letters of the scripts the keys are written in (Latin with accents, Greek, Cyrillic).
const NON_LETTERS = /[^a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+/;

/** Marks in `active` the patterns whose key words occur in `text`. */
export function markActivePatterns(text: string, index: Map<string, number[]>, active: Uint8Array): void {
  // Lower-casing may change the length of a few characters; only the words matter here.
  for (const word of text.toLowerCase().split(NON_LETTERS)) {
    const patterns = index.get(word);
    if (patterns) for (const p of patterns) active[p] = 1;
  }
}
