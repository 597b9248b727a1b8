/**
 * Contexts that change how a risky phrase reads, and markers of intent, concealment, distress and age.
 * Contexts are looked for around a match only when its cue asks for them; markers are found like cues.
 */
import type { ContextLexicon, MarkerCue } from './risk-types';

export const CONTEXTS: readonly ContextLexicon[] = [
  {
    context: 'official',
    scope: 'before',
    patterns: [
      "<(office|work|business|campaign|official|public|press|constituency|district office|customer service|support|main|general|corporate|headquarters)> (phone|number|email|e-mail|address|line|hotline|contact|mailing address)",
    ],
  },
  {
    context: 'computing',
    scope: 'window',
    patterns: [
      '<(python|java|javascript|typescript|node(\\.?js)?|npm|rust|golang|ruby|php|perl|bash|zsh|shell|terminal|console|command line|cli|linux|ubuntu|debian|unix|macos|windows|powershell|cmd|docker|containers?|kubernetes|kubectl|k8s|pods?|process(es)?|pids?|threads?|daemons?|cron|task manager|activity monitor|servers?|database|sql|postgres|mysql|mongo(db)?|redis|quer(y|ies)|scripts?|programs?|code|coding|functions?|api|apps?|application|browser|tabs?|chrome|firefox|safari|vs ?code|git|github|repo|branch|commit|compile|compiler|deploy\\w*|pipeline|cpu|ram|memory leak|port|sockets?|sigterm|sigkill|sigint|systemctl|services?|htop|loop|recursion|variables?|arrays?|json|html|css|react|vue|angular|django|flask|jvm|gpu|cuda|vm|instances?|ec2|aws|azure|gcp|excel|spreadsheet|macros?|vba|nodes?|regex|unit tests?|debug\\w*|stack trace|exception|runtime|backend|frontend|dom|elements?|components?|widgets?|emacs|vim|jupyter|notebook|pandas|numpy|dataframe|subprocess|fork|spawn|signal handler|endpoint|webhook|cluster|replica|microservice|sql server|stored procedure|orm|npm|pip|cargo)>',
    ],
  },
  {
    context: 'photography',
    scope: 'window',
    patterns: [
      '<(photos?|photograph\\w*|pictures?|pics|cameras?|lens(es)?|portraits?|headshots?|photoshoot|film(ing)?|videos?|footage|dslr|mirrorless|iso|aperture|shutter|exposure|tripod|studio|lighting|wedding|models?|b-roll|vlog|youtube|tiktok|instagram|reels?|cinematograph\\w*|drone|golden hour|bokeh|raw files?|lightroom|photoshop|portfolio|photographer)>',
    ],
  },
  {
    context: 'cooking',
    scope: 'window',
    patterns: [
      '<(recipes?|cook(ing)?|bak(e|ing)|oven|stove|kitchen|eggs?|batter|dough|meat|steak|chicken|fish|salmon|lobsters?|crabs?|shrimp|pork|beef|lamb|turkey|onions?|garlic|vegetables?|veggies|knife skills|cutting board|chop(ping)?|dic(e|ing)|minc(e|ing)|fillet|filet|marinat\\w*|grill(ing)?|bbq|barbecue|roast(ing)?|fry(ing)?|sauce|dinner|lunch|breakfast|meals?|dish(es)?|cuisine|chef|pans?|skillet|wok|cream|whisk|mixer|blender|flavou?r|spic(e|y)|seasoning)>',
    ],
  },
  {
    context: 'sports',
    scope: 'window',
    patterns: [
      '<(gym|workouts?|work out|exercis\\w*|weightlifting|squats?|bench press|deadlifts?|cardio|marathon|sprint|football|soccer|basketball|baseball|softball|hockey|tennis|golf|volleyball|rugby|cricket|boxing|kickboxing|mma|ufc|wrestling|martial arts|karate|judo|jiu-?jitsu|bjj|sparring|fencing|archery|billiards|darts|bowling|dodgeball|hoops|dunk|layup|free throw|penalty kick|referee|playoffs|tournament|league|debate|trivia|quiz|spelling bee|bake ?sale|karaoke|dance (battle|performance|off)|pickleball|badminton|ping pong|table tennis|lacrosse|water polo|sparring partner)>',
    ],
  },
  {
    context: 'games',
    scope: 'window',
    patterns: [
      "<(video ?games?|games?|gaming|gamer|minecraft|fortnite|roblox|gta( ?v| 4| 5)?|grand theft auto|call of duty|cod warzone|warzone|counter-?strike|cs:?go|cs2|valorant|overwatch|apex legends|pubg|halo|skyrim|elden ring|dark souls|zelda|pokemon|mario( kart)?|the sims|league of legends|dota|world of warcraft|runescape|among us|dnd|dungeons (and|&) dragons|tabletop|npcs?|boss (fight|battle|level)|final boss|level \\d+|quests?|respawn|spawn|pvp|pve|multiplayer|mobs?|creepers?|xbox|playstation|ps[45]|nintendo|chess|checkers|board game|card game|poker|paintball|airsoft|laser tag|nerf|stardew|terraria|dayz|assassin's creed|red dead|the last of us|resident evil|mortal kombat|street fighter|smash bros|tekken|sniper elite|battlefield|rainbow six|tarkov|dead by daylight|cluedo|murder mystery party|town of salem|secret hitler|werewolf game|ingame|in-game|speedrun\\w*)>",
    ],
  },
  {
    context: 'pests',
    scope: 'window',
    patterns: [
      '<(weeds|weeding|pests?|bugs?|insects?|ants|roach(es)?|cockroach(es)?|mice|mouse|rats?|rodents?|termites?|fleas?|ticks?|lice|bed ?bugs?|mosquito(e?s)?|flies|fly|fruit flies|wasps?|hornets?|spiders?|aphids?|slugs?|snails?|moles?|gophers?|raccoons?|squirrels?|pigeons?|bacteria|germs|mou?ld|mildew|fungus|fungi|algae|lawn|garden|gardening|plants?|crops?|trees?|stumps?|grubs?|moths?|silverfish|scorpions?|snakes?|worms?|invasive species|vermin|infestation|exterminator)>',
    ],
  },
  {
    context: 'fiction',
    scope: 'turn',
    patterns: [
      "<(stor(y|ies)|novel|novella|fiction|fictional|fanfic|fan fiction|screenplay|scene|chapter|characters?|villain|antagonist|protagonist|hero(ine)?|plot|plotline|storyline|narrative|roleplay|role-play|rp|poem|poetry|lyrics|movie|movies|films|short film|a film|the film|my film|this film|film script|tv show|my book|a book|thriller|mystery|horror|crime novel|dnd|dnd campaign|rpg campaign|tabletop campaign|fantasy campaign|game master|world-?building|short story|creative writing|writing prompt|comic|manga|anime|stage play|script for|screenwriter|audiobook|murder mystery|whodunit|sci-?fi|fantasy (world|novel|story)|in-universe|in the story|in my story|in my novel|my character)>",
    ],
  },
  {
    context: 'history',
    scope: 'window',
    patterns: [
      '<(history|historical|historically|century|centuries|ancient|medieval|(15|16|17|18|19|20)\\d\\ds?|wwi|wwii|ww1|ww2|world war|civil war|cold war|holocaust|nazi germany|third reich|roman|romans|empire|dynasty|napoleon|hitler|stalin|mao|genghis|pol pot|khmer rouge|revolution|colonial|slavery|battle of|assassination of|why did|how did|what happened|happened (in|at|during)|was (he|she|it|they) ~2 (killed|shot|murdered|assassinated|executed)|the (attack|bombing|massacre|genocide) (on|of|in)|hiroshima|nagasaki|pearl harbor|the 9/11 attacks|oklahoma city bombing|tokyo subway|aum shinrikyo)>',
    ],
  },
  {
    context: 'defensive',
    scope: 'window',
    patterns: [
      "<(protect(ing)?|prevent(ing|ion)?|defend(ing)? (myself|ourselves|yourself|themselves|against|my|our)|defen[cs]e against|detect(ing|ion)?|spot(ting)?|recogni[sz]e|recogni[sz]ing|identify|identifying|look out for|watch out for|be aware of|aware|awareness|warning signs?|signs (of|that)|red flags?|safe from|stay safe|keep (myself|my \\w+|them|him|her|us|our \\w+) safe|secure (my|our)|securing|report(ing)?|victim|survivor|what to do if|what should i do|in case|mitigat\\w*|patch(ing)?|harden(ing)?|train (my |our )?(staff|employees|team|students)|security training|security awareness|teach (my )?(kids|children|students|daughter|son)|avoid (being|getting) (scammed|hacked|phished|robbed|mugged|attacked|stalked|tracked|doxx?ed|groomed|poisoned|kidnapped|targeted|followed|catfished|conned|ripped off)|shoplifters|store owner|shop owner|loss prevention|(i|we) (own|run|operate|manage) (a|an|the|my|our)|how (do|can|should) (i|we) (stop|deal with|respond to|handle|report|protect)|how to (stop|deal with|respond to|handle|report|protect)|is this a scam|scammer (is|was|called|texted)|someone (is|was) (trying|threatening))>",
    ],
  },
  {
    context: 'educational',
    scope: 'window',
    patterns: [
      "<(why (is|are|was|were) ~3 (harmful|wrong|offensive|dangerous|racist|problematic|hurtful|bad|bigoted|hateful)|why (it|this|that|these|those|they)('s|'re| is| are| was| were) ~2 (harmful|wrong|offensive|dangerous|racist|problematic|hurtful|bad|bigoted|hateful)|analy[sz](e|is|ing)|critique|critically|academic|research(ing)?|paper (on|about)|essay (on|about)|thesis|dissertation|for (my|a) (class|course|lecture|seminar|thesis)|definition|define|meaning of|history of|examples? of ~4 (and|to) (explain|discuss|analy[sz]e)|debunk\\w*|counter-?arguments?|respond to|rebut\\w*|refut\\w*|fact-?check\\w*|why do (people|some people|they|extremists|groups)|how (do|does|did) ~3 (recruit|radicali[sz]e|spread|work|happen)|talk (to|with) ~3 about|explain ~3 to (my )?(kids|children|son|daughter|students|teen)|sex ed(ucation)?|puberty|age-appropriate|body safety|consent education|prevention program|is it (okay|ok|normal) (that|for|to))>",
    ],
  },
  {
    context: 'help-seeking',
    scope: 'before',
    patterns: [
      "<(stop|stopping|don't|dont|do not|can't|cannot|never|avoid|cope|coping|deal with|overcome|get over|resist|fight|get help|talk (to|about)|helping (a |my )?(friend|someone|him|her|them|partner|son|daughter|kid|child|student)|support|prevent|recover|recovery|hotline|crisis line|988|therapist|therapy|counsell?or|urges?|thoughts of|what should i do|feel like|feeling)>",
    ],
  },
  {
    context: 'own-property',
    scope: 'before',
    patterns: [
      "<((my|our) own|i own|we own|locked (myself )?out|lost (my|the) (keys?|password)|forgot (my|the) (own )?(password|passcode|pin|code|combination)|my (car|house|home|apartment|phone|laptop|computer|pc|account|wi-?fi|network|router|server|website|site|device|iphone|android|email|gmail|instagram|facebook|safe|lock|door|system|systems|app|lab|test (server|environment))|our (company's |company |)(server|network|systems?|website|app|infrastructure)|authori[sz]ed|with permission|penetration test|pen-?test|ctf|capture the flag|bug bounty|home lab|homelab)>",
    ],
  },
  {
    context: 'negated',
    scope: 'before',
    patterns: [
      "<(don't|do not|dont|never|wouldn't|would not|won't|will not|not going to|not gonna|didn't|did not|can't|cannot|no longer|not trying to|not planning to|not asking (how|for)|i'm not|im not|i am not)>",
    ],
  },
  {
    context: 'excluded',
    scope: 'adjacent',
    patterns: ['(not|no|without|non|nothing|never|avoid|avoiding|less|minimal|skip|excluding|instead of)'],
  },
  {
    context: 'someone-else',
    scope: 'before',
    patterns: [
      "(he|she|they|someone|somebody|my \\w+|a (man|guy|woman|stranger|coworker|classmate)|people) ~2 <(threatened|threatens|tried|tries|wants|wanted|said|says|told me|is going|was going|plans|planned|promised|keeps (saying|threatening|trying)|used|uses|tells|told|makes)> ~3 (to|that|he|she|they|me|jokes?|racist)",
      '<(why do|why does|why did|how do|how does|how did)> (people|someone|they|he|she|terrorists|criminals|kids|teens|men|women|some people)',
    ],
  },
  {
    context: 'emergency',
    scope: 'window',
    patterns: [
      '<(accidentally|by accident|accidental|swallowed|ate some|ate a|drank some|got into|poison control|emergency|911|999|112|er|is (he|she|it|my \\w+) going to be (ok|okay|alright)|what do i do|right now)>',
    ],
  },
];

