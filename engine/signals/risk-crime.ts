/** Request-risk cues for property crime and fraud, computer intrusion and malware, and privacy. */
import type { RiskCue } from './risk-types';

const STEAL_OBJECT =
  "(a |an |the |some |someone's |his |her |their |people's )?(a car|cars|someone's car|a bike|bikes|money|cash|a wallet|wallets|a purse|purses|identit(y|ies)|someone's identity|credit cards?|credit card (numbers|info\\w*|details)|packages|catalytic converters?|gas|electricity|jewelry|a phone|phones|laptops?|from (a|the|my|his|her|work|stores?|shops?|walmart|target|my employer|my job|the register|cash registers?|neighbou?rs?|my parents|my mom|my dad|my boss|the company|people|tourists|old people|the elderly|a church))";
const DOCUMENT =
  "(signatures?|documents?|checks?|cheques?|passports?|ids?|driver'?s licen[cs]es?|licen[cs]es|prescriptions?|doctor'?s notes?|sick notes?|medical records?|receipts?|invoices?|diplomas?|degrees?|transcripts?|pay ?stubs?|bank statements?|visas?|green cards?|vaccination cards?|vaccine cards?|birth certificates?|tax returns?|(w2|w-2)s?)";
const SOMEONE_ELSES = "({THIRD_PARTY_OF}|(a|my|the) (doctor|boss|teacher|parent|mom|dad|landlord|employer|professor)'s|another person's|someone else's)";
const ACCOUNT =
  '(accounts?|email|emails|gmail|inbox|instagram|insta|facebook|fb|snapchat|snap|whatsapp|tiktok|twitter|icloud|phone|iphone|android|computer|laptop|pc|network|wi-?fi|router|server|servers|database|system|systems|website|site|webcam|camera|cameras|messages|texts|dms|bank account|paypal|venmo|discord|steam account|school portal|grades)';
const ANY_OWNER = '(a|an|the|this|that|some|any|{OTHERS})';
const MALWARE =
  '(malware|ransomware|keyloggers?|key loggers?|trojans?|spyware|stalkerware|rootkits?|botnets?|remote access trojans?|backdoors?|computer virus(es)?|computer worms?|infostealers?|info stealers?|credential (stealers?|harvesters?)|password stealers?|cryptojackers?|ddos (tools?|scripts?|bots?)|zero-?day exploits?|exploit kits?|phishing (emails?|pages?|sites?|websites?|kits?|campaigns?|messages?|links?|templates?|texts?|sms)|fake login pages?|scam (emails?|messages?|texts?|scripts?|calls?|sites?))';
const PERSON_TARGET = '({AMBIGUOUS_PERSON}|{PERSON})';
const LOOKUP =
  "(find|finding|look up|looking up|give me|tell me|what|what's|whats|does|is|provide|list|return|gather|search|dig up|track down|know|need|send me|share)";

