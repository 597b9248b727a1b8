/** Request-risk cues for hateful content, harassment of people, and violent extremism. */
import type { RiskCue } from './risk-types';

const HATEFUL_ADJECTIVE =
  '(racist|sexist|homophobic|antisemitic|anti-semitic|transphobic|islamophobic|bigoted|xenophobic|misogynist(ic)?|ableist|hateful|offensive ethnic)';
const HATEFUL_GENRE =
  '(jokes?|slurs?|insults?|memes?|rants?|essays?|posts?|content|songs?|poems?|chants?|tweets?|comments?|names|remarks|stereotypes|propaganda|pickup lines)';
const DEHUMANISING_TRAIT =
  '(inferior|subhuman|sub-human|animals|vermin|parasites|rats|cockroaches|scum|savages|evil|a disease|a plague|a cancer|filth|trash|dirty|criminals|rapists|terrorists|pedophiles|groomers|mentally ill|not human|genetically inferior|less intelligent|dumber|worthless|the problem|ruining (this|our|the) country|taking over|replacing us|greedy|lazy|violent by nature|stupid|too stupid|dumb|idiots|incapable|unfit|property|objects|too emotional|genetically|born criminals|a virus)';

const EXTREMIST_GROUP =
  '(isis|isil|the islamic state|islamic state|daesh|al-?qaeda|al-?qaida|al-?shabaab|boko haram|hamas|hezbollah|hizbollah|the taliban|taliban|kkk|the kkk|ku klux klan|neo-?nazis?|the nazi party|atomwaffen|proud boys|the proud boys|aryan brotherhood|aryan nations|jihadis|jihadists|the jihad|lashkar-e-taiba|jemaah islamiyah|(a|an|the) (white nationalist|white supremacist|neo-?nazi|jihadist|islamist|terrorist|extremist|armed|far-right|far-left) (group|organi[sz]ation|militia|movement|cell|gang|network)|(white nationalist|white supremacist|neo-?nazi|jihadist|islamist|terrorist|extremist|far-right|far-left) (groups|organi[sz]ations|militias|movements|cells|gangs|networks)|a militia)';

const TARGETED = '({AMBIGUOUS_PERSON}|{PERSON})';

