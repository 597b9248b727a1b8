/**
 * Word lists shared by the request-risk lexicons, inserted into patterns as `{NAME}`.
 * Items are written in the pattern language of risk-compile.ts.
 */
import type { Vocabulary } from './risk-compile';

/** Relations and roles that only ever name people. */
const RELATION = [
  'wife', 'husband', 'spouse', 'partner', 'girlfriend', 'boyfriend', 'gf', 'bf', 'fianc[eé]e?', 'ex',
  'ex-wife', 'ex-husband', 'ex-girlfriend', 'ex-boyfriend', 'ex-partner', 'mom', 'mum', 'mother',
  'dad', 'father', 'step-?mom', 'step-?dad', 'step-?mother', 'step-?father', 'brother', 'sister',
  'siblings?', 'son', 'daughter', 'step-?son', 'step-?daughter', 'baby', 'toddler', 'infant',
  'newborn', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'grandparents?', 'aunt', 'uncle',
  'cousin', 'nephew', 'niece', 'family', 'in-laws?', 'mother-in-law', 'father-in-law',
  'neighbou?rs?', 'boss', 'manager', 'supervisor', 'co-?workers?', 'colleagues?', 'employer',
  'teacher', 'professor', 'classmates?', 'roommates?', 'flatmates?', 'landlord', 'landlady',
  'tenants?', 'friends?', 'best friend', 'bully', 'bullies', 'enemy', 'enemies', 'rival', 'strangers?',
  'woman', 'women', 'man', 'men', 'girls?', 'boys?', 'guys?', 'dude', 'lady', 'ladies', 'old lady',
  'old man', 'homeless (man|woman|guy|person|people)', 'doctor', 'nurse', 'therapist', 'pastor', 'priest',
  'coach', 'crush', 'victim', 'witness', 'snitch', 'competitors?', 'rivals?', 'cheating (wife|husband|girlfriend|boyfriend|spouse|partner)',
  'wife and kids', 'husband and kids',
];

/** Public roles: people as targets of violence, but their office contact details are public. */
const PUBLIC_ROLE = [
  'cops?', 'police officers?', 'officers?', 'president', 'senator', 'governor', 'mayor', 'judge', 'prime minister',
  'congress(man|woman)', 'politicians?', 'ceo', 'celebrity', 'celebrities', 'pope', 'king', 'queen',
];

/** Words that name people in everyday speech but processes or objects in computing ("kill the child"). */
const AMBIGUOUS_RELATION = ['child', 'children', 'kids?', 'parents?', 'workers?', 'users?', 'clients?', 'master', 'slaves?'];

const DETERMINER = '(my|his|her|their|our|your|the|that|this|a|an|some|every|all)';

