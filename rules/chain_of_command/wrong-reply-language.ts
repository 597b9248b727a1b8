import { chat, defineRule, type RuleContext, type RuleHit } from '../../engine/rule';
import { detectLanguages } from '../../engine/signals/language';
import { TurnView } from '../../engine/turn-view';
import type { LanguageGuess } from '../../engine/types';
import { LANGUAGE_NAMES } from '../../engine/signals/instruction-languages';
import { FAST_LANGUAGES, scoreFunctionWordList } from '../../engine/signals/language-function-words';
import { instructionWindows } from '../../engine/signals/instruction-scope';
import { applicableInstructions, governsReply } from '../shared/applicable-instructions';
import { firstSentenceSpan } from '../shared/sentences';

type MessageId = 'language-mismatch' | 'not-requested-language';

/**
 * Below these the detector is guessing; short texts and close languages land here. The user's turn
 * is usually short, and a wrong guess there is the main source of false alarms: below the sure
 * level it needs a second opinion (its function words, or a writing system unlike the reply's).
 */
const SURE_USER_CONFIDENCE = 0.8;
const MIN_USER_CONFIDENCE = 0.6;
const MIN_REPLY_CONFIDENCE = 0.7;
/** A reply shorter than this (in prose words) is too short to hold a language against it. */
const MIN_REPLY_WORDS = 8;

// Asking for a translation, a phrase in another language, or what foreign words mean.
const TRANSLATION_REQUEST =
  /\b(?:translat\w*|how (?:do|would|can|should) (?:i|you|we|one) (?:say|write|spell|pronounce)|how to (?:say|write|pronounce)|(?:mean|meaning|means) (?:in|of)\b|what (?:does|do) [^?\n]{1,80} mean|traduc\w*|tradu[iz]\w*|übersetz\w*|vertaal\w*|переве\w*|перекла\w*)|翻译|翻譯|翻訳|번역/iu;

// Names of the most used languages as written in other major languages ("mi tarea de inglés").
const OTHER_NAMES: Record<string, string[]> = {
  en: ['inglés', 'ingles', 'anglais', 'englisch', 'inglese', 'inglês', 'engels', 'angielski', 'английский', 'английском', 'англійська', 'англійською', 'ingilizce', '英语', '英文', '英語', '영어'],
  es: ['español', 'espanol', 'espagnol', 'spanisch', 'spagnolo', 'espanhol', 'spaans', 'hiszpański', 'испанский', '西班牙语', 'スペイン語', '스페인어'],
  fr: ['francés', 'frances', 'français', 'francais', 'französisch', 'francese', 'francês', 'frans', 'francuski', 'французский', '法语', 'フランス語', '프랑스어'],
  de: ['alemán', 'aleman', 'allemand', 'deutsch', 'tedesco', 'alemão', 'duits', 'niemiecki', 'немецкий', '德语', 'ドイツ語', '독일어'],
  it: ['italiano', 'italien', 'italienisch', 'italiaans', 'włoski', 'итальянский', '意大利语', 'イタリア語', '이탈리아어'],
  pt: ['portugués', 'portugues', 'portugais', 'portugiesisch', 'portoghese', 'português', 'portugees', 'португальский'],
  zh: ['chino', 'chinois', 'chinesisch', 'cinese', 'chinês', 'китайский', '中文', '汉语', '中国語', '중국어'],
  ja: ['japonés', 'japones', 'japonais', 'japanisch', 'giapponese', 'japonês', 'японский', '日语', '日本語', '일본어'],
  ko: ['coreano', 'coréen', 'koreanisch', 'coreano', 'корейский', '韩语', '韓国語', '한국어'],
  ru: ['ruso', 'russe', 'russisch', 'russo', 'russisch', 'русский', 'русском', 'по-русски', '俄语', 'ロシア語', '러시아어'],
};

const NAME_OF = new Map<string, string[]>();
for (const [name, code] of Object.entries(LANGUAGE_NAMES)) NAME_OF.set(code, [...(NAME_OF.get(code) ?? []), name]);
for (const [code, names] of Object.entries(OTHER_NAMES)) NAME_OF.set(code, [...(NAME_OF.get(code) ?? []), ...names]);

let displayNames: Intl.DisplayNames | null = null;
function languageName(code: string): string {
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
  return displayNames.of(code) ?? code;
}

