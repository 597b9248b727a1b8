/** Request-risk cues for illegal drugs: making, buying and selling them, and harm-reduction topics. */
import type { RiskCue } from './risk-types';

const MANUFACTURABLE =
  '(meth|methamphetamine|crystal meth|crack cocaine|cocaine|heroin|fentanyl|fentanyl analogs?|carfentanil|mdma|ecstasy|lsd|dmt|ghb|pcp|ketamine|amphetamines?|opium|morphine|desomorphine|krokodil|mescaline|drugs|narcotics|synthetic (opioids|cannabinoids))';
const MAKE_DRUG =
  '(mak(e|es|ing)|cook(s|ing)?|synthesi[sz](e|es|ing)|produc(e|es|ing)|manufactur(e|es|ing)|extract(s|ing)?|brew(s|ing)?|refin(e|es|ing)|purif(y|ies|ying)|isolat(e|es|ing)|recipe for|instructions for|steps for|formula for|precursors? for|lab for|set up a lab for)';
/** Drugs with no legal retail source, so asking where to get them is asking for an illegal purchase. */
const ILLICIT_DRUG =
  '(meth|methamphetamine|crystal meth|crack cocaine|crack rocks?|cocaine|heroin|fentanyl|mdma|ecstasy|lsd|dmt|ghb|pcp|roofies|rohypnol|krokodil|drugs|narcotics|shrooms|magic mushrooms)';
const PRESCRIPTION_DRUG =
  '(xanax|oxy|oxys|oxycodone|oxycontin|percocets?|percs|hydrocodone|vicodin|adderall|ritalin|vyvanse|valium|klonopin|ativan|benzos|tramadol|codeine|morphine|dilaudid|ketamine|steroids|opioids|painkillers|pain pills|sleeping pills)';

export const DRUG_CUES: readonly RiskCue[] = [
  {
    label: 'drug-manufacture',
    category: 'drugs',
    level: 'harmful',
    patterns: [
      `${MAKE_DRUG} ~3 <${MANUFACTURABLE}>`,
      '<(cook|cooking)> ~2 (crack|rocks|dope|a batch)',
      '<(grow|growing|cultivat(e|ing)|harvest(ing)?)> ~2 (opium )?(poppies|coca|coca leaves)',
    ],
    cancelIn: ['games'],
    softenIn: ['negated', 'history', 'educational'],
  },
  {
    label: 'drug-acquisition',
    category: 'drugs',
    level: 'harmful',
    patterns: [
      `(where|how|who|best way|help me|want to|wanna|need to|trying to|somewhere to) ~4 (buy|get|score|find|order|purchase|source|cop|pick up|get hold of|get my hands on) ~3 (some |a gram of |an eight-?ball of |a bag of |a few )?<${ILLICIT_DRUG}>`,
      `(buy|get|score|order|purchase|source|cop) ~3 <${PRESCRIPTION_DRUG}> ~3 (without (a )?(prescription|script|doctor)|off the street|from a dealer|on the dark ?web|online without|illegally|no prescription)`,
      '(gram|grams|eight-?ball|ounce|oz|bag|baggie|line|lines|bump|key|kilo|brick) of <(coke|blow|snow|crack)>',
      '<(snort|snorting|shoot up|shooting up|inject|injecting|smoke|smoking)> ~2 (coke|cocaine|heroin|meth|crack|fentanyl|ketamine|oxy|xanax|adderall)',
    ],
    cancelIn: ['games'],
    softenIn: ['negated', 'help-seeking', 'educational', 'fiction'],
  },
  {
    label: 'drug-dealing',
    category: 'drugs',
    level: 'harmful',
    patterns: [
      `{LEAD}<(sell(ing)?|distribut(e|ing)|ship(ping)?|mail(ing)?|smuggl(e|ing)|traffic(king)?|cut(ting)?|lac(e|ing))> ~2 (drugs|weed|coke|cocaine|heroin|meth|pills|fentanyl|mdma|molly|ecstasy|lsd|acid|xanax|oxy|percs|narcotics|${PRESCRIPTION_DRUG})`,
      '{LEAD}<(become|becoming|start(ing)?)> ~2 (a )?(drug dealer|dealer|dealing drugs|cartel|plug)',
      '<(hide|hiding|conceal(ing)?|stash(ing)?)> ~3 (drugs|weed|coke|cocaine|pills|meth|heroin) ~4 (from (the )?(police|cops|dogs|k9|drug dogs)|at (the )?(airport|border)|in (my|a|the) (car|luggage|suitcase|body))',
    ],
    cancelIn: ['games'],
    softenIn: ['negated', 'fiction', 'history', 'educational'],
  },
  {
    label: 'drug-use',
    category: 'drugs',
    level: 'sensitive',
    patterns: [
      `<(${ILLICIT_DRUG}|${PRESCRIPTION_DRUG}|heroin|methadone|suboxone|weed|marijuana|cannabis|thc|cbd|edibles|kratom|ayahuasca|psychedelics?|hallucinogens?|opioids?|opiates?|benzodiazepines?|nitrous|whippets|poppers|salvia|k2|vap(e|es|ing)|nicotine|psilocybin|ketamine|molly|acid trip|getting high|get high|stoned|drunk driving|binge drinking|underage drinking)>`,
      '<(crack (pipe|house|addict|addiction|head)|crackhead|smok(e|ing) crack|on crack)>',
      '<(overdos\\w*|naloxone|narcan|fentanyl test strips?|harm reduction|needle exchange|safe injection|withdrawals?|detox\\w*|rehab|addict\\w*|relaps\\w*|drug tests?|drug screens?|substance abuse)>',
      '<(smoke|smoking|roll|rolling)> ~1 (a )?(joint|blunt|bowl|pot|spliff)',
      "(i|i've|ive|i'm|im|my \\w+|he|she) ~2 <(drink|drinks|drinking)> ~4 (every (day|night|morning)|a bottle|bottles|too much|a lot|heavily|alone|to cope|to sleep|before work|at work|and drive)",
      '<(alcoholi\\w*|alcohol (abuse|addiction|withdrawal|poisoning|dependence)|drinking problem|blackout drunk|blacked out drinking|binge drink\\w*)>',
    ],
    cancelIn: ['games', 'pests'],
  },
];
