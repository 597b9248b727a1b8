import { describe, expect, it } from 'vitest';
import { detectLanguages, guessLanguage } from '../../engine/signals/language';
import { TurnView } from '../../engine/turn-view';

type Case = [name: string, text: string, code: string | null, script: string | null];

const SHORT_TURNS: Case[] = [
  ['fr greeting', 'Bonjour, ça va ?', 'fr', 'Latin'],
  ['de question', 'Wie spät ist es?', 'de', 'Latin'],
  ['es question', '¿Qué hora es?', 'es', 'Latin'],
  ['en question', 'What time is it?', 'en', 'Latin'],
  ['pt greeting', 'Olá, tudo bem?', 'pt', 'Latin'],
  ['nl greeting', 'Hoe gaat het met je?', 'nl', 'Latin'],
  ['pl greeting', 'Jak się masz?', 'pl', 'Latin'],
  ['sv greeting', 'Hur mår du idag?', 'sv', 'Latin'],
  ['tr greeting', 'Nasılsın bugün arkadaşım?', 'tr', 'Latin'],
  ['vi greeting', 'Bạn khỏe không?', 'vi', 'Latin'],
  ['ru greeting', 'Как у тебя дела сегодня?', 'ru', 'Cyrillic'],
  ['uk greeting', 'Привіт, як у тебе справи сьогодні?', 'uk', 'Cyrillic'],
  ['ko greeting', '안녕하세요, 오늘 날씨 어때요?', 'ko', 'Hangul'],
  ['ja greeting', 'こんにちは、元気ですか？', 'ja', 'Japanese'],
  ['zh greeting', '你好，今天天气怎么样？', 'zh', 'Han'],
  ['el greeting', 'Γεια σου, τι κάνεις;', 'el', 'Greek'],
  ['he greeting', 'שלום, מה שלומך?', 'he', 'Hebrew'],
  ['th greeting', 'สวัสดีครับ วันนี้เป็นอย่างไรบ้าง', 'th', 'Thai'],
  ['ar greeting', 'مرحبا، كيف حالك اليوم؟', 'ar', 'Arabic'],
  ['hi greeting', 'आप आज कैसे हैं?', 'hi', 'Devanagari'],
  ['ja one word', 'はい', 'ja', 'Japanese'],
  ['ko one word', '네', 'ko', 'Hangul'],
  ['too short: ok', 'ok', null, 'Latin'],
  ['too short: Thanks!', 'Thanks!', null, 'Latin'],
  ['too short: Merci', 'Merci !', null, 'Latin'],
  ['too short Cyrillic needs the library', 'Да', null, 'Cyrillic'],
  ['empty', '', null, null],
  ['digits and punctuation', '12345 !!! ??? 3.14', null, null],
  ['only a URL', 'https://example.com/some/path?query=1', null, null],
  ['only emoji', '😀😀👍', null, null],
];

