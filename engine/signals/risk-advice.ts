/** Request-risk cues for questions that call for professional medical, legal or financial care. */
import type { RiskCue } from './risk-types';

const SYMPTOM =
  "(pain|painful|hurts?|hurting|aches?|aching|headaches?|migraines?|fever|dizzy|dizziness|light-?headed|nause(a|ous)|vomit\\w*|throwing up|rash|itch(y|ing)|swollen|swelling|lump|bleeding|blood in|cough(ing)?|shortness of breath|short of breath|can't breathe|chest pain|numb(ness)?|tingl\\w*|faint(ed|ing)?|blurr(y|ed) vision|can't see|palpitations|heart (racing|pounding)|diarrh\\w*|constipat\\w*|insomnia|infection|infected|symptoms?|sore throat|cold sores?|hair loss|fatigue|blacked out|passed out|seizures?|bruis\\w*|sprain\\w*|fractur\\w*|broken (bone|arm|leg|wrist|ankle|toe|finger)|cramps?|cramping|spotting|burn(ed|t) (my|his|her)|allergic reaction|covid|the flu|tight|tightness|pressure|short of breath|sore|throbbing|stiff|stiffness|weak|weakness|bloated|bloating|irregular)";
const MEDICATION =
  '(ibuprofen|advil|motrin|acetaminophen|paracetamol|tylenol|aspirin|naproxen|aleve|antibiotics?|amoxicillin|penicillin|azithromycin|doxycycline|ciprofloxacin|insulin|metformin|ozempic|semaglutide|wegovy|mounjaro|tirzepatide|statins?|lipitor|atorvastatin|lisinopril|amlodipine|metoprolol|warfarin|eliquis|blood thinners?|prednisone|steroids?|antidepressants?|ssris?|sertraline|zoloft|fluoxetine|prozac|lexapro|escitalopram|wellbutrin|bupropion|xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|benadryl|diphenhydramine|melatonin|ambien|zolpidem|trazodone|gabapentin|lyrica|tramadol|codeine|oxycodone|hydrocodone|morphine|adderall|ritalin|vyvanse|concerta|lithium|seroquel|quetiapine|abilify|birth control( pills?)?|plan b|viagra|cialis|sildenafil|levothyroxine|synthroid|antihistamines?|claritin|zyrtec|cetirizine|loratadine|omeprazole|prilosec|nexium|nyquil|dayquil|sudafed|pseudoephedrine|epipen|inhaler|albuterol|medications?|medicines?|meds|pills?|prescriptions?|painkillers?|supplements?|vitamins?)';
const CONDITION =
  "(diabetes|diabetic|cancer|tumou?rs?|hiv|aids|hepatitis|asthma|copd|had a stroke|having a stroke|heart attack|heart disease|hypertension|high blood pressure|blood pressure|cholesterol|thyroid|arthritis|alzheimer'?s|dementia|parkinson'?s|epilepsy|concussion|pneumonia|bronchitis|strep|uti|kidney stones?|appendicitis|sepsis|anemi[ac]|lupus|celiac|crohn'?s|ibs|endometriosis|pcos|adhd|autism|depress(ion|ed)|anxiety|panic attacks?|bipolar|schizophreni\\w*|psychosis|psychotic|ptsd|ocd|mania|manic|sleep apnea|pregnan(t|cy)|miscarriage|abortion|ivf|fertility|menopause|measles|allerg(y|ies)|anaphylaxis|anaphylactic|seizures?|unconscious|not breathing|stopped breathing|choking|cpr|first aid|vaccines?|vaccinations?|surgery|biopsy|chemo\\w*|radiation therapy|diagnos\\w*|prognosis|side effects?|medical (advice|procedure|condition)|blood tests?|mri|ct scan|x-rays?|xrays?|lab results|toothache|wisdom teeth|root canal|physical therapy|therapist|psychiatrist|mental health)";