export const CRIME_CUES: readonly RiskCue[] = [
  {
    label: 'theft',
    category: 'crime',
    level: 'harmful',
    patterns: [
      `{LEAD}<(steal(ing)?|shoplift(ing)?|pickpocket(ing)?|rob(bing)?|burglari[sz](e|ing)|loot(ing)?)> ${STEAL_OBJECT}`,
      '{LEAD}<(shoplift(ing)?|pickpocket(ing)?|pick(ing)? pockets?|embezzl(e|ing)|burglari[sz](e|ing))>',
      "{LEAD}<(rob(bing)?|hold(ing)? up|stick(ing)? up|break(ing)? into|burgl(e|ing))> ~1 (a|the|that|this|my neighbou?r's|his|her|their|someone's|an) ~1 (bank|store|shop|house|home|apartment|car|gas station|jewelry store|liquor store|pharmacy|atm|safe|vault|locker|office|building|museum|warehouse|vending machine|person|old (lady|man))",
      '{LEAD}<(hotwir(e|ing)|jimmy(ing)?)> ~2 (a |the |that |this )?(car|vehicle|truck|motorcycle|ignition)',
      "{LEAD}<(pick(ing)?|bump(ing)?|shim(ming)?)> ~1 (a |the )?(lock|locks|door|deadbolt|padlock) ~3 (of|on|at|to) ~2 (someone|somebody|my neighbou?r|a neighbou?r|his|her|their|a house|someone's|my (ex|roommate|landlord|coworker)|the (house|apartment|office))",
      '(so (that )?(i|we) can|in order to|to help me) <(steal|rob|shoplift|break in|break into|scam|swindle|defraud)>',
    ],
    cancelIn: ['games', 'sports'],
    softenIn: ['fiction', 'defensive', 'negated', 'own-property', 'history'],
  },
  {
    label: 'fraud',
    category: 'crime',
    level: 'harmful',
    patterns: [
      `{LEAD}<(forg(e|ing)|fak(e|ing)|falsif(y|ying)|doctor(ing)?|counterfeit(ing)?)> ~2 (a |an |the |some |my |his |her |their |${SOMEONE_ELSES} )?${DOCUMENT}`,
      `{LEAD}(copy(ing)?|replicat(e|ing)|imitat(e|ing)|mak(e|ing)|creat(e|ing)|print(ing)?|alter(ing)?|photoshop(ping)?|edit(ing)?|trac(e|ing)) ~1 (a |an |some )?(fake |false |fraudulent |counterfeit |forged |${SOMEONE_ELSES} )<${DOCUMENT}>`,
      "(buy|get|order|make|print|create|obtain|need|use|using|sell|selling|where|generate|write|draft|produce|forge|give me|make me) ~3 <(fake|forged|counterfeit|fraudulent)> (ids?|passports?|driver'?s licen[cs]es?|doctor'?s notes?|prescriptions?|diplomas?|degrees?|money|bills|currency|cash|checks?|cheques?|vaccination cards?|vaccine cards?|documents|pay ?stubs?|bank statements?|green cards?|social security cards?)",
      '{LEAD}<counterfeit(ing)?> ~2 (money|bills|currency|cash|\\$\\d+ bills|twenties|hundreds|designer \\w+)',
      '{LEAD}<commit(ting)?> ~1 (fraud|insurance fraud|tax fraud|wire fraud|bank fraud|mail fraud|welfare fraud|identity theft|credit card fraud|a crime|crimes|a robbery|burglary|arson|perjury|forgery|embezzlement)',
      '{LEAD}<(scam(ming)?|swindl(e|ing)|defraud(ing)?|conning)> ~1 (people|someone|somebody|old people|the elderly|elderly people|seniors|grandma|grandpa|customers|investors|tourists|users|victims|an old (lady|man)|my (grandma|grandpa|grandmother|grandfather|boss|employer|customers|clients))',
      '<launder(ing)?> ~4 (my |the |some |dirty |drug |stolen |illicit |illegal )?(money|cash|funds|proceeds|profits|bitcoin|crypto)',
      '<(wash(ing)?|clean(ing)?)> (dirty|drug|stolen|illicit|illegal|black) (money|cash|funds)',
      '{LEAD}<(evad(e|ing)|dodg(e|ing)|cheat(ing)? on|hid(e|ing) (income|money|assets|cash) from)> ~1 (my |the )?(taxes|tax|irs|hmrc|the irs|the government)',
      '{LEAD}<(pump and dump|ponzi scheme|pyramid scheme|insider trading|front-?running|wash trading|market manipulation|check kiting|card skimming|skimmers?|carding|sim swap(ping)?)>',
      '{LEAD}<(bribe|bribing)> ~2 (a |an |the )?(cop|police officer|officer|official|judge|inspector|customs|guard|politician|referee|witness)',
      `{LEAD}<(blackmail(ing)?|extort(ing)?)> ~2 ${PERSON_TARGET}`,
    ],
    cancelIn: ['games'],
    softenIn: ['fiction', 'defensive', 'negated', 'educational', 'own-property', 'history'],
  },
  {
    label: 'evade-law',
    category: 'crime',
    level: 'harmful',
    patterns: [
      '{LEAD}<(evad(e|ing)|outrun(ning)?|los(e|ing)|hid(e|ing) from|get away from|getting away from|flee(ing)? from|escap(e|ing) from)> ~1 (the )?(police|cops|law enforcement|feds|fbi|authorities|arrest|a warrant|capture|border patrol|customs|a manhunt|the law|prison|jail|custody)',
      '{LEAD}<(get rid of|getting rid of|destroy(ing)?|hid(e|ing)|dispos(e|ing) of|wip(e|ing)|clean(ing)? up|tamper(ing)? with|plant(ing)?)> ~2 (the |any |all |my )?(evidence|fingerprints|dna|blood stains|bloodstains|the murder weapon|the weapon|cctv footage|security footage)',
      '{LEAD}<(smuggl(e|ing)|traffic(king)?)> ~3 (drugs|weapons|guns|people|humans|women|girls|children|migrants|contraband|cocaine|heroin|fentanyl|a phone into|into (prison|jail|the country))',
      '{LEAD}<sneak(ing)?> ~3 (drugs|weapons|guns|a gun|a knife|contraband|a phone) ~3 (into|past|through)',
      "(so|so that) (the )?<(police|cops|feds)> (can't|cannot|won't|don't|wouldn't|never) ~2 (find|trace|track|catch|identify)",
      '{LEAD}<(flee|fleeing|leave|leaving|skip(ping)?)> (the country|bail|town) ~3 (before|without|after) ~3 (trial|arrest|charges|police|warrant|court|caught)',
    ],
    cancelIn: ['games'],
    softenIn: ['fiction', 'negated', 'history'],
  },
  {
    label: 'vandalism',
    category: 'crime',
    level: 'harmful',
    patterns: [
      "{LEAD}<(slash(ing)?|puncture|key(ing)?|vandali[sz](e|ing)|sabotag(e|ing)|egg(ing)?)> ~1 ({THIRD_PARTY_OF}|someone's|a|the) ~1 (tires|tyres|car|house|property|brakes|brake lines|mailbox|fence)",
      "{LEAD}<(cut(ting)?|tamper(ing)? with|disabl(e|ing)|mess(ing)? with)> ~1 ({THIRD_PARTY_OF}|someone's|the) ~1 (brakes|brake lines|airbags|gas line|smoke detectors?)",
    ],
    cancelIn: ['games', 'computing'],
    softenIn: ['fiction', 'negated', 'own-property'],
  },
  {
    label: 'crime-topic',
    category: 'crime',
    level: 'sensitive',
    patterns: [
      '<(shoplifting|shoplifters?|pick(ing)? pockets|theft|thieves|burglary|burglars?|robbery|robberies|fraud|scams?|scammers?|scammed|money laundering|laundering|embezzlement|counterfeit\\w*|forgery|forged|smuggling|human trafficking|sex trafficking|trafficking|tax evasion|insider trading|gang violence|gang members?|street gangs?|join (a )?gangs?|gangs|cartels?|pickpockets?|pyramid schemes?|ponzi schemes?|identity theft|carjacking|arson|bribery|extortion|lock-?picking|pick a lock|stolen (goods|property|car|bike|phone|items)|fake (reviews?|ids?|injur(y|ies)|insurance claims?|doctor\'s notes?)|paid reviews)>',
      '{LEAD}<steal(ing)?>',
    ],
    cancelIn: ['games', 'sports', 'history'],
  },

  {
    label: 'intrusion',
    category: 'cyber',
    level: 'harmful',
    patterns: [
      `<(hack(ing)?|break(ing)?)> (in|into|in to) ~1 ${ANY_OWNER} ~2 ${ACCOUNT}`,
      `<(get into|getting into|get in to|log into|logging into|log in to|sneak into|sneaking into|gain access to|gaining access to|gain entry to)> ~1 {OTHERS} ~2 ${ACCOUNT}`,
      `{LEAD}<(hack(ing)?|hijack(ing)?|compromis(e|ing)|pwn(ing)?|crack(ing)?|brute-?forc(e|ing)|breach(ing)?)> ${ANY_OWNER} ~2 ${ACCOUNT}`,
      `{LEAD}(access(ing)?|spy(ing)? on|read(ing)?|unlock(ing)?|get into|getting into|bypass(ing)?|tak(e|ing) over|log(ging)? into|see|seeing|check(ing)?) {OTHERS} ~2 <${ACCOUNT}>`,
      "{LEAD}<(hack(ing)?|crack(ing)?|brute-?forc(e|ing)|steal(ing)?|phish(ing)?)> ({OTHERS}|someone's|user|users'|the|a|an|wi-?fi|wpa2?|router|admin|gmail|instagram|facebook|email|account) ~2 (passwords?|passcodes?|pins?|login( details| credentials)?|credentials|2fa|two-factor|mfa|otp|verification codes?|security questions?|session (tokens?|cookies?)|cookies|api keys?|private keys?|seed phrases?|hash(es)?)",
      "{LEAD}(get|getting|find out|finding out|guess(ing)?|bypass(ing)?|reset(ting)?|know) ({OTHERS}|someone's) ~2 <(passwords?|passcodes?|pins?|login( details| credentials)?|credentials|2fa|two-factor|mfa|otp|verification codes?|security questions?)>",
      "{LEAD}<(ddos(ing)?|dos(ing)?|flood(ing)?|knock(ing)? offline)> ~2 (a |the |that |this |his |her |their |my \\w+'s |someone's |my school's |a rival's )?(website|site|server|servers|network|game server|discord server|school network|wi-?fi)",
      '<(pretending to be|pretend to be|pretends to be|impersonating|impersonate|posing as|pose as|spoofing)> ~2 (paypal|a bank|the bank|my bank|their bank|the irs|irs|hmrc|microsoft|apple|amazon|google|netflix|chase|wells fargo|bank of america|the police|a police officer|fedex|ups|dhl|usps|the government|social security|customer support|tech support|it support|their boss|a ceo|the ceo) ~8 (verify|confirm|update|enter|send|provide|reset|click|log in|login|pay|wire|buy gift cards)',
      "(script|program|tool|bot|botnet|code|app) (to|that|which|for) ~2 <(ddos|dos|flood|floods|overload|overloads|spam|spams|take down|takes down|knock offline|crash|crashes)> ~3 (a |the |that |this |his |her |their |someone's |my \\w+'s )?(website|site|server|servers|network|api|discord|wi-?fi|inbox|phone)",
      "<(sql injection|xss|cross-site scripting|command injection|rce|remote code execution|buffer overflow|exploit)> ~4 (on|against|to (dump|get into|access|hack|steal|take over)|into) ~2 (a |the |this |that |their |his |her |someone's )?(site|website|server|database|login|bank|school|company|government|app)",
      "<(exfiltrat(e|ing)|steal(ing)?)> ~3 (the |their |a |someone's |customer |user |users' )?(database|user data|customer data|password hashes|credit card data|emails and passwords)",
    ],
    cancelIn: ['games'],
    softenIn: ['own-property', 'defensive', 'negated', 'fiction', 'educational'],
  },
  {
    label: 'malware',
    category: 'cyber',
    level: 'harmful',
    patterns: [
      `(writ(e|ing)|creat(e|ing)|mak(e|ing)|build(ing)?|cod(e|ing)|develop(ing)?|program(ming)?|generat(e|ing)|design(ing)?|give me|send me|show me|deploy(ing)?|spread(ing)?|distribut(e|ing)|install(ing)?|hide|hiding|obfuscat(e|ing)|sell(ing)?) ~4 (a |an |some |the |my |working |functional |simple |undetectable |python |powershell |javascript )?<${MALWARE}>`,
      `<${MALWARE}> ~4 (that|which|to) ~4 (steals?|encrypts?|spreads?|infects?|records?|logs?|evades?|bypasses?|disables?|exfiltrates?|deletes?|wipes?|mines?|sends? (me|back))`,
      '(make|making) ~3 <(undetectable|fud)> (by|to|from|for) (antivirus|av|edr|windows defender|defender|virustotal|anti-?virus)',
      '(bypass(ing)?|evad(e|ing)|disabl(e|ing)|get past|get around|getting past|getting around) ~2 <(antivirus|anti-virus|av detection|edr|windows defender|endpoint protection|crowdstrike|amsi)>',
      '(writ(e|ing)|creat(e|ing)|mak(e|ing)|build(ing)?|develop(ing)?|give me|find me) ~3 (a |an |working |weaponi[sz]ed )?<(exploit|exploits|shellcode|zero-?day|poc exploit)> (for|against|that)',
    ],
    cancelIn: ['games'],
    softenIn: ['defensive', 'negated', 'educational', 'own-property'],
  },
  {
    label: 'security-topic',
    category: 'cyber',
    level: 'sensitive',
    patterns: [
      `<${MALWARE}>`,
      '<(sql injection|sqli|xss|cross-site scripting|csrf|buffer overflows?|privilege escalation|remote code execution|rce|exploits?|exploitation|security vulnerabilit(y|ies)|cves?|zero-?days?|penetration test\\w*|pen-?test\\w*|red team\\w*|metasploit|mimikatz|hashcat|john the ripper|aircrack|nmap|burp suite|wireshark|packet sniff\\w*|port scan\\w*|reverse engineer\\w*|jailbreak\\w*|phishing|phished|hack(ing|er|ers|ed)?|hacks|brute-?forc\\w*|password cracking|crack(ing)? (passwords?|hashes|wi-?fi)|ddos|dos attacks?|man-in-the-middle|mitm attacks?|mitm|social engineering|ctf|capture the flag|darkweb|dark web|tor hidden services?|email spoofing|caller id spoofing|keylogging|credential stuffing|session hijacking)>',
    ],
    cancelIn: ['games', 'cooking'],
  },

  {
    label: 'doxxing',
    category: 'privacy',
    level: 'harmful',
    patterns: [
      '{THIRD_PARTY_OF} ~3 <{PRIVATE_SECRET}>',
      `${LOOKUP} ~3 {THIRD_PARTY_OF} ~3 <{PRIVATE_CONTACT}>`,
      '(of|for) ~2 (someone|somebody|a person|a stranger|my (ex|neighbou?r|coworker|co-worker|boss|teacher|classmate|roommate|landlord|crush|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend)|employees|all (the )?(people|employees|staff|students|users|customers|members)|people|users|customers|students|members|residents|tenants|patients) ~6 <{PRIVATE_SECRET}>',
      '<{PRIVATE_SECRET}> (of|for|belonging to) {PRIVATE_PERSON}',
      `${LOOKUP} ~6 <{PRIVATE_CONTACT}> (of|for|belonging to) {PRIVATE_PERSON}`,
      "where (does|do|did) ~1 (my \\w+|he|she|this (person|guy|girl|user)|that (person|guy|girl)|{PROPER_NAME}) <(live|lives|stay|sleep|park)>",
      "{LEAD}(find|finding|locate|locating|track|tracking|trace|tracing|look up|looking up|figure out|dig up) ~1 (out )?where ~1 (my \\w+|he|she|they|this (person|guy|girl|user)|{PERSON}) <(lives?|is staying|stays|sleeps|works|parks|hangs out|goes to school)>",
      '<(unmask|unmasking|de-anonymi[sz]e|deanonymi[sz]e|de-anonymi[sz]ing|deanonymi[sz]ing)> ~2 (the |this |that |an |a )?(anonymous|person|account|user|owner|poster|troll)',
      '<(dox|doxx|doxing|doxxing)> ~2 ({AMBIGUOUS_PERSON}|this|that|a|an|my|the|{PERSON})',
      "<(hidden|secret|spy|tiny|covert|pinhole)> (cameras?|cams?|microphones?|mics?|recorders?|recording devices?) ~6 (bathroom|shower|changing room|bedroom|locker room|airbnb|guests?|tenants?|roommates?|nanny|her|his|women|girls|neighbou?r)",
    ],
    cancelIn: ['games', 'computing'],
    softenIn: ['official', 'defensive', 'negated', 'fiction', 'own-property', 'educational'],
  },
  {
    label: 'covert-surveillance',
    category: 'privacy',
    level: 'sensitive',
    patterns: [
      "(track|tracking|monitor|monitoring|spy on|spying on|read|reading|check|checking|see|access|accessing|intercept|intercepting|record|recording|listen to|listening to|follow|following|locate|locating|watch|watching) ~1 ({THIRD_PARTY_OF}|my \\w+'s|my (wife|husband|girlfriend|boyfriend|partner|spouse|ex|employee|employees|coworker|roommate|neighbou?r|friend|sister|brother|mom|dad|kids?|son|daughter|child|teen|teenager)) ~2 <(phone|location|messages|texts|emails?|whatsapp|calls|conversations|browsing( history)?|history|dms|snapchat|instagram|movements|car|gps|computer|laptop|searches|every move)>",
      "(install|installing|put|putting|hide|hiding|plant|planting) ~2 (a |an )?<(spyware|stalkerware|keyloggers?|trackers?|tracking (apps?|devices?|software)|gps trackers?|airtags?|hidden cameras?|recording apps?|mspy|flexispy)> (on|in|under) ~2 ({THIRD_PARTY_OF}|my \\w+'s|someone's|a|the)",
      '<(stalk|stalking|follow|following|track|tracking)> (my ex|my crush|her|him|{PERSON})',
    ],
    raiseWith: ['concealment', 'intent'],
    softenIn: ['defensive'],
  },
  {
    label: 'image-abuse-victim',
    category: 'privacy',
    level: 'sensitive',
    patterns: [
      '(posted|shared|leaked|spread|sent|uploaded|is sharing|is posting|threatening to (post|share|leak|send)) ~3 (private|intimate|nude|naked|explicit|personal) <(pictures|photos|pics|images|videos|video)> (of me|of us)',
    ],
  },
  {
    label: 'personal-data',
    category: 'privacy',
    level: 'sensitive',
    patterns: [
      "(my|our|i have|here is|here's) ~2 <(ssn|social security number|credit card number|bank account number|passport number|password is|pin is)>",
      '<(phone numbers?|cell numbers?|email address(es)?|emails|home address(es)?|addresses)> ~8 (directory|list|roster|database|spreadsheet|csv|file|records?|every(one|body)|all (the )?(people|employees|staff|students|members))',
      '(directory|list|roster|database|spreadsheet|csv|file|records?) ~8 <(phone numbers?|cell numbers?|email address(es)?|emails|home address(es)?|addresses)>',
      "({PUBLIC_ROLE}|ceo|celebrity|representative|mp|councill?or|minister|official|actor|actress|singer|influencer|politician)('s)? ~3 <(phone numbers?|cell numbers?|email( address)?|contact (info|information|details)|address|home address|office number)>",
      '<(facial recognition|face search|reverse image search|reverse phone lookup|people search|background check|identify (this|the) person|who is (this|the) person in)>',
    ],
    cancelIn: ['games', 'computing'],
  },
];