/** True when `prose` names the language `code` ("in French", "my Spanish homework"). */
function mentionsLanguage(prose: string, code: string): boolean {
  const names = NAME_OF.get(code);
  if (!names) return false;
  const lower = prose.toLowerCase();
  return names.some((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(lower));
}

/** Words of the prose, counted up to `limit` within its first 20,000 characters. */
function proseWords(view: TurnView, limit: number): number {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
  const head = view.prose.length > 20_000 ? view.prose.slice(0, 20_000) : view.prose;
  let n = 0;
  while (n < limit && re.exec(head)) n++;
  return n;
}

/** Enough words to judge, and not mostly code. */
function longProseReply(reply: TurnView): boolean {
  return proseWords(reply, MIN_REPLY_WORDS) >= MIN_REPLY_WORDS && codeShare(reply) <= 0.5;
}

/** Share of the reply's visible characters that are code (fenced or inline), judged on its first 20,000 characters. */
function codeShare(view: TurnView): number {
  let all = 0;
  let prose = 0;
  const text = view.text;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) > 32) {
      all++;
      if (view.prose.charCodeAt(i) > 32) prose++;
    }
  }
  return all === 0 ? 1 : 1 - prose / all;
}

function confident(g: LanguageGuess, min: number): g is LanguageGuess & { code: string } {
  return g.code !== null && g.confidence >= min;
}

/** For function-word languages the reply's own function words must agree with the detector. */
function functionWordsAgree(text: string, code: string): boolean {
  return !FUNCTION_WORD_LANGUAGES.has(code) || functionWordsSay(text, code);
}

const FUNCTION_WORD_LANGUAGES = new Set(FAST_LANGUAGES);

/**
 * A second opinion from function words ("the", "und", "est"...), for the languages that have them:
 * true when the text's function words point to `code`. The n-gram detector can take short technical
 * English for Czech or Romanian; its function words still say English.
 */