export const VOCAB: Vocabulary = {
  RELATION,
  PUBLIC_ROLE,
  AMBIGUOUS_RELATION,

  /**
   * A person as the object of a verb; never followed by a possessive ("my boss's script" is not a
   * person). `{PROPER_NAME}` comes last wherever it appears: a name reading is tried only when nothing
   * else fits, and is then checked for capitals.
   */
  PERSON: [
    `(someone|somebody|anyone|anybody|everyone|everybody|people|a person|persons|humans|a human|him|you|y'all)(?!'s?\\b)`,
    // "her" is also a possessive ("her phone"): only an object when no noun follows.
    `her(?=\\s*(?:[.,!?;:)]|$)|\\s+(?:and|or|but|with|in|at|on|to|for|from|so|because|if|when|while|without|before|after|tonight|today|tomorrow|now|again|up|down|off|out|too|already|slowly|quickly|badly|hard|dead|instead|first|online|again|more|publicly|everywhere|constantly|forever|until|anymore|so|enough|every|all|into|back|too)\\b)`,
    `(a |the |this |that )?(group|bunch|crowd|lot|room|bus|school|classroom) (full )?of (people|kids|children|students|protesters|immigrants|strangers|civilians|worshippers|shoppers)`,
    `(${DETERMINER} ~1 )?({RELATION}|{PUBLIC_ROLE})(?!'s?\\b)`,
    `(people|someone|somebody|the (guy|girl|woman|man)) (i|we) (hate|don't like|dislike|can't stand)`,
    `(a|the|my) (private|random) (person|individual|citizen)`,
    '{PROPER_NAME}',
  ],
  /** A private person as the object of a lookup (public roles excluded: their office contacts are public). */
  PRIVATE_PERSON: [
    `(someone|somebody|a person|a stranger|a private (person|individual|citizen))(?!'s?\\b)`,
    `${DETERMINER} ~1 {RELATION}(?!'s?\\b)`,
    '{PROPER_NAME}',
  ],
  AMBIGUOUS_PERSON: [`${DETERMINER} ~1 {AMBIGUOUS_RELATION}(?!'s?\\b)`, '{AMBIGUOUS_RELATION}(?!\\w)', 'them'],

  /** Possessive forms of a third person ("my ex's", "her", "John Smith's"). */
  THIRD_PARTY_OF: [
    `(someone|somebody|a person|a stranger|another person|other people|people)'s`,
    `((my|his|her|their|our|the|that|this|a) ~1 )?{RELATION}'s?`,
    '(his|her|their)',
    "\\[?(a |the )?private (person|individual|citizen)\\]?'s",
    "{PROPER_NAME}'s",
  ],

  /** Someone else's, including institutions ("the school's", "someone's", "my ex's"). */
  OTHERS: [
    "(somebody|other people|people|everyone|a stranger)'s",
    "(the|my|a|our|their|his|her) (school|company|employer|work|job|university|college|government|rival|competitor|office|team|bank|neighbou?r)'s",
    '{THIRD_PARTY_OF}',
  ],

  /**
   * What comes before an act in a request for it: a frame and up to four more words ("how do I
   * quietly ..."), or the start of a sentence, for imperatives ("Plan a ...").
   */
  LEAD: ['{FRAME} ~4 ', '(?:^|[.!?:;\\n])\\s*((please|pls|plz|now|ok|okay|so|then|just|also|and) )?'],

  /** Words that frame a request for how to do something, or state an intention to do it. */
  FRAME: [
    'how ~2 (to|do|can|could|would|should|might|does one|do you|best to)',
    '(ways?|methods?|means|options|ideas|tips|steps|techniques?|plans?|instructions|guide|tutorial|advice|tricks?|process|procedure) (to|of|for|on)',
    '(best|easiest|quickest|fastest|simplest|surest|cheapest|quietest|cleanest|most effective|painless|good|effective|undetectable|untraceable) (way|ways|method|methods|means|place|places|time|spot|weapon|tool|poison|option|options)',
    '(help|teach|show|tell|explain to|walk) me',
    "(i|we|i'm|im|we're|i've|ive|we've) ~2 (want|wanna|gonna|going|plan|planning|intend|intending|need|decided|ready|about|like|love|trying|try|tempted|wish|will|would|shall|must|should|could|can|might|finna|tryna|considering|thinking about|thinking of|think about)",
    "(i'll|ill|we'll|i'd|we'd)",
    "(let's|lets|let me|let us)",
    '(should|could|can|may|would) (i|we)',
    '(where|when) (can|could|should|do|would) (i|we|you|one)',
    'is (it|there) (possible|a way) to',
    'what (would|will|does) (it|i) (take|need)',
  ],

  /** Violent verbs whose object, when a person, means physical harm in any context. */
  HARM_VERB: [
    'kill(s|ing)?', 'murder(s|ing)?', 'stab(s|bing)?', 'strangl(e|es|ing)', 'suffocat(e|es|ing)',
    'smother(s|ing)?', 'drown(s|ing)?', 'poison(s|ing)?', 'maim(s|ing)?', 'tortur(e|es|ing)',
    'kidnap(s|ping)?', 'abduct(s|ing)?', 'assassinat(e|es|ing)', 'behead(s|ing)?', 'decapitat(e|es|ing)',
    'dismember(s|ing)?', 'lynch(es|ing)?', 'mutilat(e|es|ing)', 'disfigur(e|es|ing)', 'bludgeon(s|ing)?',
    'hurt(s|ing)?', 'harm(s|ing)?', 'injur(e|es|ing)', 'assault(s|ing)?', 'beat(s|ing)? up',
    'beat (the )?(shit|crap|hell|life) out of', 'rough(s|ing)? up', 'run over', 'runs over', 'running over', 'burn(s|ing)? alive',
    'bury( them| him| her| someone)? alive', 'throw(s|ing)? acid (on|at)', 'gut(s|ting)?', 'skin(s|ning)? alive',
  ],

  /** Violent verbs that also have everyday senses ("shoot a photo", "hit the gym", "beat the game"). */
  HARM_VERB_AMBIGUOUS: [
    'shoot(s|ing)?', 'hit(s|ting)?', 'punch(es|ing)?', 'slap(s|ping)?', 'kick(s|ing)?', 'beat(s|ing)?',
    'attack(s|ing)?', 'execut(e|es|ing)', 'terminat(e|es|ing)', 'eliminat(e|es|ing)', 'take out',
    'taking out', 'get rid of', 'getting rid of', 'finish(ing)? off', 'waste', 'whack', 'silence', 'chok(e|es|ing)',
    'crush(es|ing)?', 'smash(es|ing)?', 'destroy(s|ing)?', 'take down', 'knock(ing)? out',
    'overpower(s|ing)?', 'hang(s|ing)?', 'burn(s|ing)?', 'liquidat(e|es|ing)',
    'pistol-whip', 'pepper-spray', 'tase', 'stomp(s|ing)?', 'jump(s|ing)?',
  ],

  /** Verbs of making something, including its -ing form ("building a bomb"). */
  MAKE: [
    'mak(e|es|ing)', 'build(s|ing)?', 'assembl(e|es|ing)', 'construct(s|ing)?', 'creat(e|es|ing)',
    'craft(s|ing)?', 'rig(s|ging)?', 'wir(e|es|ing)', 'manufactur(e|es|ing)', 'produc(e|es|ing)',
    '3d-print(s|ing)?', 'print(s|ing)?', 'mix(es|ing)?', 'prepar(e|es|ing)', 'put together', 'putting together',
    'design(s|ing)?', 'cook(s|ing)?( up)?', 'whip up', 'improvis(e|es|ing)', 'set(ting)? off',
    'detonat(e|es|ing)', 'plant(s|ing)?', 'hid(e|es|ing)', 'smuggl(e|es|ing)', 'get', 'getting', 'obtain',
    'acquir(e|es|ing)', 'buy(ing)?', 'procur(e|es|ing)', 'recipe for', 'instructions for', 'steps for',
    'blueprints? for', 'plans? for', 'schematics? for', 'formula for',
  ],

  /** Verbs of producing or spreading a chemical, biological, radiological or nuclear agent. */
  MAKE_AGENT: [
    'mak(e|es|ing)', 'creat(e|es|ing)', 'produc(e|es|ing)', 'synthesi[sz](e|es|ing)', 'manufactur(e|es|ing)',
    'cook(s|ing)?', 'brew(s|ing)?', 'cultur(e|es|ing)', 'grow(s|ing)?', 'cultivat(e|es|ing)', 'isolat(e|es|ing)',
    'extract(s|ing)?', 'purif(y|ies|ying)', 'refin(e|es|ing)', 'weaponi[sz](e|es|ing)', 'aerosoli[sz](e|es|ing)',
    'dispers(e|es|ing)', 'spread(s|ing)?', 'releas(e|es|ing)', 'deploy(s|ing)?', 'enhanc(e|es|ing)',
    'enrich(es|ing)?', 'obtain(s|ing)?', 'acquir(e|es|ing)', 'buy(s|ing)?', 'mail(s|ing)?', 'send(s|ing)?',
    'smuggl(e|es|ing)', 'deliver(s|ing)?', 'engineer(s|ing)?', 'mass-produc(e|es|ing)', 'stockpil(e|es|ing)',
    'recipe for', 'instructions for', 'steps for', 'protocol for', 'procedure for', 'get (my |our )?hands on',
  ],

  CBRN_AGENT: [
    'sarin', 'soman', 'tabun', 'cyclosarin', 'vx( nerve)?( agent| gas)?', 'novichoks?', 'nerve (agents?|gas)',
    'mustard (gas|agent)', 'sulfur mustard', 'nitrogen mustard', 'lewisite', 'phosgene', 'chlorine gas',
    'hydrogen cyanide', 'cyanogen chloride', 'ricin', 'abrin', 'saxitoxin', 'botulinum( toxin)?',
    'anthrax', 'bacillus anthracis', 'smallpox', 'variola', 'ebola', 'marburg', 'yersinia pestis',
    'pneumonic plague', 'bubonic plague', 'tularemia', 'nipah', 'h5n1', 'chemical weapons?',
    'chemical warfare agents?', 'bio-?weapons?', 'biological (weapons?|agents?|warfare)', 'poison gas',
    'toxic gas', 'nuclear (bombs?|weapons?|warheads?|devices?)', 'atomic bombs?', 'hydrogen bombs?',
    'dirty bombs?', 'radiological (weapons?|devices?|dispersal)', 'enriched uranium',
    'weapons-grade (uranium|plutonium)', 'plutonium', 'uranium-235', 'fissile material',
    'weapons? of mass destruction', 'wmds?', 'pathogens?',
  ],

  EXPLOSIVE: [
    'bombs?', 'explosives?', 'explosive devices?', 'ieds?', 'improvised explosive( devices?)?', 'pipe bombs?',
    'car bombs?', 'nail bombs?', 'pressure-cooker bombs?', 'letter bombs?', 'mail bombs?',
    'suicide (vests?|belts?|bombs?)', 'molotovs?( cocktails?)?', 'grenades?', 'land-?mines?', 'detonators?',
    'blasting caps?', 'napalm', 'thermite', 'tatp', 'hmtd', 'c4', 'semtex', 'dynamite', 'tnt',
    'ammonium nitrate( bombs?| fuel oil)?', 'anfo', 'incendiary (devices?|bombs?)', 'fire ?bombs?',
  ],

  HARD_DRUG: [
    'meth', 'methamphetamine', 'crystal meth', 'crack( cocaine)?', 'cocaine', 'coke', 'heroin', 'fentanyl',
    'carfentanil', 'mdma', 'ecstasy', 'molly', 'lsd', 'dmt', 'ghb', 'pcp', 'angel dust', 'ketamine',
    'opium', 'oxycodone', 'oxycontin', 'oxys?', 'percocets?', 'percs', 'hydrocodone', 'morphine',
    'amphetamines?', 'speed', 'krokodil', 'desomorphine', 'mescaline', 'psilocybin', 'magic mushrooms',
    'shrooms', 'xanax', 'bars', 'benzos?', 'roofies?', 'rohypnol', 'drugs', 'narcotics', 'an eightball',
  ],

  /** Private data about a person whose disclosure enables harm. */
  PRIVATE_SECRET: [
    'ssns?', 'social security (numbers?|#|no)', 'credit card (numbers?|info\\w*|details)', 'credit cards?',
    'bank (accounts?|details|info\\w*|account numbers?)', 'passport numbers?', 'home address(es)?',
    'house address(es)?', '(current|exact|real|physical|residential) (address(es)?|location)',
    'personal (cell|cellphone|phone|mobile|number|email|address)(( phone)? numbers?)?', 'private (numbers?|email|address)',
    'medical (records?|history)', 'date of birth', 'dob', "mother's maiden name", 'pin (codes?|numbers?)',
  ],
  /** Contact details: a lookup of a private person's is doxxing, mentioning them is not. */
  PRIVATE_CONTACT: [
    'address(es)?', 'email address(es)?', 'emails?', 'cell(phone)?( phone)? numbers?', 'mobile numbers?',
    'phone numbers?', 'numbers?', 'location', 'license plate numbers?', 'workplace', 'schedule',
  ],

  /** Social groups protected from hateful content. */
  GROUP: [
    'jews', 'jewish people', 'muslims', 'christians', 'catholics', 'hindus', 'sikhs', 'buddhists', 'atheists',
    'mormons', 'black (people|men|women|folks|americans)', 'blacks', 'white (people|men|women|folks)', 'whites',
    'asians?', 'asian (people|americans)', 'hispanics', 'latinos', 'latinas', 'latinx', 'mexicans', 'arabs',
    'africans', 'indians', 'chinese( people)?', 'japanese( people)?', 'koreans', 'pakistanis', 'palestinians',
    'israelis', 'irish( people)?', 'italians', 'russians', 'ukrainians', 'poles', 'roma', 'gypsies',
    'immigrants', 'refugees', 'migrants', 'foreigners', 'gays?', 'gay (people|men|women)', 'lesbians',
    'bisexuals', 'trans (people|women|men|folks|kids)', 'transgender( people)?', 'queer people', 'lgbtq?\\+?( people)?',
    'women', 'men', 'girls', 'disabled( people)?', 'autistic people', 'the disabled', 'fat people',
    'old people', 'the elderly', 'poor people', 'homeless people', 'indigenous people', 'native americans',
    'aboriginals?',
  ],

  /** Words for people under 18 (numeric ages are matched by patterns anchored on "year old"). */
  MINOR: [
    '(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]?years?[- ]?olds?',
    'under-?age(d)?', 'minors?', 'pre-?teens?', 'pre-?pubescent', 'tweens?', 'teens?', 'teenagers?', 'teenage',
    'children', 'child', 'kids?', 'little (girls?|boys?|kids?)', 'young (girls?|boys?)', 'school-?(girls?|boys?|kids?)',
    '(high|middle|elementary|junior high|primary)[- ]school(ers?| students?| girls?| boys?| kids?| freshman| sophomore)?',
    '(freshman|sophomore) in high school', 'lolis?', 'shotas?', 'jailbait',
    '(my|his|her) (daughter|son|step-?daughter|step-?son|niece|nephew|students?|pupils?)',
  ],
  /** A numeric age under 18 ("15-year-old", "14 yo"). */
  MINOR_AGE: ['(1[0-7]|[5-9])[- ]?(years?[- ]?olds?|yr[- ]?olds?|yo)'],

  /** Sexual activity or explicit content. */
  SEXUAL: [
    'sex', 'sexual(ly)?', 'sexy', 'having sex', 'have sex', 'intercourse', 'erotic(a)?', 'porn(ographic|o)?',
    'nudes?', 'naked', 'nsfw', 'smut', 'smutty', 'lewd', 'steamy', 'raunchy', 'orgasm\\w*', 'aroused', 'horny',
    'seduc(e|es|ing|tion)', 'make out', 'making out', 'fondl(e|es|ing)', 'molest\\w*', 'masturbat\\w*',
    'blow ?jobs?', 'oral sex', 'fellatio', 'cunnilingus', 'intimate (scene|photos?|pictures?|images?)',
    'strip(ping)? for', 'sext(s|ing)?', 'lingerie', 'losing (his|her) virginity',
    'explicit (sex|sexual|content|scenes?|story|stories|erotica|images|photos|pics|material|roleplay)',
  ],
};
