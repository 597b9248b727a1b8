/** Request-risk cues for violence against people and animals, and for weapons. */
import type { RiskCue } from './risk-types';

const ANIMAL = "({THIRD_PARTY_OF}|my|the|a|our|neighbou?r's) ~1 (dog|cat|pets?|puppy|kitten|horse)";
const BODY_PART = '(skull|head|face|teeth|legs|arms|neck|kneecaps|knees|ribs|jaw|nose|throat|windpipe)( in)?';
const BUILDING =
  '(house|home|apartment|building|car|school|church|mosque|synagogue|temple|office|bank|plane|airplane|train|bridge|station|embassy|store|mall|bus|police station|government building|power plant|dam|stadium|hospital|clinic|courthouse|crowd|concert|parade)';

/** Verbs of physical harm on top of the vocabulary lists, for the few patterns that take both. */
const ANY_HARM_VERB = '({HARM_VERB}|{HARM_VERB_AMBIGUOUS})';

export const VIOLENCE_CUES: readonly RiskCue[] = [
  {
    label: 'harm-person',
    category: 'violence',
    level: 'harmful',
    patterns: [
      '{LEAD}<{HARM_VERB}> {PERSON}',
      `{LEAD}<${ANY_HARM_VERB}> (in )?{THIRD_PARTY_OF} ${BODY_PART}`,
      '{LEAD}(end|ending|terminat(e|ing)|tak(e|ing)) {THIRD_PARTY_OF} (own )?<life>',
      '{LEAD}(set|setting|light|lighting) {PERSON} on <fire>',
      '{LEAD}<(knock|knocking)> {PERSON} (out|unconscious)',
      "({AMBIGUOUS_PERSON}|the \\w+|that \\w+|this \\w+|{PERSON}) (that |who |whom )?(i'm|im|i am|i will|i'll|we're|we are) (going to|gonna|about to|planning to|plan to|want to) <({HARM_VERB}|kidnap|abduct)>",
      '<ransom (note|letter|demand|call|message)>',
      'how (much|many) ~5 (would|will|does it|to|could|can|it takes|does it take) ~2 <(kill|be lethal to|be fatal to|be deadly to|knock out)> (a |an )?((\\d+|\\w+)[- ](lb|lbs|pound|kg|year[- ]old) )?(man|woman|adult|child|kid|person|human|people|someone|him|her|my \\w+|a \\w+)',
    ],
    cancelIn: ['games'],
    softenIn: ['fiction', 'history', 'negated', 'someone-else', 'defensive'],
  },
  {
    label: 'harm-person',
    category: 'violence',
    level: 'harmful',
    patterns: ['{LEAD}<{HARM_VERB_AMBIGUOUS}> {PERSON}'],
    cancelIn: ['games', 'sports', 'photography'],
    softenIn: ['fiction', 'history', 'negated', 'someone-else', 'defensive'],
  },
  {
    label: 'harm-person',
    category: 'violence',
    level: 'harmful',
    patterns: [`{LEAD}<${ANY_HARM_VERB}> {AMBIGUOUS_PERSON}`],
    cancelIn: ['games', 'sports', 'photography', 'cooking', 'computing', 'pests'],
    softenIn: ['fiction', 'history', 'negated', 'someone-else', 'defensive'],
  },
  {
    label: 'harm-animal',
    category: 'violence',
    level: 'harmful',
    patterns: [`{LEAD}<(kill(ing)?|poison(ing)?|tortur(e|ing)|hurt(ing)?|drown(ing)?|shoot(ing)?|stab(bing)?)> ${ANIMAL}`],
    cancelIn: ['games'],
    softenIn: ['fiction', 'negated', 'emergency'],
  },
  {
    label: 'find-victim',
    category: 'violence',
    level: 'harmful',
    patterns: [
      '(find|hire|get|recruit|pick|choose|select) ~2 (people|someone|somebody|a person|victims?|targets?|a target) to <(kill|shoot|murder|stab|attack|hurt|kidnap|rape|rob|torture)>',
      '(hire|hiring|find|finding|pay|paying|contact|contacting) ~2 (a |an )?<(hit ?man|hitman|assassin|contract killer|someone to (kill|murder|hurt|beat up|take care of))>',
    ],
    cancelIn: ['games', 'photography'],
    softenIn: ['fiction', 'negated'],
  },
  {
    label: 'cover-up',
    category: 'violence',
    level: 'harmful',
    patterns: [
      '(dispos(e|ing) of|get rid of|getting rid of|hid(e|ing)|bury|burying|dissolv(e|ing)|dismember(ing)?|clean(ing)? up) ~2 (a |the |his |her |their |my )?(dead )?<(body|bodies|corpse|corpses)>(?!\\s+(?:fat|odou?r|hair|acne|heat|ache|aches|pain|weight|lotion|wash|spray|shop|kit|image|text|paragraph|copy|tag|element|of))',
      '(make|making) ~5 (look|seem|appear) like (a |an )?<(accident|suicide|natural causes|heart attack|overdose|robbery|break-in|self-defen[cs]e)>',
      "(make|making) {THIRD_PARTY_OF} ~1 (death|murder|killing|disappearance) (look|seem|appear) <(accidental|natural|like an accident)>",
      '<(untraceable|undetectable|odou?rless|tasteless)> ~2 (poisons?|toxins?|ways? to kill|murder weapons?)',
      '{LEAD}<(commit(ting)?|carry(ing)? out|plan(ning)?)> ~1 (a )?(murder|homicide|manslaughter|massacre|genocide|an assassination|a hate crime|a mass shooting|a school shooting|a shooting|a stabbing|an acid attack)',
      '{LEAD}(get|getting) away with <(murder|killing|manslaughter|a hit and run|hit and run|assault|rape)>',
    ],
    cancelIn: ['games'],
    softenIn: ['fiction', 'history', 'educational'],
  },
  {
    label: 'spike-drink',
    category: 'violence',
    level: 'harmful',
    patterns: [
      '<(poison(ing)?|spik(e|ing)|lac(e|ing)|drug(ging)?|roof(ie|ying))> ~1 ({THIRD_PARTY_OF}|a|the|my \\w+\'s) (food|drink|drinks|coffee|tea|water|meal|dinner|wine|beer|cocktail|soda)',
      '(slip|slipping|sneak|sneaking|put|putting|drop|dropping|give|giving|dose|dosing) ~1 ({PERSON}|his|her|their|someone\'s|my \\w+\'s) ~2 (a |an |some )?<(sedatives?|drugs?|pills?|roofies|xanax|ambien|benadryl|sleeping pills?|ghb|poison|laxatives?|tranquili[sz]ers?|rat poison|antifreeze)>',
    ],
    cancelIn: ['games'],
    softenIn: ['fiction', 'defensive', 'negated'],
  },
  {
    label: 'threat-of-violence',
    category: 'violence',
    level: 'harmful',
    patterns: [
      '<(shoot|shooting|bomb|bombing|attack|attacking|shoot up)> (my|the|our|a) (school|class|office|workplace|church|mosque|synagogue|mall|concert|campus)',
    ],
    cancelIn: ['games', 'sports'],
    softenIn: ['fiction', 'negated', 'history', 'someone-else', 'educational'],
  },
  {
    label: 'violent-act',
    category: 'violence',
    level: 'sensitive',
    patterns: [
      '<({HARM_VERB}|{HARM_VERB_AMBIGUOUS})> {PERSON}',
      '<(mass|school|church|mall|drive-by) (shootings?|shooters?|stabbings?)>',
      '<(behead(s|ed|ing)?|decapitat\\w+|dismember\\w*|disembowel\\w*|massacres|tortur(es|ed)|mutilat\\w+|impal(e|es|ed|ing)|eviscerat\\w+|bludgeon(s|ed|ing)?|slit (his|her|their) throat)>',
      '<(domestic violence|domestic abuse|self-defen[cs]e|torture|massacre|genocide|gore|gory|graphic violence|blood-?shed|street fight|mass murder|serial killer|hostage taking)>',
      '<(columbine|sandy hook|parkland|uvalde|virginia tech|christchurch|utoya|oklahoma city bombing|boston marathon bombing|pulse nightclub)> ~3 (shooting|massacre|attack|bombing|shooter|bomber)?',
      '<(murder|killing|torture|fight|battle|war|execution|stabbing|shooting)> (scene|sequence)',
      '<defend> (myself|yourself|oneself|ourselves) (against|from|if|when)',
    ],
    cancelIn: ['games', 'sports', 'photography', 'computing', 'excluded'],
  },
  {
    label: 'victim-of-violence',
    category: 'violence',
    level: 'sensitive',
    patterns: [
      '(my \\w+|he|she|they|someone|somebody|a (man|guy|woman|stranger)) (keeps? |always |often |sometimes |has |have )?<(hits?|hitting|beats?|beating|abuses?|abused|abusing|hurts?|hurting|threatens?|threatened|chokes?|choked|attacks?|attacked|assaulted|stalks?|stalked|stalking|follows?|followed|punched|slapped|kicked|shoved|pushed|raped|molested)> me',
      "<(scared|afraid|terrified)> ~4 (hurt|kill|attack|hit|beat) me",
      '(someone|somebody|a stranger|a man|a guy|an intruder|a person|people) ~3 <(breaking into|broke into|breaking in|hanging around|lurking|outside my (home|house|door|window|apartment)|following me)>',
    ],
  },

  {
    label: 'build-explosive',
    category: 'weapons',
    level: 'harmful',
    patterns: [
      '{MAKE} ~4 <{EXPLOSIVE}>',
      '<{EXPLOSIVE}> ~2 (recipes?|instructions|blueprints?|schematics?|designs?|tutorial|formula|ingredients|components)',
      '<remotely> (detonat\\w*|triggered|activated) ~2 (bombs?|devices?|explosives?|ieds?)',
      '(how much|how many|what amount of|enough) ~3 <({EXPLOSIVE}|gunpowder|black powder)> ~6 (to|would|do i need|needed|destroy|kill|level|blow)',
      '(procure|buy|get|obtain|acquire) ~3 (enough )?<{EXPLOSIVE}>',
    ],
    cancelIn: ['games'],
    softenIn: ['negated', 'history'],
  },
  {
    label: 'attack-place',
    category: 'weapons',
    level: 'harmful',
    patterns: [
      `{LEAD}<(blow(ing)? up|bomb(ing)?|burn(ing)? down|torch(ing)?|set fire to|setting fire to|derail(ing)?)> ~2 ({THIRD_PARTY_OF}|a|the|my|his|her|their|someone's|that|this|an|our) ~1 ${BUILDING}`,
    ],
    cancelIn: ['games'],
    softenIn: ['fiction', 'history', 'negated'],
  },
  {
    label: 'illegal-firearm',
    category: 'weapons',
    level: 'harmful',
    patterns: [
      '<(ghost|untraceable|unregistered|unserialized|un-serialized|homemade|home-made|zip|3d-printed|printed|diy)> (guns?|firearms?|pistols?|rifles?|(ar-15|ar15)s?|receivers?|lowers?|glocks?|weapons?)',
      '<(convert\\w*|modify\\w*|turn\\w*)> ~4 (to|into) ~1 (full-?auto|fully automatic|automatic|machine guns?|select fire)',
      '{MAKE} ~2 <(auto sears?|drop-in auto sears?|lightning links?|bump stocks?|silencers?|suppressors?|solvent traps?|switch(es)? for (a )?glock|glock switch(es)?)>',
      '<(file|filing|remov(e|ing)|scratch(ing)?|grind(ing)?|obliterat(e|ing))> ~2 (the )?serial numbers?',
      '(buy|get|acquire|obtain) ~3 <(guns?|firearms?|weapons?|pistols?|rifles?|ammo|ammunition)> ~3 without ~2 (a )?(background checks?|licen[cs]e|permit|id|paperwork|anyone knowing|records?)',
      '{MAKE} ~3 <(guns?|firearms?|pistols?|rifles?|shotguns?|weapons?|crossbows?|flamethrowers?)> ~3 to (kill|hurt|shoot|attack|murder)',
      '(3d-print(ing)?|print(ing)?|mak(e|ing)|build(ing)?) ~2 <(guns?|firearms?|pistols?|rifles?|receivers?|lowers?|weapons?)> ~5 (won\'t|will not|wouldn\'t|doesn\'t|that can\'t|undetectable|without (a )?serial|untraceable|show up|get (past|through)|metal detectors?)',
      '3d-print(ing)? ~2 <(guns?|firearms?|pistols?|receivers?|lowers?)>',
      '<(undetectable|plastic|ceramic)> (guns?|firearms?|knives|knife|weapons?)',
    ],
    cancelIn: ['games'],
    softenIn: ['negated'],
  },
  {
    label: 'weapons-topic',
    category: 'weapons',
    level: 'sensitive',
    patterns: [
      '<(guns?|firearms?|handguns?|pistols?|rifles?|revolvers?|shotguns?|ammo|ammunition|caliber|calibre|(ar-15|ar15)s?|(ak-47|ak47)s?|glocks?|concealed carry|ccw|open carry|gun (laws?|control|safe|safety|range|show)|hunting (rifles?|license)|crossbows?|tasers?|pepper spray|body armou?r|bulletproof vests?|machine guns?|sniper rifles?|silencers?|suppressors?)>',
      '<({EXPLOSIVE}|missiles?|warheads?|bombings?|munitions)>',
    ],
    cancelIn: ['games', 'sports', 'computing', 'photography'],
  },
];
