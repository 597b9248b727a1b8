/**
 * The benchmark corpus: replies of 0.5 KB, 2 KB, 20 KB and 1 MB made by concatenating the Model
 * Spec's example replies (with the user turns of the example each reply starts with), plus 1 MB
 * adversarial replies that stress the regexes and the text utilities.
 */
import { readFileSync } from 'node:fs';
import type { Exchange, Role, Turn } from '../../engine/types';

export const KB = 1024;
export const MB = 1024 * 1024;

export interface BenchCase {
  name: string;
  kind: 'realistic' | 'adversarial';
  /** Target size of the reply, in UTF-8 bytes. */
  bytes: number;
  /** Several variants of the same size, used round-robin, so one lucky text does not decide. */
  exchanges: Exchange[];
}

interface SpecExample {
  messages: Array<{ role: Role; content: string }>;
  response: string;
}

export function loadSpecExamples(path: string): SpecExample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SpecExample);
}

export function buildCorpus(examples: readonly SpecExample[]): BenchCase[] {
  if (examples.length === 0) throw new Error('no spec examples to build the corpus from');
  const realistic = (label: string, bytes: number, variants: number): BenchCase => ({
    name: `spec replies ${label}`,
    kind: 'realistic',
    bytes,
    exchanges: Array.from({ length: variants }, (_, v) => {
      const first = Math.floor((v * examples.length) / variants);
      return exchangeOf(`${label}-${v}`, examples[first]!.messages, concatenateReplies(examples, first, bytes));
    }),
  });
  const userTurns = examples.find((e) => e.messages.length === 1 && e.messages[0]!.role === 'user')!.messages;
  const adversarial = (name: string, reply: string): BenchCase => ({
    name,
    kind: 'adversarial',
    bytes: MB,
    exchanges: [exchangeOf(name, userTurns, fitToBytes(reply, MB))],
  });
  return [
    realistic('0.5 KB', KB / 2, 16),
    realistic('2 KB', 2 * KB, 16),
    realistic('20 KB', 20 * KB, 8),
    realistic('1 MB', MB, 2),
    adversarial('1 MB one character repeated', 'a'.repeat(MB)),
    adversarial('1 MB deep nesting ((((…))))', '('.repeat(MB / 2) + ')'.repeat(MB / 2)),
    adversarial('1 MB 50,000 short lines', shortLines(50_000)),
    adversarial('1 MB one fenced code block', fencedCodeBlock()),
    adversarial('1 MB mixed Unicode and emoji', mixedUnicode()),
  ];
}

function exchangeOf(id: string, messages: SpecExample['messages'], reply: string): Exchange {
  const turns: Turn[] = messages.map((m, i) => ({ id: `t${i}`, role: m.role, text: m.content }));
  turns.push({ id: `t${turns.length}`, role: 'assistant', text: flatten(reply) });
  return { id, site: 'bench', turns };
}

/**
 * A copy of `text` in one flat buffer. Strings built by `repeat` or `+` are trees that V8 flattens
 * on first use; flattening up front keeps that one-off cost out of whichever side is timed first.
 */
function flatten(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Real replies one after another, starting at example `first` and wrapping around, cut to `bytes`. */
function concatenateReplies(examples: readonly SpecExample[], first: number, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = first; size < bytes; i = (i + 1) % examples.length) {
    const reply = examples[i]!.response;
    parts.push(reply);
    size += Buffer.byteLength(reply) + 2;
  }
  return fitToBytes(parts.join('\n\n'), bytes);
}

/** Cut `text` so that its UTF-8 size is at most `bytes`, never inside a surrogate pair. */
export function fitToBytes(text: string, bytes: number): string {
  const buffer = Buffer.from(text);
  if (buffer.length <= bytes) return text;
  let cut = buffer.subarray(0, bytes).toString('utf8');
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return cut;
}

function shortLines(count: number): string {
  const shapes = ['- item {n} is ready', '{n}. Check the value', '* note {n}: fine', '> quoted line {n}', 'Plain line {n} here.'];
  const lines: string[] = [];
  for (let n = 0; n < count; n++) lines.push(shapes[n % shapes.length]!.replace('{n}', String(n)));
  return lines.join('\n');
}

function fencedCodeBlock(): string {
  const body = [
    'def retry(fn, attempts=3, delay=0.5):',
    '    """Call fn until it succeeds; re-raise the last error."""',
    '    for attempt in range(attempts):',
    '        try:',
    '            return fn()',
    '        except Exception as error:  # As an AI language model, I cannot...',
    '            if attempt == attempts - 1:',
    '                raise',
    '            time.sleep(delay * (2 ** attempt))',
    '',
  ].join('\n');
  return `\`\`\`python\n${body.repeat(Math.ceil(MB / body.length))}`.slice(0, MB - 4) + '\n```';
}

function mixedUnicode(): string {
  const pieces = [
    'Привет, как дела? ',
    '你好，今天天气很好。',
    'مرحبا، كيف حالك؟ ',
    'नमस्ते, आप कैसे हैं? ',
    'こんにちは、元気ですか。',
    '안녕하세요, 잘 지내요? ',
    'Ça va très bien, merci ! ',
    '👩‍👩‍👧‍👦🏳️‍🌈👍🏽🎉🔥 ',
    'e\u0301 a\u0308 n\u0303 ',
    '“smart quotes” — and ‘these’ … ',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝓜𝓪𝓽𝓱 ',
    '\n',
  ];
  const one = pieces.join('');
  return one.repeat(Math.ceil(MB / Buffer.byteLength(one)) + 1);
}
