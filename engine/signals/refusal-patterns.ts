import { hoistWordBoundary } from '../regex-hoist';
/**
 * Phrase patterns for the refusal signal. Every pattern is precompiled, has no nested unbounded
 * quantifier, and is matched against single sentences of the opening and closing of a reply (or a
 * user turn cut to 1,500 characters). Most are case-sensitive or run on lower-cased text: V8
 * compiles large case-insensitive alternations slowly.
 *
 * A "decline act" is the reply saying it will not or cannot do something. Acts come in two
 * strengths: a STRONG act declines the request itself ("I can't help with that"); a WEAK act is a
 * caveat or a capability limitation ("I'm not a doctor", "I can't browse the web", "I don't have
 * personal opinions") that declines the request only when nothing useful follows it.
 */

// ---- decline acts, matched case-sensitively on the reply text ----------------------------------
// "I" is always upper case and the words after it lower case, which keeps these scans fast.

const I_FILLER = String.raw`(?:\s+(?:really|just|simply|unfortunately|sadly|regrettably|honestly|truly|definitely|certainly|absolutely|still|also|personally|currently|therefore|thus|so))?`;

/**
 * "I" + a negative modal; the verb phrase that follows the match decides what is declined.
 * Group 1 holds the modal as written.
 */
export const FIRST_PERSON_MODAL = hoistWordBoundary(new RegExp(
  String.raw`\bI${I_FILLER}(` +
    [
      String.raw`\s*(?:can't|cannot|can not|won't|will not|shan't|couldn't possibly|could not possibly)(?:\s+(?:and|or)\s+(?:won't|will not|can't|cannot|shouldn't|should not))?(?:\s+be able to)?`,
      String.raw`(?:'m|\s+am)(?:\s+(?:really|just|simply|unfortunately|afraid|still|also|currently|therefore|sorry))?\s+(?:unable to|not able to|not going to|not gonna|not allowed to|not permitted to|not authori[sz]ed to|not willing to|unwilling to|not in a position to|not designed to|not programmed to|programmed not to|not comfortable|uncomfortable|declining to|refusing to)`,
      String.raw`\s+(?:don't|do not)\s+(?:feel comfortable|think (?:it's|it is|it'd be|it would be|that's|that is|that would be|that'd be) (?:(?:appropriate|right|responsible|ethical)(?: for me)?|(?:okay|ok|a good idea|wise|helpful) for me|my place|up to me) to|think I (?:should|can|could))`,
      String.raw`(?:'d|\s+would)\s+(?:rather not|prefer not to|prefer to not|rather avoid)`,
      String.raw`\s+prefer\s+not\s+to`,
      String.raw`\s+(?:refuse to|must refuse)`,
      String.raw`\s+(?:don't|do not)\s+want\s+to`,
      String.raw`(?:'m|\s+am)\s+[\w\s-]{1,40}?,?\s(?:and|so)\s+(?:I\s+)?(?:can't|cannot|am unable to|am not able to|won't be able to)`,
      String.raw`\s+(?:don't|do not)\s+(?=(?:provide|create|write|generate|produce|engage in|assist with|help with|share|give out|offer|make|do|role-?play|tell)\b)`,
    ].join('|') +
    ')',
  'g',
));