const REPLIES: Case[] = [
  [
    'en paragraph',
    'Photosynthesis is the process by which green plants turn light into chemical energy. It happens mainly in the leaves, inside structures called chloroplasts.',
    'en',
    'Latin',
  ],
  [
    'fr paragraph',
    "La photosynthèse est le processus par lequel les plantes transforment la lumière du soleil en énergie chimique. Elle se déroule dans les chloroplastes.",
    'fr',
    'Latin',
  ],
  [
    'es paragraph',
    'La fotosíntesis es el proceso mediante el cual las plantas convierten la luz solar en energía química. Ocurre en los cloroplastos.',
    'es',
    'Latin',
  ],
  [
    'pt paragraph',
    'A fotossíntese é o processo pelo qual as plantas transformam a luz do sol em energia química. Ela ocorre nos cloroplastos.',
    'pt',
    'Latin',
  ],
  [
    'it paragraph',
    'La fotosintesi è il processo con cui le piante trasformano la luce del sole in energia chimica. Avviene nei cloroplasti.',
    'it',
    'Latin',
  ],
  [
    'de paragraph',
    'Die Photosynthese ist der Prozess, bei dem Pflanzen Sonnenlicht in chemische Energie umwandeln. Sie findet in den Chloroplasten statt.',
    'de',
    'Latin',
  ],
  [
    'nl paragraph',
    'Fotosynthese is het proces waarbij planten zonlicht omzetten in chemische energie. Het vindt plaats in de bladgroenkorrels.',
    'nl',
    'Latin',
  ],
  ['pl paragraph', 'Fotosynteza to proces, w którym rośliny przekształcają światło słoneczne w energię chemiczną.', 'pl', 'Latin'],
  ['ru paragraph', 'Фотосинтез — это процесс, при котором растения превращают солнечный свет в химическую энергию.', 'ru', 'Cyrillic'],
  ['tr paragraph', 'Fotosentez, bitkilerin güneş ışığını kimyasal enerjiye dönüştürdüğü süreçtir.', 'tr', 'Latin'],
  ['vi paragraph', 'Quang hợp là quá trình cây xanh chuyển đổi ánh sáng mặt trời thành năng lượng hóa học.', 'vi', 'Latin'],
  ['id paragraph', 'Fotosintesis adalah proses di mana tumbuhan mengubah cahaya matahari menjadi energi kimia.', 'id', 'Latin'],
  ['sv paragraph', 'Fotosyntes är den process där växter omvandlar solljus till kemisk energi.', 'sv', 'Latin'],
  ['fi paragraph', 'Yhteyttäminen on prosessi, jossa kasvit muuttavat auringonvalon kemialliseksi energiaksi.', 'fi', 'Latin'],
  ['cs paragraph', 'Fotosyntéza je proces, při kterém rostliny přeměňují sluneční světlo na chemickou energii.', 'cs', 'Latin'],
  ['ro paragraph', 'Fotosinteza este procesul prin care plantele transformă lumina soarelui în energie chimică.', 'ro', 'Latin'],
  ['hu paragraph', 'A fotoszintézis az a folyamat, amelynek során a növények a napfényt kémiai energiává alakítják.', 'hu', 'Latin'],
  ['ja paragraph', '光合成とは、植物が太陽の光を使って水と二酸化炭素から糖を作る仕組みです。', 'ja', 'Japanese'],
  ['zh paragraph', '光合作用是植物利用阳光把水和二氧化碳转化为糖的过程。', 'zh', 'Han'],
  ['ko paragraph', '광합성은 식물이 햇빛을 이용해 물과 이산화탄소로 당을 만드는 과정입니다.', 'ko', 'Hangul'],
  ['fa paragraph', 'فتوسنتز فرایندی است که در آن گیاهان نور خورشید را به انرژی شیمیایی تبدیل می‌کنند.', 'fa', 'Arabic'],
  ['hi paragraph', 'प्रकाश संश्लेषण वह प्रक्रिया है जिसमें पौधे सूर्य के प्रकाश को रासायनिक ऊर्जा में बदलते हैं।', 'hi', 'Devanagari'],
  ['el paragraph', 'Η φωτοσύνθεση είναι η διαδικασία με την οποία τα φυτά μετατρέπουν το φως του ήλιου σε χημική ενέργεια.', 'el', 'Greek'],
  [
    'English with foreign names',
    'Last summer I visited München and Zürich with François, Søren and Łukasz, and we ate at a café near the Hauptbahnhof.',
    'en',
    'Latin',
  ],
  [
    'English with a French phrase',
    'The phrase "je ne sais quoi" is often used in English to describe a pleasant quality that is hard to name.',
    'en',
    'Latin',
  ],
  [
    'English prose around German code',
    'Here is the function you asked for:\n\n```python\n# Berechnet die Summe aller Zahlen in der Liste und gibt sie zurück\ndef summe(zahlen):\n    ergebnis = 0\n    for zahl in zahlen:\n        ergebnis += zahl\n    return ergebnis\n```\n\nIt adds up every number in the list and returns the total.',
    'en',
    'Latin',
  ],
  [
    'French prose around English code',
    "Voici la fonction demandée :\n\n```js\n// Returns the sum of all the numbers in the list, and it is the fastest way to do this\nfunction sum(numbers) {\n  return numbers.reduce((total, n) => total + n, 0);\n}\n```\n\nElle additionne tous les nombres de la liste et renvoie le total.",
    'fr',
    'Latin',
  ],
  [
    'Spanish with inline code and a URL',
    'Para instalar el paquete, ejecuta `npm install --save-dev typescript` en la terminal y luego consulta https://www.typescriptlang.org/docs/ para ver la documentación.',
    'es',
    'Latin',
  ],
  [
    'English markdown with numbers',
    '## Results\n\n| Metric | Value |\n|---|---|\n| Accuracy | 97.3% |\n| Latency | 12 ms |\n\nThe model is accurate and fast, and it should be good enough for the release.',
    'en',
    'Latin',
  ],
];

