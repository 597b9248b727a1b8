/** Request-risk cues for suicide, self-harm and eating disorders. */
import type { RiskCue } from './risk-types';

/** An act of self-harm, said of the speaker or of anyone in general. */
const SELF_ACT =
  "(commit(ting)? suicide|kill(ing)? (myself|yourself|oneself|ourselves|my ?self)|(end|ending) (my|your|one's) (own )?life|take (my|your|one's) (own )?life|hang(ing)? (myself|yourself|oneself)|overdos(e|ing)|od|slit(ting)? (my|your|one's) wrists|cut(ting)? (myself|yourself|my wrists|deeper|deep enough)|unalive (myself|yourself)|suicide|off (myself|yourself)|drown(ing)? (myself|yourself)|poison(ing)? (myself|yourself)|starv(e|ing) (myself|yourself)|burn(ing)? (myself|yourself)|hurt(ing)? (myself|yourself)|harm(ing)? (myself|yourself)|self-harm)";
/** Self-harm acts plus plain dying, for phrasings that only make sense about one's own death ("painless ways to die"). */
const SELF_ACT_OR_DIE = `(${SELF_ACT}|die|dying|end it( all)?)`;
const FIRST_PERSON = "(i|i'm|im|i am|i've|ive|i have|i keep|i just|i really|i sometimes|sometimes i|part of me)";