/** "I must decline", "I'll have to pass", "I respectfully decline", "I'm going to refrain". */
export const DECLINE_VERB =
  /\bI(?:'ll|\s+will|\s+must|\s+have to|'ll have to|\s+will have to|\s+need to|'m going to have to|\s+am going to have to|'m going to|\s+am going to|'d have to|\s+would have to)?\s+(?:respectfully\s+|politely\s+|kindly\s+)?(?:decline|pass(?=\s*(?:[.!,;]|$|on (?:this|that|it|writing|creating|helping|answering)))|refrain from (?!speculating|guessing)|say no)/g;

/** After the modal: phrases that look like a decline but are not ("I can't stress enough"). */
export const NOT_A_DECLINE =
  /^(?:\s*(?:really|actually|quite|even|possibly|honestly|truly))?\s*(?:stress|emphasi[sz]e|overstate|overemphasi[sz]e|thank|wait|believe|imagine|help (?:but|noticing|feeling|thinking|wondering|laughing|smiling|it)|get (?:enough|over)|say enough|praise|tell you (?:how(?! to\b)|enough)|guarantee|promise|predict|foresee|know\b|be (?:sure|certain|100%|completely sure|happier|more|prouder|the judge)|say (?:for (?:sure|certain)|with (?:certainty|confidence)|definitively|exactly|precisely|i\b|that i|it enough|which|whether|if)|tell (?:for sure|for certain|whether|if|exactly|the difference|from|which|what (?:the|it|this|that) (?:is|was|means))|confirm(?! or deny)|verify|remember|recall|argue with|disagree|deny\b|resist|complain|lie\b|sugarcoat|sugar-coat|bore you|keep you|agree more|think of (?:a|any) (?:better|more)|speak (?:highly|more highly)|leave (?:without|you)|go wrong|regret|be disappointed|hurt to|take long|judge you|pretend to know|emphasize|recommend (?:[^.;!?\n]{0,60}\benough|it highly enough)|see why|make (?:any )?(?:promises|guarantees)|rule out)/;

/** "enough" closing the clause: "I can't recommend this book enough". */
export const ENOUGH_IN_CLAUSE = /^[^.;!?\n]{0,60}\benough\b/;

// ---- other decline forms ---------------------------------------------------------------------

/** Negated policy framing: "that's not something I can help with", "isn't something I'm able to". */
export const NOT_SOMETHING_I_CAN =
  hoistWordBoundary(/\b(?:isn't|is not|'s not|are not|aren't|is\s+(?:just\s+)?not)\s+(?:really\s+)?(?:something|anything|a (?:request|task|topic|subject|thing|kind of (?:request|content|thing))|an? (?:area|type of (?:request|content))|content|what I(?:'m|\s+am)?\s+(?:can|able|allowed|here|designed|built))\s+(?:that\s+)?I(?:'m|\s+am)?\s*(?:can|could|will|would|'ll|'d|able|allowed|comfortable|willing|going|permitted|designed|in a position|prepared|here)\b|\b[Nn]ot something I(?:'m|\s+am)?\s*(?:can|could|will|would|'ll|able|allowed|comfortable|willing|going|permitted|designed|in a position)\b/g);

/** "goes against my guidelines", "violates our content policy". */
export const AGAINST_POLICY =
  hoistWordBoundary(/\b(?:go(?:es)?|is|are|would be|would go|runs?|falls?)\s+(?:against|outside(?: of)?)\s+(?:my|our|the|OpenAI's|Anthropic's|Google's)\s+(?:[a-z-]+\s+){0,2}?(?:guidelines|policies|policy|principles|programming|values|ethics|content rules|usage rules|terms of (?:use|service))\b|\b(?:[Vv]iolates?|would violate|[Bb]reach(?:es)?|would breach|[Cc]onflicts? with|is prohibited by|isn't allowed under|is not allowed under)\s+(?:my|our|OpenAI's|Anthropic's|Google's|the (?:usage|content|safety|community))\s+(?:[a-z-]+\s+){0,2}?(?:guidelines|policies|policy|principles|rules|terms|programming)\b/g);

/** "beyond my scope", "outside what I can help with". */
export const BEYOND_SCOPE =
  /\b(?:[Bb]eyond|[Oo]utside(?: of)?)\s+(?:my|what I(?:'m|\s+am)?\s*(?:can|able to)\s+(?:help|assist|do|discuss|talk|provide))(?:\s+(?:current|intended))?\s*(?:scope|capabilit\w*|abilit\w*|remit|purview|area of expertise|expertise|programming|boundaries|limits|role|help|assist\w*|do|discuss|talk|provide|\b)/g;

/** Changing the subject: "let's talk about something else". */
export const DEFLECT =
  hoistWordBoundary(/\b(?:[Ll]et's|[Ll]et us)\s+(?:talk|chat|focus)\s+(?:about\s+)?(?:something|anything)\s+else\b|\b[Ll]et's\s+(?:change|switch)\s+(?:the\s+)?(?:subject|topic)\b|\bI'd (?:rather|prefer to) (?:talk|chat) about something else\b|\b[Ll]et's\s+keep\s+(?:it|things|this)\s+(?:PG|clean|family[- ]friendly|appropriate|respectful)\b/g);

/** A short declining opening: "Sorry, can't help.", "No can do.", "No, but I can ..." (matched on lower-cased text). */
export const OPENING_DECLINE =
  /^\s*(?:(?:sorry|unfortunately|i'm afraid|apologies)[,.!]?\s*(?:but\s+)?(?:no\b|(?:i\s+)?(?:can't|cant|cannot)\b|no can do\b|(?:that's|that is|this is|it's|it is) not (?:possible|something|allowed|permitted)\b|(?:that|this) (?:isn't|is not) (?:possible|something|allowed)\b)|no can do\b|(?:no|nope)[,.!]?\s+(?:sorry\b|but i (?:can|could)\b))/;

/** "I'm not here to convince you": a decline only when the user asked to be persuaded. */
export const NOT_HERE_TO_PERSUADE = /\bI(?:'m|\s+am)\s+not\s+here\s+to\s+(?:convince|persuade|argue|debate|change (?:your|anyone's) mind)/g;

/** Professional caveats, weak acts: "I'm not a doctor", "I'm not a licensed financial advisor". */
export const CAVEAT =
  hoistWordBoundary(/\bI(?:'m|\s+am)\s+(?:just\s+|only\s+)?not\s+(?:a|an|your)\s+[a-z\s-]{0,30}?\b(?:doctor|physician|nurse|lawyer|attorney|therapist|financial (?:advisor|adviser|planner|professional)|counsel?l?or|psychologist|psychiatrist|medical professional|healthcare (?:professional|provider)|health professional|legal (?:professional|expert)|professional|expert|tax (?:advisor|adviser|professional)|accountant|pharmacist|nutritionist|dietitian|mental health professional|veterinarian|vet|mechanic|electrician|engineer)\b|\bI(?:'m|\s+am)\s+not\s+(?:qualified|licensed|certified|an expert)\b/g);

/** "I don't condone / endorse X": a disclaimer when an answer follows, a refusal when nothing does. */
export const DISCLAIMER = /\bI\s+(?:don't|do not|wouldn't|would not)\s+(?:condone|endorse|promote|support|encourage|advocate)\b/g;

/** Staying neutral, weak acts: "I don't have personal opinions", "I try not to take sides". */
export const NO_OPINION =
  hoistWordBoundary(/\bI\s+(?:don't|do not)\s+(?:have|hold|form)\s+(?:any\s+)?(?:personal\s+|my own\s+|political\s+|strong\s+)?(?:opinions?|views?|beliefs?|stances?|positions?|political (?:beliefs|views|opinions))\b|\b(?:[Tt]ry|trying|aim|strive)\s+not\s+to\s+(?:pick|take|choose)\s+(?:a\s+)?sides?\b|\bI\s+(?:don't|do not)\s+(?:pick|take|choose)\s+sides\b|\b(?:stay|remain)\s+(?:neutral|impartial)\b/g);

/** Capability and scope limits, weak acts: "too hard for me", "I don't have access to", "I can only help with". */
export const LIMITATION =
  hoistWordBoundary(/\btoo\s+(?:hard|difficult|complex|complicated)\s+for\s+me\b|\bI\s+(?:don't|do not)\s+have\s+(?:the\s+)?(?:access to|ability to|the ability|browsing|internet access|real-time|(?:any|a)\s+way\s+(?:to|of)\s+(?:know|knowing|find|finding|look|looking|check|checking|access|accessing|get|getting|obtain|obtaining)\b)|\b[Mm]y\s+(?:area\s+of\s+expertise|expertise|specialty|speciality|knowledge)\s+(?:is|lies)\s+(?:limited\s+to|only|in|with)?|\bI\s+can\s+only\s+(?:help|assist|answer|discuss|talk|provide|respond|support|offer)\b|\bI(?:'m|\s+am)\s+(?:only|solely|specifically)\s+(?:able|allowed|permitted|designed|programmed|built|set up|trained|meant|here)\s+to\s+(?:help|assist|answer|discuss|talk|provide|respond|support)\b|\bI(?:'m|\s+am)\s+(?:designed|programmed|built|set up|meant)\s+(?:only|solely|specifically)\s+to\b/g);

/** Spanish, French, German, Portuguese and Italian declines (matched on lower-cased text). */
export const FOREIGN_DECLINE = hoistWordBoundary(new RegExp(
  [
    String.raw`\bno\s+(?:puedo|podré|podemos|me es posible|estoy en condiciones de|voy a)\s+(?:[^\d.,;:!?\n]{0,28}?\s)?(?:ayudar|asistir|proporcionar|ofrecer|dar|crear|escribir|generar|hacer|cumplir|compartir|responder|participar|brindar|facilitar|continuar|proveer)[^\s\d.,;:!?]*`,
    String.raw`\bje\s+ne\s+(?:peux|pourrai|vais|suis)\s+pas\s+(?:en\s+mesure\s+d[e']\s*)?(?:[^\d.,;:!?\n]{0,28}?\s)?(?:t'|vous\s+|m'|l')?(?:aider|fournir|donner|créer|écrire|générer|faire|répondre|partager|proposer|participer|continuer|accéder|assister)[^\s\d.,;:!?]*`,
    String.raw`\b(?:ich\s+kann|kann\s+ich|ich\s+darf|darf\s+ich|ich\s+werde|werde\s+ich)\s+(?:[^\d.,;:!?\n]{0,56}?\s)?(?:nicht|keine[^\s\d.,;:!?]*)\s+(?:[^\d.,;:!?\n]{0,42}?\s)?(?:helfen|erfüllen|beantworten|liefern|erstellen|schreiben|geben|machen|tun|bereitstellen|unterstützen|teilen|nachkommen|anbieten|weitergeben|herausgeben|nachschlagen|verraten|nennen|ermitteln|erzeugen|generieren)\b|\bich\s+bin\s+(?:leider\s+)?nicht\s+in\s+der\s+lage\b`,
    String.raw`\bnão\s+(?:posso|consigo|estou em condições de|vou)\s+(?:[^\d.,;:!?\n]{0,28}?\s)?(?:ajudar|fornecer|dar|criar|escrever|gerar|fazer|responder|compartilhar|oferecer|atender|auxiliar)[^\s\d.,;:!?]*`,
    String.raw`\bnon\s+(?:posso|sono in grado di|riesco a|mi è possibile)\s+(?:[^\d.,;:!?\n]{0,28}?\s)?(?:aiutar|fornir|dar|crear|scriver|generar|far|risponder|condivider|offrir|assister)[^\s\d.,;:!?]*`,
    String.raw`(?:お応え|お答え|お手伝い|提供|作成|協力|ご協力|対応|手助け|支援|回答|説明|お伝え)(?:すること|いたすこと)?(?:は|が)?(?:でき(?:ません|かねます)|いたしかねます|しかねます)`,
    String.raw`(?:我|抱歉[，,]?\s*|对不起[，,]?\s*|對不起[，,]?\s*)(?:无法|無法|不能|不可以|没办法|沒辦法|不会|不會)(?:为你|為你|为您|為您|帮你|幫你|帮您|帮助|幫助|协助|協助|提供|帮忙|幫忙|回答|满足|滿足|完成|参与|參與|生成|编写|撰写|写|寫|创作|創作)`,
  ].join('|'),
  'g',
));

/** Capability limits in other languages, weak acts: "no tengo acceso a", "ich habe keinen Zugriff auf" (lower-cased text). */
export const FOREIGN_LIMITATION =
  /\bno\s+tengo\s+acceso\b|\bje\s+n'ai\s+pas\s+(?:accès|la possibilité)\b|\bich\s+habe\s+(?:leider\s+)?keinen\s+zugriff\b|\bnão\s+tenho\s+acesso\b|\bnon\s+ho\s+accesso\b|(?:アクセスできません|アクセスする(?:こと|手段)がありません)|(?:我)?(?:无法|無法|不能)(?:访问|訪問|浏览|瀏覽|上网|上網)/g;

/** "It wouldn't be appropriate for me to ...": strong with "for me", a weak act without. */
export const INAPPROPRIATE_FOR_ME = /\b(?:wouldn't|would not|isn't|is not|it's not)\s+(?:be\s+)?(?:appropriate|ethical|right|responsible)\s+for\s+me\s+to\b/g;
export const INAPPROPRIATE = /\b(?:[Ii]t\s+)?(?:wouldn't|would not)\s+be\s+(?:appropriate|ethical|right|responsible)\s+to\b/g;

/** Words one of the foreign declines needs; that pattern runs only when one is present. */
export const FOREIGN_HINT = /voy a|ugriff|acceso|accès|acesso|accesso|アクセス|访问|訪問|浏览|瀏覽|上网|上網|できません|かねます|无法|無法|不能|不可以|没办法|沒辦法|不会|不會|puedo|podré|podemos|posible|condiciones|peux|pourrai|vais pas|suis pas|mesure|kann|darf|werde|Lage|posso|consigo|riesco|grado|vou/;

// ---- what the rest of the reply does --------------------------------------------------------
// These run on lower-cased sentences (and the lower-cased user turn), so they are written in lower case.

/** Offers of something else: "If you'd like, I can ...", "Would you like ...?", "I'd be happy to". */
export const OFFER =
  /\b(?:i(?:'d be (?:happy|glad)|'d love|'m happy|'m glad|'m able|\s+(?:can|could|would be (?:happy|glad)|would love|am happy|am glad|am able|may be able|might be able))\b|i'm here (?:to|if|for)|i am here (?:to|if|for)|i'd (?:suggest|recommend|encourage)|if you(?:'d| would)?\s+(?:like|want|prefer|wish|are interested|'re interested)\b[^.!?\n]{0,80}\b(?:i|me|let me know)\b|would you (?:like|want|prefer|be interested)|do you want (?:me|to)|want me to|shall i|should i\b|how about|what about (?:if|a|an|we)|we (?:could|can|might)\s+(?:explore|look|talk|discuss|work|focus|try|write|do|chat|go)|let me know (?:if|what|whether|how|which)|feel free to|happy to (?:help|assist|talk|chat|discuss)|can i (?:help|assist|suggest|offer|interest|provide|point)|may i (?:help|assist|suggest|offer)|is there (?:anything|something) else|what i can do|one option|here are some (?:things|ways|options) i|glad to help)|\bif you(?:'d| would)?\s+(?:like|want)(?:\s+(?:one|some|it|them|that|those|more))?\s*[.!?]*\s*$|^\s*(?:instead|alternatively|rather)\b|\b(?:tell|send|give|share|show)\s+me\b[^.!?\n]{0,80}\band\s+i(?:'ll|\s+will|\s+can)\b/;

/** Offers that name nothing in particular. */
export const GENERIC_OFFER =
  hoistWordBoundary(/\b(?:anything|something)\s+else\b|\banother\s+(?:topic|subject|question|request)\b|\bother\s+(?:questions|topics|requests)\b|\bhow\s+(?:else\s+)?can\s+i\s+(?:help|assist)\b|\blet\s+me\s+know\s+if\s+(?:you\s+)?(?:have|need)\s+(?:any(?:thing)?|other|more)\b/);

/** Offered actions in a list after "I could:" ("- Discuss ...", "- Provide ..."). */
export const OFFER_ITEM =
  /^\s*(?:[-*+\u2022]|\d{1,3}[.)])?\s*(?:\*\*)?(?:discuss|provid|writ|help|explain|shar|creat|suggest|offer|draft|talk|giv|walk|outlin|brainstorm|analy[sz]|summari[sz]|point|recommend|find|look|research|compar|describ|explor|review|craft|compos|generat|mak|put(?:ting)? together|go(?:ing)? over|cover|focus|tell|show|teach|assist|support|plan|prepar|build|design|develop|work|suggest|check|set(?:ting)? up|creat)\w*/;

/** An intro that lists what the assistant could do instead ("Here are some things I can help with:"). */
export const OFFER_INTRO = /\b(?:i\s+(?:can|could)|i'd be (?:happy|glad)|instead|alternatives?|other options|options)\b/;

/** Pointing to help elsewhere: hotlines, professionals, trusted people. */
export const RESOURCE =
  /\b(?:hotline|helpline|lifeline|crisis\s+(?:line|text|centers?|centres?|services?|intervention|counsel\w*|support)|988|741741|samaritans|emergency\s+services|(?:reach(?:ing)?\s+out|talk(?:ing)?|speak(?:ing)?|turn(?:ing)?|open(?:ing)?\s+up)\s+(?:to|with)\s+(?:a|an|your|someone|people|those|the)\b[^.!?\n]{0,40}\b(?:trust|mental|professional|therapist|counsel|doctor|health|parent|guardian|friend|family|teacher|school|adult|clinician|advisor|adviser|lawyer|attorney|specialist|expert|authorities|police|support)|(?:book|make|schedule)\s+(?:an?\s+)?appointment\b|(?:consult|contact|see|call|visit|find|seek out)(?:ing)?\s+(?:with\s+)?(?:a|an|your|the|local|one)\s+(?:(?:licensed|qualified|certified|trusted|local|trained|mental[- ]health|medical|legal|financial|healthcare|tax)\s+){0,2}(?:doctor|physician|professional|lawyer|attorney|therapist|counsel\w*|pharmacist|advisor|adviser|expert|specialist|authorities|police|clinician|provider|planner|accountant|dietitian|nutritionist)|seek(?:ing)?\s+(?:professional|medical|legal|immediate|mental health|expert)\s+(?:help|support|advice|care|attention|guidance)|support\s+groups?|licensed\s+(?:professional|financial|therapist|attorney|counsel\w*)|trusted\s+(?:adult|friend|person|loved one)|someone\s+you\s+trust|encourage\s+you\s+to\s+(?:find|seek|see|talk|speak|contact|reach|consult|call)|(?:parent|guardian|counsel\w*|doctor|coach|teacher)s?,?\s+(?:or\s+\w+\s+)?can\s+(?:help|guide|support))/;

/** Crisis resources specifically: what makes a reply with no explicit decline a redirect. */
export const CRISIS_RESOURCE =
  /\b(?:hotline|helpline|lifeline|crisis|988|741741|samaritans|suicide|mental[- ]health\s+professional|someone\s+you\s+trust|trusted\s+(?:adult|friend|loved one)|therapist|counsel?l?or)\b/;

/** "... is not a healthy or safe way": judging the request instead of fulfilling it. */
export const UNHEALTHY_JUDGEMENT =
  hoistWordBoundary(/\b(?:is|are|isn't|aren't)\s+(?:not\s+)?(?:a\s+)?(?:healthy|safe|sustainable|good|legal)\s+(?:or\s+\w+\s+)?(?:solution|way|idea|approach|choice|option|path)\b|\b(?:would|could)\s+be\s+(?:dishonest|illegal|unethical|fraud(?:ulent)?|a crime|against the law|a form of (?:fraud|harassment))\b/);

/** Sympathy and support: "I'm sorry you're going through this", "you're not alone". */
export const SUPPORT =
  /\b(?:i'm\s+(?:so\s+|really\s+|very\s+|truly\s+)?sorry|i\s+am\s+(?:so\s+|really\s+|very\s+|truly\s+)?sorry|i\s+apologi[sz]e|apologies|sorry\s+(?:to\s+hear|you're|you\s+are|that)|(?:it\s+)?sounds\s+like\s+you(?:'re|\s+are|'ve|\s+have)|that\s+sounds\s+(?:really\s+|so\s+|very\s+|incredibly\s+)?(?:hard|difficult|tough|painful|frustrating|overwhelming|stressful|awful|exhausting|scary|lonely)|i\s+(?:understand|hear\s+(?:you|how)|can\s+(?:imagine|see\s+(?:how|why)|tell))|thank\s+you\s+for\s+(?:sharing|reaching|telling|trusting|opening|asking|checking)|thanks\s+for\s+(?:sharing|asking|checking)|i'm\s+glad\s+you|you(?:'re|\s+are)\s+not\s+alone|you\s+deserve|you\s+matter|your\s+(?:feelings|life|safety)\s+(?:matter|are\s+valid|is\s+(?:valuable|important))|(?:those|these|your)\s+feelings\s+are\s+valid|it\s+takes\s+(?:courage|strength)|it's\s+(?:okay|ok|completely\s+understandable|understandable|natural|normal|completely\s+normal)\s+to|people\s+who\s+care|i'm\s+(?:concerned|worried)\s+about|i\s+care\s+about|i'm\s+here\s+for\s+you|take\s+care|it\s+makes\s+sense\s+(?:that|to\s+feel)|i\s+(?:really\s+)?appreciate|(?:i\s+)?don't\s+want\s+(?:you\s+to\s+(?:feel|be)|to\s+leave\s+you))/;

/** Closing pleasantries that carry no content. */
export const CLOSING =
  /^(?:thank\s+you\s+for\s+(?:shopping|contacting|choosing|your|reaching|understanding)|thanks\s+for\s+(?:understanding|your)|hope\s+(?:this|that)\s+helps|have\s+a\s+(?:great|good|nice|wonderful)|take\s+care|best\s+of\s+luck|good\s+luck|stay\s+safe|cheers)\b/;

/** Reasons given for a decline: they explain the refusal, they do not help with the request. */
export const RATIONALE =
  /\b(?:illegal|unlawful|unethical|harm\w*|dangerous|unsafe|unhealthy|risk\w*|against|violat\w*|inappropriate|offensive|discriminat\w*|privacy|private|consent|respect\w*|important\s+to|policy|policies|guidelines|abus\w*|exploit\w*|hateful|hurtful|misuse|wrong|serious\w*|crime|criminal|copyright\w*|intellectual\s+property|safety|safe\b|not\s+(?:okay|ok|acceptable|appropriate)|could\s+(?:cause|lead|be\s+used)|can\s+(?:cause|lead)|would\s+be|that\s+could|this\s+could|might\s+be\s+used|in\s+good\s+conscience|because\s+(?:it|that|this|doing)|since\s+(?:it|that|this|doing))\b/;

/** A but-clause inside a decline sentence: "..., but here is a summary". */
export const BUT_CLAUSE =
  /(?:[,;:]\s*|\s[-\u2014]+\s*|\.\s+)(?:but|however|though|although|yet|instead|pero|sin embargo|mais|cependant|aber|jedoch|mas|porém|ma|tuttavia)\b[,]?\s*|:\s+(?=\S)|[，、,]\s*(?:但是|但|不过|不過|可是)|(?:ですが|けれど(?:も)?|しかし)[、,]?/gi;

/** A line that hands over requested content: "Here's a draft:", "Sure, here is the code:". */
export const DELIVERY_INTRO =
  /\b(?:here(?:'s| is| are)|below (?:is|are)|the following|for example|e\.g\.|such as|as follows|try this|like this)\b/;
export const COMPLIANCE_OPENER = /^(?:sure|of course|certainly|absolutely|okay|ok|alright|great|happy to help|no problem|yes|here(?:'s| is| are)|below (?:is|are))\b/;

/** A reply shaped as a letter or message the assistant drafted. */
export const LETTER_SHAPE = /^\s*(?:subject\s*:|dear\b|(?:hi|hello|hey)\b[^.!?\n]{0,30},[ \t]*\n)/;

// ---- the user turn -------------------------------------------------------------------------

/** The user asked for a message, letter or story: first-person declines in it may be content. */
export const WRITING_REQUEST =
  hoistWordBoundary(/\b(?:write|draft|compose|create|generate|prepare|craft|make|help\s+me\s+(?:write|draft|word|phrase|say|respond|reply)|give\s+me|how\s+(?:do|should|can)\s+i\s+(?:say|tell|word|phrase|respond|reply|politely))\b[^.?!\n]{0,80}?\b(?:e-?mails?|letters?|messages?|texts?|notes?|repl(?:y|ies)|responses?|posts?|tweets?|speech|story|stories|script|dialogue|dialog|poem|song|lyrics|scene|essay|statement|announcement|memo|template|invitation|rsvp|monologue|character|roleplay|role-play|no|decline|refusal|rejection)\b|\b(?:decline|turn\s+down|say\s+no|refuse|reject)\b/);

/** The user asked to be argued with or persuaded ("change my mind"). */
export const ASKS_TO_BE_PERSUADED =
  /\b(?:change my mind|convince me|persuade me|argue (?:for|against|that|with me)|make (?:the|a) case|debate me|prove me wrong|steelman|argument (?:for|against|that))\b/;

/** "Are you allowed to ...?": a decline in the reply answers the question. */
export const PERMISSION_QUESTION =
  /\b(?:(?:are\s+you|you're|you\s+are)\s+(?:allowed|permitted|authori[sz]ed|able\s+to\s+legally)|is\s+it\s+(?:against\s+your|allowed\s+for\s+you)|do\s+your\s+(?:rules|instructions|guidelines)\s+(?:let|allow|permit))\b/;

/** The user asked for something to be done or explained (an instruction or a how/where question). */
export const USER_INSTRUCTION =
  /(?:^|[.!?]\s+)\s*(?:please\s+)?(?:tell|give|show|write|help|find|search|book|explain|list|make|create|generate|draft|plan|send|buy|get|recommend|suggest|describe|how|where)\b|\b(?:help\s+me|tell\s+me|show\s+me|give\s+me|how\s+(?:do|can|to|should)\s+i|where\s+(?:can|do|to)\s+i|i\s+want\s+you\s+to|(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:help|write|make|give|tell|find|show|search|book|create|draft|list|explain))\b/m;
