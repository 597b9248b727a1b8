/** Request-risk cues for sexual content, sexual content involving minors, and non-consensual acts. */
import type { RiskCue } from './risk-types';

const AGE_ANCHOR = '(1[0-7]|[5-9])[- ]?<(years?[- ]?olds?|yr[- ]?olds?|yo)>';

export const SEXUAL_CUES: readonly RiskCue[] = [
  {
    label: 'abuse-material',
    category: 'sexual-minors',
    level: 'harmful',
    patterns: [
      '<(child|children|kiddie|kid|kids|underage|teen|teens|preteen|pre-teen|loli|lolis|shota|minor|minors)> ~1 (porn\\w*|nudes?|naked (pics|photos|pictures|images|videos)|sex (videos?|tapes?|pics?|images?)|hentai|erotica)',
      '<(csam|cp links|child sexual abuse (material|images|videos|content))>',
      '{LEAD}<(groom(ing)?|lur(e|ing)|molest(ing)?|seduc(e|ing)|sleep(ing)? with|have sex with|hook(ing)? up with)> ~2 (a |an |the |my |this |that |some )?{MINOR}',
      `{LEAD}(groom(ing)?|lur(e|ing)|molest(ing)?|seduc(e|ing)|sleep(ing)? with|have sex with|hook(ing)? up with) ~2 (a |an |the |my |this |that |some )?${AGE_ANCHOR}`,
    ],
    softenIn: ['defensive', 'educational', 'negated'],
  },
  {
    label: 'minor-predation',
    category: 'sexual-minors',
    level: 'harmful',
    patterns: [
      '{LEAD}((\\w+) ){0,5}<{MINOR}> ~6 {SEXUAL}',
      `{LEAD}((\\w+) ){0,5}${AGE_ANCHOR} ~6 {SEXUAL}`,
      '(unsupervised|alone|private|one-on-one|secret) (access|time) (to|with) ~2 (a |the |some )?<{MINOR}>',
      '{LEAD}(get|getting|gain|gaining|have|having|find|finding) ~4 <(unsupervised|alone time|private time|one-on-one time)> ~2 (with|to) ~2 {MINOR}',
      "{LEAD}(get|getting|make|making|convince|convincing|persuade|persuading|teach|teaching) ~3 (a |an |the |my |this |that )?({MINOR}|(1[0-7]|[5-9])[- ]?(years?[- ]?olds?|yr[- ]?olds?|yo)( (girl|boy|kid|neighbou?r|student))?) ~4 to <(trust me|like me|keep (it|this|that|a|our) secret|keep secrets|not tell|meet (me|up with me)|come (over|to my)|visit me alone|send me|sit on my lap|sleep over|get in my car)>",
    ],
    softenIn: ['defensive', 'educational', 'negated'],
  },
  {
    label: 'isolating-a-child',
    category: 'sexual-minors',
    level: 'sensitive',
    patterns: [
      '(get|getting|be|being|spend|spending|have|having) ~2 <(alone|alone time|one-on-one time|time alone)> with ~2 (her|him|them|{MINOR})',
      "(get|getting|take|taking|lure|luring|bring|bringing) (her|him|them|the (kid|child|girl|boy)|my \\w+'s (kid|child|daughter|son)) <alone>",
      '(come|coming|go|going|visit|visiting|stay|staying|sleep over|spend the night) ~4 <(alone|without (her|his|their) parents)>',
    ],
    needs: 'minor-mention',
    raiseWith: ['concealment', 'intent'],
    softenIn: ['defensive', 'negated'],
  },
  {
    label: 'minor-sexual-context',
    category: 'sexual-minors',
    level: 'sensitive',
    patterns: [
      '{SEXUAL} ~6 <{MINOR}>',
      '<{MINOR}> ~6 {SEXUAL}',
      `{SEXUAL} ~6 ${AGE_ANCHOR}`,
      `${AGE_ANCHOR} ~6 {SEXUAL}`,
    ],
    raiseWith: ['content-request', 'intent', 'concealment'],
    softenIn: ['defensive', 'educational', 'negated'],
  },
  {
    label: 'child-safety-topic',
    category: 'sexual-minors',
    level: 'sensitive',
    patterns: [
      '<(pedophil\\w*|paedophil\\w*|child (sexual )?abuse|child molest\\w*|child predators?|online predators?|sexual predators?|age of consent|child exploitation|child trafficking|sextortion of (minors|teens|kids))>',
      '<groom(ing|ed|s)?> ~4 {MINOR}',
      '{MINOR} ~4 (being |was |is )?<groom(ing|ed)>',
    ],
  },
  {
    label: 'non-consensual',
    category: 'sexual',
    level: 'harmful',
    patterns: [
      '{LEAD}<(rap(e|ing)|sexually assault(ing)?|grop(e|ing)|roof(ie|y|ying)|drug(ging)?|force (her|him|them|someone) (to|into))> {PERSON}',
      '<(get|getting) (her|him|them|a girl|a woman|a guy|my date|my \\w+) (drunk|high|wasted|blackout drunk)> ~4 (sleep with|have sex|hook up|so (she|he|they)(\'ll| will| would| can\'t))',
      '{SEXUAL} ~4 <without> ~2 (her |his |their )?(consent|permission|knowing|knowledge)',
      '(leak|leaking|post|posting|share|sharing|send|sending|spread|spreading|sell|selling|find|finding|get|getting|make|making|generate|generating|create|creating) ~3 <(nudes?|naked (pics|photos|pictures|images)|nude (pics|photos|pictures|images)|sex tapes?|intimate (photos|images|videos|pictures))> ~2 of ~2 (my ex|a classmate|my classmate|a coworker|my coworker|a celebrity|an actress|{PERSON}|\\w+)',
      '<(deepfakes?|deep fakes?|undress\\w*|nudify\\w*|nudif(y|ied|ying)|face-?swap\\w*)> ~4 (nudes?|naked|porn\\w*|sex\\w*|explicit|undress\\w*|clothes off)',
      '<undress(ing)?> ~2 (this (photo|picture|image|pic|girl|woman)|the (photo|picture|image|girl|woman)|{PERSON})',
      '(post|posting|share|sharing|leak|leaking|upload|uploading|spread|spreading|distribute|distributing) ~3 <revenge porn>',
      "<(film|filming|record|recording|photograph|photographing|videotape|take (pictures|photos|pics|videos?) of|spy on|spying on|peep on|watch|watching)> ~4 (in the shower|showering|undressing|getting changed|changing|naked|nude|in the bathroom|in the changing room|in the locker room|while (she|he|they) (sleeps|showers|changes|undresses))",
    ],
    cancelIn: ['games'],
    softenIn: ['defensive', 'educational', 'negated', 'fiction', 'history'],
  },
  {
    label: 'sexual-violence-topic',
    category: 'sexual',
    level: 'sensitive',
    patterns: [
      '<(rape|raped|raping|rapist|sexual assault|sexually assaulted|sexual abuse|sexually abused|sexual harassment|sexually harassed|revenge porn|sextortion|sextorted|molested|molestation)>',
    ],
  },
  {
    label: 'sexual-content',
    category: 'sexual',
    level: 'sensitive',
    patterns: ['<{SEXUAL}>'],
    cancelIn: ['excluded'],
    raiseWith: ['minor-age'],
  },
  {
    label: 'sexual-health',
    category: 'sexual',
    level: 'sensitive',
    patterns: [
      '<(penis|penises|vagina|vaginas|vulva|clitoris|testicles?|erections?|erectile|ejaculat\\w*|condoms?|contracepti\\w*|birth control|morning-after pill|plan b|stds?|stis?|herpes|chlamydia|gonorrh?oea|gonorrhea|syphilis|hpv|libido|sex drive|virginity|puberty|sex ed(ucation)?|foreplay|kink\\w*|bdsm|fetish\\w*|polyamor\\w*|threesomes?|sex toys?|vibrators?|dildos?)>',
    ],
  },
  {
    label: 'romantic-roleplay',
    category: 'sexual',
    level: 'sensitive',
    patterns: [
      '<(roleplay|role-play|role play|roleplaying|role-playing|pretend|pretending)> ~4 (to be |being |you are |you\'re |as )?(my )?(girlfriend|boyfriend|wife|husband|lover|partner|crush|date|waifu|husbando|sugar daddy|mistress)',
      '<(cuddl(e|ing)|kiss(ing)?|snuggl(e|ing))> ~4 (in )?first[- ]person',
    ],
  },
];