export const MARKERS: readonly MarkerCue[] = [
  {
    marker: 'intent',
    label: 'evade-detection',
    patterns: [
      "without (getting |being )?<(caught|detected|noticed|traced|tracked|arrested|found out|seen|suspected)>",
      '(so|so that|and) <(no one|nobody|noone|the police|the cops|cops)> ~2 (finds? out|knows?|notices?|suspects?|traces? (it|me)|catch(es)? me|finds? me)',
      '<(avoid|evade|escape|avoiding|evading)> (detection|getting caught|being caught|suspicion|the police|the cops|arrest|forensics)',
      '(leave|leaving|without leaving) <no (trace|traces|evidence|fingerprints|dna|marks)>',
      '<cover (my|our|your) tracks>',
      "(get|getting|got) <away with (it|murder|killing|stealing|theft|rape|fraud|a crime|crimes|hit and run|manslaughter)>",
      "<(untraceable|undetectable|untraceably|undetectably)>",
      "(make sure|ensure|guarantee) ~3 <(dies|die|dead|kills?|doesn't survive|never wakes up|can't (be )?(saved|revived))>",
      "(so|so that) (i|we) can <(steal|rob|hurt|kill|scam|cheat|hack|stalk|blackmail|kidnap|poison|rape|shoot|stab)>",
      '<(revenge|get back at|payback)>',
      "<(burner (phone|account|email)|fake (identity|name) so)>",
    ],
  },
  {
    marker: 'concealment',
    label: 'hide-from-others',
    patterns: [
      "without (him|her|them|anyone|anybody|my \\w+|his \\w+|her \\w+|their \\w+|people|others|the owner|the person) <(knowing|noticing|finding out|seeing|suspecting|realizing|realising|consent|permission|knowledge|agreeing)>",
      '<(secretly|covertly|in secret|behind (his|her|their|my \\w+\'s) back)>',
      "(so|so that) (he|she|they|my \\w+|nobody|no one|others|people|anyone) <(doesn't|don't|won't|can't|wouldn't|will not|does not|do not|never)> (know|notice|find out|see|suspect|realize|realise|tell)",
      'without <making it (obvious|noticeable)>',
      '<(hide|hiding|keep|keeping)> (it |this |that )?(from|secret from) (my )?(parents|mom|dad|mum|family|everyone|others|husband|wife|partner|doctor|therapist|friends|teachers?)',
      "without (anyone|anybody|others|people|my \\w+) <(noticing|knowing|seeing|finding out)>",
    ],
  },
  {
    marker: 'distress',
    label: 'distress',
    patterns: [
      "<(lost my job|got fired|laid off|can't pay (rent|my rent|my bills|the bills)|cannot pay|evicted|broke up with me|dumped me|left me|hopeless|worthless|a burden|no one cares|nobody cares|no one would (care|notice|miss me)|all alone|so alone|so lonely|can't take (it|this) anymore|can't go on|had enough|i'm done|im done|i give up|nothing matters|nothing left|no way out|everyone hates me|failed everything|ruined my life|let everyone down|hate my life|hate myself|tired of (living|life|everything|being alive)|empty inside|can't do this anymore|lost everything|no future|end of my rope|at the end of my rope)>",
    ],
  },
  {
    marker: 'suicidal',
    label: 'suicidal',
    patterns: [
      "<(kill myself|killing myself|end my life|ending my life|take my own life|commit suicide|committing suicide|suicidal|want to die|wanna die|ready to die|end it all|unalive myself)>",
    ],
  },
  {
    marker: 'bio-hazard',
    label: 'bio-hazard',
    patterns: [
      '<(infect|infecting)> (a |the )?(person|people|someone|humans|many|others|a city|thousands)',
      '<(pathogens?|virus|viral|bacteria|bacterium|spores?|toxins?|contagious|transmissib\\w*|{CBRN_AGENT})>',
      '\\[<redacted>\\]',
    ],
  },
  {
    marker: 'content-request',
    label: 'content-request',
    patterns: [
      '(send|sending|show|showing|share|sharing|take|taking) (me )?(some )?<(nudes|naked (pics|photos|pictures)|nude (pics|photos|pictures)|pics of (herself|himself|yourself)|sexy (pics|photos|pictures))>',
      '<(write|writing|story|stories|roleplay|role-play|rp|describe|describing|scene|scenes|fanfic|fan fiction|poem|erotica|image|images|picture|pictures|pics|photos?|videos?|generate|draw|drawing|depict|depicting|sext|sexting|pretend|imagine|narrate|script|chat with me|act as|be my)>',
    ],
  },
  {
    marker: 'listing',
    label: 'listing',
    patterns: [
      '<(an ad|the ad|ads|advert|advertisement|listing|posting|classified|classifieds|roommate|roommates|tenant|tenants|renters?|applicants?|hiring|job post|job ad|job listing|looking for a|seeking a|candidates?|rental|apartment|room for rent|sublet)>',
    ],
  },
  {
    marker: 'minor-mention',
    label: 'minor-mentioned',
    patterns: ['<{MINOR}>', '(1[0-7]|[5-9])[- ]?<(years?[- ]?olds?|yr[- ]?olds?|yo)>'],
  },
  {
    marker: 'minor-age',
    label: 'stated-age-under-18',
    patterns: [
      "(i'm|im|i am|i just turned|turning) (a |only |just )?<(10|11|12|13|14|15|16|17|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)>(?=\\s*(?:years?|yrs?|yo\\b|y/o|and|but|so|now|,|\\.|!|\\?|;|\\)|$))",
      "(i'm|im|i am|i just turned) (a |only |just )?(1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]?<(years?[- ]?old|yr[- ]?old)>",
      "(i'm|im|i am) in (the )?<(5th|6th|7th|8th|9th|10th|11th|12th|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)> grade",
      "(i'm|im|i am) (a |still (a |in )?|in )?<(middle|high|junior high)>[- ]?school(er)?",
      "(i'm|im|i am) (a )?<(freshman|sophomore|junior|senior)> in high school",
      "<(my parents won't let me|my mom won't let me|my dad won't let me|i'm underage|im underage|i am underage|i'm a minor|im a minor|i am a minor|i'm a teen|im a teen|i am a teen|i'm a teenager|i am a teenager)>",
    ],
  },
];