export const ADVICE_CUES: readonly RiskCue[] = [
  {
    label: 'symptoms',
    category: 'medical',
    level: 'sensitive',
    patterns: [
      `(i|i'm|im|i've|ive|i have|i get|i feel|i keep|i've been|my|he|she|my (son|daughter|baby|kid|child|toddler|husband|wife|partner|mom|dad|mother|father|friend|dog|cat)) ~4 <${SYMPTOM}>`,
      "<what's wrong with (me|my (body|head|stomach|heart|eyes?|skin|legs?|back|arms?|chest|throat|baby|son|daughter|kid|child))>",
      '(should|do) (i|we) ~1 (see|go to|call) (a |the |my )?<(doctor|gp|er|emergency room|hospital|dentist|dermatologist|specialist|urgent care|pediatrician)>',
      '(ask|asking|tell|telling) (my|the|a) <(doctor|nurse|surgeon|pharmacist|gp|dentist|physician)>',
    ],
    cancelIn: ['computing', 'games', 'sports'],
  },
  {
    label: 'medication',
    category: 'medical',
    level: 'sensitive',
    patterns: [
      `(dose|doses|dosage|dosing|mg|milligrams?|mcg|how much|how many|how often|safe to take|take|taking|took|mix|mixing|combine|stop taking|double up|overdose on|prescribed|what is|what's) ~4 <${MEDICATION}>`,
      `<${MEDICATION}> ~4 (dose|dosage|mg|interactions?|side effects?|with alcohol|and alcohol|while pregnant|safe|for|withdrawal|overdose)`,
    ],
    raiseWith: ['earlier-self-harm', 'earlier-violence'],
    cancelIn: ['computing', 'games'],
  },
  {
    label: 'toxicity',
    category: 'medical',
    level: 'sensitive',
    patterns: [
      '<(poisonous|toxic|deadly|lethal|fatal)> ~3 (if|when|to) ~2 (swallowed|ingested|eaten|inhaled|drunk|humans|people|adults|dogs|cats|kids|children|a person|someone)',
      '(which|what) ~3 (chemicals|household chemicals|cleaning products|plants|mushrooms|berries|medications|medicines|pills|substances|gases) ~3 (are|is|can be) ~1 <(toxic|poisonous|deadly|lethal|fatal)>',
      '<(overdose|od)> on ~2 {HARD_DRUG}',
    ],
    raiseWith: ['earlier-violence', 'earlier-self-harm'],
    cancelIn: ['games', 'pests'],
  },
  {
    label: 'condition',
    category: 'medical',
    level: 'sensitive',
    patterns: [
      `<${CONDITION}>`,
      '<(procedure|operation|treatment|diagnosis|therapy)> ~4 (doctor|nurse|surgeon|hospital|clinic|recovery|before|after)',
      '(they|he|she|people|the \\w+|someone|somebody|everyone|the government|newscasters|it) ~2 (can |are |is |keep |keeps )?(read|reading|hear|hearing|control|controlling|steal|stealing|broadcast|broadcasting|insert|inserting) my <(thoughts|mind)>',
      "<(speaking|talking|sending (me )?(messages|signals)) (directly )?(to me|messages to me)>",
      '<(hearing voices|being watched|being followed|they are after me|they\'re after me|implanted|a chip in my)>',
      '(two|three|four|\\d+|several|few) (nights?|days) (of )?(no|without) <sleep>',
      "(haven't|have not|hasn't|didn't|did not) <slept> ~2 (in |for )?(two|three|four|\\d+|several|a few|days|nights)",
      '<(spicy chip|one chip|blackout|choking|tide pod|benadryl|fire|skull-?breaker|cinnamon|salt and ice|nyquil chicken|pass-?out) challenges?>',
    ],
    cancelIn: ['computing', 'games', 'history'],
  },
  {
    label: 'legal-question',
    category: 'legal',
    level: 'sensitive',
    patterns: [
      '<(sue|suing)> (my|the|him|her|them|a|an|for|someone|somebody|over)',
      "<(lawsuit|small claims|press charges|pressing charges|legal advice|legal action|restraining order|protective order|cease and desist|plead guilty|plead not guilty|plea deal|expunge\\w*|criminal record|statute of limitations|breach of contract|wrongful (termination|dismissal)|workers'? comp\\w*|defamation|libel|slander|small-claims)>",
      '(get|need|hire|find|call|talk to|consult|ask) ~2 (a |an |my )?<(lawyer|attorney|solicitor|public defender|legal aid)>',
      "is it <(legal|illegal|against the law|a crime|allowed)>",
      '<(legal|illegal|legally)> (to|for|in|here)',
      "(my|the|our) <(landlord|tenant|employer|ex)> ~4 (won't|refuses|is refusing|kept|keeps|withheld|evict\\w*|sued|is suing|fired me|owes me)",
      "(can|could|will|would) (i|my employer|they|my boss|my landlord|the school|the police) ~3 <(get fired|fire me|be fired|get evicted|evict me|get deported|deport me|get arrested|arrest me|sue me|get sued|be sued|go to jail|go to prison)>",
      "<is it (legal|illegal|against the law|allowed)> for (my|an|a|the) (employer|boss|landlord|company|school|police|cop|cops|hospital|bank|store|neighbou?r)",
      '<(security deposit|eviction|evicted|custody|divorce|alimony|child support|prenup|prenuptial|last will|probate|power of attorney|visa|immigration|green card|asylum|deported|deportation|citizenship|naturali[sz]ation|arrested|charged with|dui|dwi|speeding ticket|traffic ticket|court date|subpoena|copyright infringement|trademark|patent|nda|non-?compete|tenant rights|my rights|probation|parole|liable|liability|jury duty|testify|testimony)>',
    ],
    cancelIn: ['computing', 'games'],
  },
  {
    label: 'financial-decision',
    category: 'financial',
    level: 'sensitive',
    patterns: [
      '(should|would|could) (i|we) ~3 (buy|sell|invest|short|hold|dump|put|move|cash out|refinance|pay off|take out|open|max out|get|trade) ~3 <(stocks?|shares|crypto\\w*|bitcoin|btc|ethereum|eth|dogecoin|nfts?|etfs?|index funds?|mutual funds?|treasur(y|ies)|t-bills|forex|annuit(y|ies)|401\\(?k\\)?|ira|roth|hsa|pension|mortgage|loan|heloc|savings|money)>',
      '(should (i|we)|is it (a good time|smart|wise|better)|good time) ~3 (buy|rent|sell|purchase) ~2 (a |an |my )?<(house|home|condo|apartment|property|real estate)>',
      '(should|would|could) (i|we) <invest(ing)?>',
      '(good|right|bad|smart|wise) time to (buy|sell|invest in|get into) ~2 <(gold|silver|stocks?|shares|bitcoin|crypto\\w*|ethereum|a house|a home|property|real estate|bonds|index funds|the market)>',
      '(how|best way|where|what) ~4 <invest(ing)?> ~2 (\\$|\\d|my|our|money|savings|in stocks|in crypto|at (age|\\d))',
      '(is|are) ~3 <(stocks?|shares|crypto\\w*|bitcoin|ethereum|dogecoin|nfts?|etfs?|index funds?|gold)> ~3 (a good (investment|buy|idea)|worth (it|buying|investing)|going (up|down)|undervalued|overvalued|safe)',
      "<my (portfolio|401\\(?k\\)?|ira|roth( ira)?|savings|emergency fund|retirement|nest egg|investments?|debt|debts|mortgage|loans?|student loans?|credit score|credit card debt|taxes|tax return|finances|pension|inheritance|stocks?|shares|crypto)>",
      "(i|i'm|im|do i|should i|can i|my) ~4 <(taxes|tax (return|credit|refund|bracket|deduction|bill)|deduct\\w*|write-?offs?|capital gains|eitc|earned income tax credit|irs|w2|w-2|1099|filing status|file jointly|agi)>",
      '<(how much|what percentage)> ~4 (should|do) (i|we) ~2 (save|invest|put|contribute|spend|borrow)',
      '<(retire|retirement|bankruptcy|debt consolidation|payday loans?|credit score|day trading|options trading|margin trading|leverage trading)>',
    ],
    cancelIn: ['games', 'computing'],
  },
];