describe('guessLanguage', () => {
  describe.each([
    ['short user turns', SHORT_TURNS],
    ['replies', REPLIES],
  ])('%s', (_group, cases) => {
    it.each(cases)('%s', (_name, text, code, script) => {
      const guess = guessLanguage(new TurnView({ id: 't', role: 'user', text }).prose);
      expect(guess.code).toBe(code);
      expect(guess.script).toBe(script);
      expect(guess.confidence).toBeGreaterThanOrEqual(0);
      expect(guess.confidence).toBeLessThanOrEqual(1);
      if (code === null) expect(guess.confidence).toBe(0);
      else expect(guess.confidence).toBeGreaterThan(0.2);
    });
  });

  it('covers at least 40 cases in 15 languages', () => {
    const all = [...SHORT_TURNS, ...REPLIES];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((c) => c[2]).filter(Boolean)).size).toBeGreaterThanOrEqual(15);
  });

  it('is more confident about a paragraph than about a short turn', () => {
    const short = guessLanguage('What time is it?');
    const long = guessLanguage(REPLIES[0]![1]);
    expect(long.code).toBe('en');
    expect(long.confidence).toBeGreaterThan(short.confidence);
    expect(long.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('lets the dominant script decide a mixed text and lowers the confidence', () => {
    const pure = guessLanguage('東京は日本の首都で、とても大きな都市です。');
    const mixed = guessLanguage('東京は日本の首都で、とても大きな都市です。Tokyo is the capital.');
    expect(mixed.code).toBe('ja');
    expect(mixed.confidence).toBeLessThan(pure.confidence);
  });

  it('never throws and stays fast on huge or odd input', () => {
    const randomUnicode = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 0xffff)).join('');
    const inputs = [
      'a'.repeat(1_000_000),
      'The cat sat on the mat. '.repeat(45_000),
      ' '.repeat(1_000_000),
      randomUnicode,
      '\uD800\uDC00\uD800',
      '\uDBFF',
      '\u0301\u0301 e\u0301',
      "'''' ''' l'",
      '```\n' + 'x = 1\n'.repeat(100_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      const guess = guessLanguage(text);
      expect(performance.now() - started).toBeLessThan(100);
      expect(guess.confidence).toBeGreaterThanOrEqual(0);
      expect(guess.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('detectLanguages', () => {
  const view = (role: 'user' | 'assistant', text: string) => new TurnView({ id: role, role, text });

  it('guesses both sides', () => {
    const signal = detectLanguages(view('user', 'Wie spät ist es?'), view('assistant', 'It is a quarter past three in the afternoon.'));
    expect(signal.user.code).toBe('de');
    expect(signal.reply.code).toBe('en');
  });

  it('has no user guess without a user turn', () => {
    const signal = detectLanguages(null, view('assistant', 'Hello there, how can I help you today?'));
    expect(signal.user).toEqual({ code: null, confidence: 0, script: null });
    expect(signal.reply.code).toBe('en');
  });

  it('reads the prose, not the code, of a reply that is mostly code', () => {
    const code = '```python\n' + 'def berechne(zahlen):\n    # Gibt die Summe der Zahlen zurück\n    return sum(zahlen)\n'.repeat(200) + '```';
    const signal = detectLanguages(view('user', 'Schreib mir eine Funktion'), view('assistant', `${code}\n\nThis function returns the sum of the numbers you pass to it.`));
    expect(signal.reply.code).toBe('en');
  });
});