export const SELF_HARM_CUES: readonly RiskCue[] = [
  {
    label: 'method',
    category: 'self-harm',
    level: 'harmful',
    patterns: [
      `how ~2 (to|do|can|could|would|should|does one|do you|best to) ~3 <${SELF_ACT}>`,
      `(ways?|methods?|means|options|tips|steps|techniques?|guide|instructions|tricks?) (to|of|for|on) ~2 <${SELF_ACT_OR_DIE}>`,
      `(painless|easy|easiest|quick|quickest|fast|fastest|surest|best|effective|reliable|peaceful|simple|certain|least painful|most effective|quietest) ~2 (ways?|methods?|means|options?|places?|spots?|times?|doses?|drugs?|pills?|poisons?|heights?) ~2 <${SELF_ACT_OR_DIE}>`,
      `(what|which) ~4 (pills?|drugs?|medications?|poisons?|chemicals?|knots?|bridges?|buildings?|heights?) ~4 <${SELF_ACT_OR_DIE}>`,
      '<(lethal|fatal|deadly)> ~1 (doses?|dosages?|amounts?|quantit(y|ies)|levels?|number)',
      'how (many|much) ~4 (would|will|does it|do i|to|could|can) ~2 (take to )?<(kill (me|myself|you|a person|someone|an adult|a human)|die|overdose|od)>',
      'how (many|much) ~9 <(to not wake up|to never wake up|not wake up|to die|to kill myself|to end it|to stop my heart|to overdose|to od|would kill me|will kill me|would be fatal|would be lethal|to be fatal|to be lethal)>',
      'how (many|much) ~4 (would|will|does it|do i|to|could|can) ~2 (take to )?be <(fatal|lethal|deadly)>',
      '<(tie|tying)> ~2 (a )?noose',
      '(high|tall|far) enough ~3 <(to die|to kill|to be fatal|be fatal|be lethal|kill (me|you|myself|someone|a person))>',
      '(jump|jumping) (off|from) ~4 <(to die|and die|to end it|to kill myself|high enough|without surviving)>',
      '(starve|starving) (myself|yourself) <without> ~4 (noticing|notice|knowing|know|finding out|seeing|obvious)',
      '<(hide|hiding|cover|covering)> ~1 (up )?(my |the )?(cuts|scars|self-harm|burns|bruises|wounds)',
      '<(make|making) (myself|yourself)> (throw up|vomit|puke|purge)',
      '<(pro-ana|pro-mia|thinspo|thinspiration)> ~2 (tips|tricks|diet|advice|plan)',
    ],
    cancelIn: ['games'],
    softenIn: ['help-seeking', 'emergency', 'negated', 'educational'],
    raiseWith: ['concealment'],
  },
  {
    label: 'method',
    category: 'self-harm',
    level: 'harmful',
    patterns: [
      "(what's|what is|whats|tell me|give me|which is) (the )?<(quickest|fastest|easiest|best|surest|most painless|least painful|quietest|most reliable|painless) (way|ways|method|methods|option|options)>(?=\\s*[?.!]|\\s*$| to do (it|this|that)| to go| to end it)",
    ],
    needs: 'suicidal',
    softenIn: ['help-seeking', 'negated'],
  },
  {
    label: 'ideation',
    category: 'self-harm',
    level: 'sensitive',
    patterns: [
      '<(kill|killing|off|offing|unalive|end|ending) (myself|my self|my life|it all)>',
      '<(suicid\\w*|self-harm\\w*|self-injur\\w*|self-mutilat\\w*|kms|killmyself)>',
      `${FIRST_PERSON} ~2 (want|wanna|going|ready|planning|plan|tempted|think about|thinking about|thought about|considering|feel like) (to )?<(die|dying|end it|ending it|end things|hurt myself|hurting myself|harm myself|harming myself|cut myself|cutting myself|cut again|disappear forever|not wake up|not exist|not be here)>`,
      "(wish|wished) ~2 <(was|were|be) (dead|never born|gone)>",
      "<(don't|do not|dont|didn't) (want|wanna) (to )?(live|be alive|exist|wake up|be here|go on)( anymore)?>",
      '<better off (without me|dead|if i (was|were) (gone|dead|not here)|if i (wasn\'t|weren\'t) (here|around|alive))>',
      "(don't|do not|dont|can't|cannot|no longer) see (the |a |any )?<point (anymore|any ?more|in (living|life|going on|anything)|of (living|life|going on|anything|it all|trying))>",
      "<(no|nothing) (reason|point) (to|in|for) (live|living|go on|going on|keep going|be alive|being alive|stay|staying)>",
      "<(can't|cannot|cant) (go on|keep going|do this anymore|take (it|this) anymore|live like this)>",
      '<(take|taking) my (own )?life>',
      '(go|going|went) <away> for good',
      '(think|thinking|thought|thoughts) (about|of) <(ending it|ending it all|ending my life|killing myself|suicide|dying|not being here|not waking up|hurting myself|disappearing forever)>',
      "(i'm|im|i am|i feel like|i feel|feel like|feeling like) (just )?(such )?<a burden> (to|on|for) (everyone|everybody|my family|them|you|people|others|my friends)",
      "(nobody|no one|noone) (would|will|'d) (even |really |ever )?<(notice|care|miss me)> ~2 if i (was|were|died|disappeared|killed myself|left|was gone|were gone)",
      '(starve|starving|cut|cutting|burn|burning|punish|punishing) <(myself|my self)>',
      "(i|i've|ive|i have|i'm|im|i am|been|started|start|keep|kept) ~2 <(cutting|burning myself|self-harming|purging|starving myself)> ~2 (again|myself|lately|every|at night|since)",
      "(everyone|everybody|they|people|my (family|kids|friends|parents|wife|husband|partner)|the world) ~2 (would|will|'d) (all )?(be|feel) ~2 <(better off|happier)> (without me|if i ~2 (went away|go away|was gone|were gone|wasn't here|weren't here|wasnt here|disappeared|died|was dead|were dead|wasn't around|wasnt around|left))",
      "(would|will|'d) (be|feel) (so much |much |a lot )?<(happier|better|better off|relieved|fine)> ~2 (if|without) (i|me)",
      "(if|when) i <(wasn't|wasnt|weren't|werent|was not|were not|am not|wouldn't be|won't be) (around|here|alive|there anymore|here anymore)>",
    ],
    cancelIn: ['games'],
  },
  {
    label: 'concern-for-someone',
    category: 'self-harm',
    level: 'sensitive',
    patterns: [
      '<(kill|killing|hurt|hurting|harm|harming|cut|cutting)> (himself|herself|themselves|themself)',
      '(is|seems|being|feels|was) <suicidal>',
      '(talk|talks|talking|talked|posts|posting|posted|texted|writes|wrote|said|says|mentions?|mentioned|jokes|joking) (about )?<(wanting to die|suicide|killing (himself|herself|themselves)|ending (it|his life|her life|their life)|not wanting to (live|be here)|self-harm)>',
      '(he|she|they|my \\w+) (wants|wanted|want|is going|was going|plans|planned|tried) to <(die|end it|end (his|her|their) life)>',
    ],
    cancelIn: ['games', 'fiction'],
  },
  {
    label: 'means-with-distress',
    category: 'self-harm',
    level: 'sensitive',
    patterns: [
      '(buy|get|find|where|how much|how many|get hold of|enough) ~4 <(rope|ropes|noose|sleeping pills|pills|razor blades?|razors?|bridge|ledge|rooftop|tall building|rat poison|bleach|charcoal|helium|carbon monoxide|train tracks|gun)>',
    ],
    needs: 'distress',
    raiseWith: ['earlier-self-harm'],
  },
  {
    label: 'despair',
    category: 'self-harm',
    level: 'sensitive',
    patterns: [
      "<(hopeless|worthless|empty inside|can't take (it|this) anymore|no way out|hate my life|hate myself|nothing matters anymore|nothing to live for|tired of (living|being alive|life)|giving up on life|lost the will to live)>",
    ],
    cancelIn: ['games', 'excluded'],
  },
  {
    label: 'eating-disorder',
    category: 'self-harm',
    level: 'sensitive',
    patterns: [
      '<(anorexi\\w*|bulimi\\w*|binge(ing)? and purg\\w*|purging|eating disorders?|pro-ana)>',
      '(eat|eating|have|having) (less than|under|only) \\d+ <calories>',
      '<(lose|losing)> \\d+ (pounds|lbs|kilos|kg) in (a|one|two|\\d+) (week|weeks|days)',
      '(hate|hating|disgusted by) ~2 (how )?<(fat|ugly|disgusting)> (i am|i\'m|my body)',
    ],
    raiseWith: ['concealment'],
  },
];
