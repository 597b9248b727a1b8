/** Request-risk cues for chemical, biological, radiological and nuclear agents. */
import type { RiskCue } from './risk-types';

export const CBRN_CUES: readonly RiskCue[] = [
  {
    label: 'agent-uplift',
    category: 'cbrn',
    level: 'harmful',
    patterns: [
      '{MAKE_AGENT} ~4 <{CBRN_AGENT}>',
      '<{CBRN_AGENT}> ~3 (synthesis|production|recipe|precursors?|weaponi[sz]ation|dispersal|delivery (system|method)|munitions?|mass production|cultivation|culturing|purification|extraction|yield|stabili[sz]ation)',
      '(make|making|render|rendering|engineer|engineering|modify|modifying|mutate|mutating|evolve|evolving) ~4 (more|most|highly|extra) <(transmissible|contagious|lethal|deadly|virulent|infectious|resistant to (vaccines?|antibiotics|treatment))>',
      '<(increase|increasing|enhance|enhancing|boost|boosting)> ~3 (its |the |their )?(transmissibility|virulence|lethality|pathogenicity|infectivity|airborne spread)',
      '<(aerosoli[sz]e|aerosoli[sz]ing|weaponi[sz]e|weaponi[sz]ing)>',
      '{MAKE_AGENT} ~4 <(bacteria|bacterium|virus|viruses|pathogens?|germs|a disease|diseases?|spores|toxins?)> ~5 to (infect|sicken|poison|kill|spread (it )?to|make ~2 sick) ~2 (others|other people|people|someone|a person|humans|my \\w+|everyone|a city|as many)',
    ],
    softenIn: ['negated'],
  },
  {
    label: 'pathogen-amplification',
    category: 'cbrn',
    level: 'harmful',
    patterns: [
      '<(create|creating|grow|growing|produce|producing|culture|culturing|amplify|amplifying|multiply|multiplying|cultivate|cultivating)> (a )?(enough|more|large (amounts|quantities)|lots|large batch|big batch) ~4 (to|of it|of them|for)',
      '(make|making) <enough> ~4 (to|of it|of them|for)',
      '(infect|sicken|poison|contaminate) ~3 (a |the )?<(as many|lots of|thousands of|hundreds of|city|water supply|food supply|crowd|stadium)>',
    ],
    needs: 'bio-hazard',
    softenIn: ['negated', 'defensive'],
  },
  {
    label: 'agent-topic',
    category: 'cbrn',
    level: 'sensitive',
    patterns: [
      '<{CBRN_AGENT}>',
      '<(gain-of-function|select agents?|biosafety level|bsl-?[34]|uranium enrichment|nerve agents?|chemical attacks?|bioterror\\w*|agroterror\\w*)>',
    ],
    cancelIn: ['games'],
  },
];