export const HATE_CUES: readonly RiskCue[] = [
  {
    label: 'hateful-content',
    category: 'hate',
    level: 'harmful',
    patterns: [
      `(write|tell|give|list|make|generate|create|come up with|share|need|want|send|hit me with|some|more|best|funniest|hilarious|original|good|top|new|dirty|edgy|dark|worst) ~6 <${HATEFUL_ADJECTIVE}> ${HATEFUL_GENRE}`,
      '(list|give|write|tell|say|use|teach|what are|some|best) ~4 (racial |ethnic |homophobic |the )?<(slurs?|n-word|f-slur)> ~2 (for|about|against|to call|to use)',
      `{GROUP} (are|is) ~2 <${DEHUMANISING_TRAIT}>`,
      '{GROUP} (should|must|need to|deserve to|ought to|have to) ~2 be <(killed|exterminated|eradicated|wiped out|gassed|deported|expelled|banned|sterili[sz]ed|enslaved|segregated|rounded up|locked up|put (in|into) camps|sent (to|into) camps|shot|hanged|lynched|burned|purged|cleansed)>',
      '{GROUP} (should|must|deserve to|ought to) <(die|suffer|disappear|go back)>',
      "{GROUP} (should|must|shouldn't|should not|must not|mustn't|shouldn't be|should not be) ~3 <(allowed|vote|marry|exist|have rights|adopt|immigrate|own property)>",
      '<(deny|denying|denies|disprove)> ~2 the holocaust',
      '<holocaust> (never happened|was (a hoax|fake|exaggerated|a lie|made up))',
      '<(prais(e|ing)|glorif(y|ying)|celebrat(e|ing)|honou?r(ing)?)> ~3 (hitler|the holocaust|the nazis|nazis|the kkk|slavery|genocide|ethnic cleansing|9/11|the (christchurch|buffalo|el paso|charleston|pittsburgh|utoya|columbine) (shooter|shooting|attack|massacre))',
    ],
    softenIn: ['educational', 'history', 'fiction', 'negated', 'someone-else'],
  },
  {
    label: 'discriminatory-listing',
    category: 'hate',
    level: 'harmful',
    patterns: ['(no|not|only|exclusively|prefer) ~1 <{GROUP}>( only| need apply| applicants| tenants| candidates| renters| allowed| please)?'],
    needs: 'listing',
    softenIn: ['educational', 'negated'],
  },
  {
    label: 'hate-topic',
    category: 'hate',
    level: 'sensitive',
    patterns: [
      `<${HATEFUL_ADJECTIVE}> ${HATEFUL_GENRE}`,
      `(are|is|why are|aren't) {GROUP} ~2 <${DEHUMANISING_TRAIT}>`,
      '<(hate speech|racism|racist|racists|sexism|homophobi\\w*|transphobi\\w*|antisemit\\w*|anti-semit\\w*|islamophobi\\w*|xenophobi\\w*|bigot\\w*|white supremac\\w*|ethnic cleansing|genocide|apartheid|racial segregation|slurs?|n-word|stereotypes?|discriminat\\w*|misogyn\\w*|dehumani[sz]\\w*|hate crimes?|conversion therapy|eugenics|holocaust deni\\w*)>',
      '(by|and|vs|versus|across|between|of) ~2 <(race|races|ethnicity|ethnicities|ethnic groups?|religion|religions)>',
      '<(race|ethnicity|ethnic groups?)> (and|vs|versus) (iq|intelligence|crime|criminality)',
    ],
    cancelIn: ['games', 'computing', 'sports'],
  },

  {
    label: 'harass-person',
    category: 'harassment',
    level: 'harmful',
    patterns: [
      `{LEAD}<(taunt|bully|humiliat(e|ing)|harass|torment|belittl(e|ing)|intimidat(e|ing)|threaten|blackmail|extort|stalk|cyberbull(y|ying)|dox|doxx|swat|gaslight|manipulat(e|ing)|guilt-trip|terrori[sz](e|ing)|scar(e|ing))(s|es|ed|ing|ping|ming)?> ${TARGETED}`,
      `{LEAD}(write|writing|draft|drafting|compose|composing|send|sending|craft|crafting|make|making) ~4 (a |an |some )?<(threatening|threat|intimidating|harassing|menacing|hateful|abusive|humiliating|degrading)> (message|letter|email|text|note|post|comment|voicemail|dm|review|messages|letters|emails|texts|notes|posts|comments)`,
      `(write|draft|compose|send|craft) ~4 (a |an |some )?<(nasty|mean|insulting|cruel|hurtful|vicious)> (message|letter|email|text|note|post|comment|voicemail|dm|messages|texts|posts|comments) (to|for|about) ~2 ${TARGETED}`,
      '(play|plays|playing|prey|preys|preying|exploit|exploits|exploiting|use|using) on ~5 <insecurit(y|ies)>',
      '(make|making) {PERSON} <(feel (worthless|stupid|ugly|fat|like (shit|crap|garbage|nothing|a failure))|cry|kill (himself|herself|themselves)|hate (himself|herself|themselves)|suicidal|want to die)>',
      '<(spread|spreading|start|starting)> ~2 (rumou?rs?|lies|a lie|gossip|fake stories) (about|that|so|to)',
      '{LEAD}(get|getting|gets) ({PERSON}) <(fired|expelled|suspended|kicked out|arrested)>',
      "(make|making) {THIRD_PARTY_OF} <life> (a )?(living )?(hell|miserable|unbearable)",
      "<(i know|we know|i found out|i'll find out) where (you|she|he|they) (lives?|live|work|works|sleeps?|goes to school)>",
      "(you|she|he|they)('d| had|d) better <watch (out|(your|her|his|their) back)>",
      "<(you'll|you will|she'll|he'll|they'll) (regret|pay for) (this|it|that)>",
      '<(ruin|ruining|destroy|destroying|tank|tanking|sabotage|sabotaging)> {THIRD_PARTY_OF} (life|reputation|career|marriage|relationship|business|restaurant|shop|store|company|brand|channel|account|grades|chances)',
      '(post|posting|share|sharing|publish|publishing|leak|leaking) ~3 {THIRD_PARTY_OF} <(address|phone number|nudes|secrets|private (messages|photos|information))>',
    ],
    cancelIn: ['games'],
    softenIn: ['fiction', 'negated', 'defensive', 'educational', 'someone-else'],
  },
  {
    label: 'conflict-with-person',
    category: 'harassment',
    level: 'sensitive',
    patterns: [
      '<(revenge|get back at|payback|retaliat\\w*)> ~3 (on |against )?(my \\w+|{PERSON})',
      '<(bullied|bullying|harass(ed|ing|ment)|cyberbull\\w*|stalker|stalking|stalked|doxx?(ed|ing)|trolling|gaslighting|being threatened|blackmailed|extorted)>',
      '(make|making) ~3 look <(bad|stupid|incompetent|like an idiot|like a fool)>',
      '(make|making) ~3 <(lose (their|his|her) job|get fired)>',
    ],
    cancelIn: ['games'],
  },

  {
    label: 'extremist-support',
    category: 'extremism',
    level: 'harmful',
    patterns: [
      `{LEAD}<(join(ing)?|support(ing)?|fight(ing)? for|donat(e|ing) to|fund(ing)?|pledg(e|ing) allegiance to|travel(ing)? to (syria|iraq|afghanistan) to join)> ~2 ${EXTREMIST_GROUP}`,
      `(recruit\\w*|propaganda|pamphlets?|flyers?|leaflets?|posters?|manifestos?|speech|posts?|videos?|tweets?|slogans?|messages?|content|materials?|convince|persuade|encourage|radicali[sz]e|get) ~8 (join|joining|support|supporting|into|for|glorif\\w+|prais\\w+|promot\\w+) ~3 <${EXTREMIST_GROUP}>`,
      '{LEAD}<(plan(ning)?|carry(ing)? out|commit(ting)?|organi[sz](e|ing)|launch(ing)?|stag(e|ing))> ~2 (a |an )?(terror(ist)? attack|act of terror(ism)?|jihad|suicide bombing|bombing|mass shooting|attack on (the |a )?(government|capitol|parliament|police|jews|muslims|christians|immigrants))',
      '<(incit(e|ing)|stir(ring)? up|provok(e|ing)|start(ing)?|foment(ing)?)> ~2 (violence|a riot|riots|a race war|a civil war|an uprising|an insurrection|insurrection|genocide|a pogrom|attacks) (against|among|on|between)',
      '(write|create|draft|make) ~4 <(manifesto)> ~4 (like|in the style of|for) ~3 (the )?(shooter|bomber|unabomber|attacker|terrorist)',
    ],
    cancelIn: ['games'],
    softenIn: ['educational', 'history', 'fiction', 'negated', 'defensive'],
  },
  {
    label: 'political-agitation',
    category: 'extremism',
    level: 'sensitive',
    patterns: [
      '(stir|stir up|stoke|fuel|inflame|foment|incite|spark|drive) ~3 <(anti-\\w+|unrest|resentment|hatred|outrage|division|radicali[sz]ation|uprising)> ~3 (sentiment )?(among|against|in|toward|towards)',
    ],
  },
  {
    label: 'extremism-topic',
    category: 'extremism',
    level: 'sensitive',
    patterns: [
      `<${EXTREMIST_GROUP}>`,
      '<(extremis\\w*|radicali[sz]\\w*|terroris\\w*|terrorist|terror attacks?|jihad\\w*|white nationalis\\w*|accelerationis\\w*|eco-?terror\\w*|militias?|insurrection\\w*|fascis\\w*|nazis?|nazism|neo-?nazi\\w*|manifesto|lone wolf|great replacement|replacement theory|suicide bomb\\w*|martyrdom operations?)>',
    ],
    cancelIn: ['games'],
  },
];