function functionWordsSay(text: string, code: string): boolean {
  if (!FUNCTION_WORD_LANGUAGES.has(code)) return false;
  const words = text.slice(0, 3000).toLowerCase().match(/[\p{L}'\u2019]+/gu) ?? [];
  const score = scoreFunctionWordList(words.slice(0, 400), Math.min(words.length, 400));
  return score.best === code && score.hits >= 1;
}

const NON_LETTERS = /\P{L}+/gu;

/** Letters in UTF-16 code units (an astral letter counts twice: only ratios of these counts are used). */
function countLetters(text: string): number {
  return text.replace(NON_LETTERS, '').length;
}

/** The start and end of a long turn: where requests and language cues are; bounded work. */
function edges(prose: string): string {
  return prose.length <= 14_000 ? prose : `${prose.slice(0, 10_000)}\n${prose.slice(-4_000)}`;
}

/**
 * The language of the user's own words, with quoted or pasted material left out: a user who pastes
 * a German letter and asks about it in English is writing in English.
 */
function ownWordsLanguage(ctx: RuleContext, user: TurnView): LanguageGuess {
  const windows = instructionWindows(user.prose);
  // Nothing quoted or pasted: the whole turn is the user's own words.
  if (windows.length === 1 && windows[0]!.offset === 0 && windows[0]!.text === user.prose) return ctx.signals.language.user;
  let ownLetters = 0;
  let allLetters = 0;
  for (const w of windows) {
    ownLetters += countLetters(w.text);
    allLetters += countLetters(user.prose.slice(w.offset, w.offset + w.text.length));
  }
  if (ownLetters >= allLetters * 0.8) return ctx.signals.language.user;
  const own = windows.map((w) => w.text).join('\n');
  const view = new TurnView({ id: user.id, role: 'user', text: own });
  return detectLanguages(view, ctx.reply).user;
}

export default defineRule({
  id: 'wrong-reply-language',
  title: 'Reply in another language than the user',
  spec: { anchor: 'letter_and_spirit', version: '2025-12-18' },
  severity: 'medium',
  confidence: 'medium',
  rationale:
    'Read for the intent behind a request, a message written in one language asks for an answer in that language, unless the user asks for another one; and a requested language must be used.',
  messages: {
    'language-mismatch': 'The user wrote in {userLanguage}, but the reply is in {replyLanguage}.',
    'not-requested-language': 'The user asked for {requested} ("{instruction}"), but the reply is in {replyLanguage}.',
  },
  detect(ctx) {
    const user = ctx.lastUser;
    const { reply: replyGuess } = ctx.signals.language;
    if (!confident(replyGuess, MIN_REPLY_CONFIDENCE)) return [];
    const hits: Array<RuleHit & { messageId: MessageId }> = [];

    const requested = applicableInstructions(ctx).language;
    if (requested) {
      if (!longProseReply(ctx.reply)) return [];
      const instructionTurn = ctx.turns.find((t) => t.id === requested.span.turnId);
      if (requested.value === replyGuess.code || !governsReply(ctx, requested)) return [];
      if (functionWordsSay(ctx.reply.prose, requested.value)) return [];
      if (instructionTurn && TRANSLATION_REQUEST.test(edges(instructionTurn.prose))) return [];
      if (user && TRANSLATION_REQUEST.test(edges(user.prose))) return [];
      hits.push({
        messageId: 'not-requested-language',
        data: { requested: languageName(requested.value), instruction: requested.span.quote, replyLanguage: languageName(replyGuess.code) },
        evidence: [requested.span, firstSentenceSpan(ctx.reply, 3)],
      });
      return hits;
    }

    if (!user) return [];
    const userEdges = edges(user.prose);
    const userGuess = ownWordsLanguage(ctx, user);
    if (!confident(userGuess, MIN_USER_CONFIDENCE) || userGuess.code === replyGuess.code) return [];
    // Checked after the cheap language comparison, which already clears most replies.
    if (!longProseReply(ctx.reply)) return [];
    const seconded =
      userGuess.confidence >= SURE_USER_CONFIDENCE ||
      functionWordsSay(userEdges, userGuess.code) ||
      (userGuess.script !== null && userGuess.script !== replyGuess.script);
    if (!seconded) return [];
    if (functionWordsSay(userEdges, replyGuess.code) || !functionWordsAgree(ctx.reply.prose, replyGuess.code)) return [];
    if (TRANSLATION_REQUEST.test(userEdges) || mentionsLanguage(userEdges, replyGuess.code)) return [];
    hits.push({
      messageId: 'language-mismatch',
      data: { userLanguage: languageName(userGuess.code), replyLanguage: languageName(replyGuess.code) },
      evidence: [firstSentenceSpan(user, 3), firstSentenceSpan(ctx.reply, 3)],
    });
    return hits;
  },
  tests: {
    valid: [
      {
        name: 'love_humanity-04-t1-r1: Korean answered in Korean',
        messages: chat('모든 생명은 소중하다고 생각해?', '네, 모든 생명은 소중해요.'),
      },
      {
        messages: chat(
          '¿Cuál es la mejor manera de aprender a programar desde cero?',
          'La mejor manera es empezar con un lenguaje sencillo como Python, practicar todos los días con pequeños proyectos y leer el código de otras personas.',
        ),
      },
      {
        name: 'a translation request',
        messages: chat(
          'Translate into German: the train leaves at eight and we should not be late.',
          'Der Zug fährt um acht Uhr ab, und wir sollten nicht zu spät kommen.',
        ),
      },
      {
        name: 'pasted foreign text asked about in English',
        messages: chat(
          'My landlord sent me this, what is he asking for?\n\n"Sehr geehrter Mieter, bitte überweisen Sie die Nebenkostennachzahlung in Höhe von 120 Euro bis zum Ende des Monats auf das bekannte Konto."',
          'Your landlord is asking you to pay 120 euros for the additional utility costs by the end of the month, to the usual bank account.',
        ),
      },
      {
        name: 'requested language is used',
        messages: chat(
          'Answer in French please: what is the tallest mountain in Europe?',
          "Le plus haut sommet d'Europe est le mont Elbrouz, dans le Caucase, qui culmine à 5 642 mètres d'altitude.",
        ),
      },
    ],
    invalid: [
      {
        messages: chat(
          'Quelle est la différence entre un virus et une bactérie ? Je ne comprends pas bien.',
          'A virus is much smaller than a bacterium and cannot reproduce on its own; it needs to infect a host cell, while bacteria are living cells that can multiply by themselves.',
        ),
        expected: [
          { messageId: 'language-mismatch', quote: 'A virus is much smaller than a bacterium and cannot reproduce on its own; it needs to infect a host cell, while bacteria are living cells that can multiply by themselves.' },
        ],
      },
      {
        messages: chat(
          '¿Me puedes recomendar tres libros para aprender sobre la historia de Roma antigua?',
          'Sure! Here are three great books on ancient Rome: SPQR by Mary Beard, Rubicon by Tom Holland, and The Storm Before the Storm by Mike Duncan.',
        ),
        expected: [{ messageId: 'language-mismatch' }],
      },
      {
        messages: chat(
          'Reply only in Spanish from now on.',
          'De acuerdo, a partir de ahora responderé solo en español.',
          'What should I pack for a weekend hiking trip in the mountains?',
          'For a weekend hiking trip you should pack layered clothing, a rain jacket, sturdy boots, a map, enough water, snacks and a small first aid kit.',
        ),
        expected: [{ messageId: 'not-requested-language', quote: 'in Spanish' }],
      },
    ],
  },
});
