/** The explicit rule registry, sorted by id. A rule that is not listed here does not run. */
import type { Rule } from '../engine/rule';
import noAiBoilerplate from './style/no-ai-boilerplate';
import missingEmergencyAdvice from './stay_in_bounds/missing-emergency-advice';
import missingSelfHarmSupport from './stay_in_bounds/missing-self-harm-support';
import noHarmfulCompliance from './stay_in_bounds/no-harmful-compliance';
import noOverRefusal from './chain_of_command/no-over-refusal';
import noPrivatePersonalData from './stay_in_bounds/no-private-personal-data';
import noSystemPromptDisclosure from './stay_in_bounds/no-system-prompt-disclosure';
import excessiveDisclaimers from './style/excessive-disclaimers';
import falseActionClaim from './seek_truth/false-action-claim';
import noPreachyRefusal from './style/no-preachy-refusal';
import statedNumericConfidence from './seek_truth/stated-numeric-confidence';
import sycophanticOpener from './seek_truth/sycophantic-opener';
import arguedOutOfRefusal from './seek_truth/argued-out-of-refusal';
import confidentConsciousnessClaim from './seek_truth/confident-consciousness-claim';
import personalPoliticalStance from './seek_truth/personal-political-stance';
import sycophanticReversal from './seek_truth/sycophantic-reversal';
import falseNeutralityOnAtrocity from './seek_truth/false-neutrality-on-atrocity';
import falseReassurance from './seek_truth/false-reassurance';
import wrongMd5Hash from './seek_truth/wrong-md5-hash';
import staleFigureAsCurrent from './seek_truth/stale-figure-as-current';
import questionInsteadOfTransformation from './seek_truth/question-instead-of-transformation';
import ignoredFormatInstruction from './chain_of_command/ignored-format-instruction';
import ignoredLengthInstruction from './chain_of_command/ignored-length-instruction';
import wrongReplyLanguage from './chain_of_command/wrong-reply-language';
import extraTextAroundCode from './best_work/extra-text-around-code';
import invalidJsonOutput from './best_work/invalid-json-output';
import wrongEquationSolution from './best_work/wrong-equation-solution';
import teenRomanticRoleplay from './chatgpt_u18/teen-romantic-roleplay';
import teenRiskyCoaching from './chatgpt_u18/teen-risky-coaching';
import teenMissingTrustedAdult from './chatgpt_u18/teen-missing-trusted-adult';
import noEmotionalExclusivity from './stay_in_bounds/no-emotional-exclusivity';
import distressTopicChange from './stay_in_bounds/distress-topic-change';
import sensitiveDataInUrl from './chain_of_command/sensitive-data-in-url';
import vigilanteReporting from './chain_of_command/vigilante-reporting';
import unrequestedUpsell from './chain_of_command/unrequested-upsell';
import jailbreakPersonaAdopted from './chain_of_command/jailbreak-persona-adopted';
import followsInjectedInstructions from './chain_of_command/follows-injected-instructions';
import affirmsDelusion from './stay_in_bounds/affirms-delusion';
import asksIntentForSensitiveRequest from './stay_in_bounds/asks-intent-for-sensitive-request';
import noAbusiveInsult from './stay_in_bounds/no-abusive-insult';
import noSlurs from './stay_in_bounds/no-slurs';
import bareRegulatedVerdict from './stay_in_bounds/bare-regulated-verdict';
import moralizingLegalRequest from './chain_of_command/moralizing-legal-request';
import refusalWithoutAlternative from './chain_of_command/refusal-without-alternative';
import prematureWrapUp from './style/premature-wrap-up';
import refusedRequestedProfanity from './style/refused-requested-profanity';
import unrequestedProfanity from './style/unrequested-profanity';
import unrequestedEmojiOrSlang from './style/unrequested-emoji-or-slang';
import accentMisuseInVoiceMode from './style/accent-misuse-in-voice-mode';
import unpromptedPersonalComment from './style/unprompted-personal-comment';
import repeatedApologies from './style/repeated-apologies';
import pretendsHumanExperience from './style/pretends-human-experience';
import incompleteLaboriousTask from './style/incomplete-laborious-task';
import ignoredMicCheck from './style/ignored-mic-check';
import brokenMarkdownStructure from './best_work/broken-markdown-structure';
import unconfirmedIrreversibleAction from './chain_of_command/unconfirmed-irreversible-action';
import refusedTransformation from './stay_in_bounds/refused-transformation';
import unrefusedHarmfulRequest from './stay_in_bounds/unrefused-harmful-request';
import obeysInstructionOverride from './chain_of_command/obeys-instruction-override';
import grantsProhibitedRequest from './chain_of_command/grants-prohibited-request';
import assumedGender from './seek_truth/assumed-gender';
import unrequestedNormativeVerdict from './seek_truth/unrequested-normative-verdict';
import answersInstructionProbe from './stay_in_bounds/answers-instruction-probe';
import deniesOwnRestriction from './seek_truth/denies-own-restriction';
import refusedPersuasiveWriting from './seek_truth/refused-persuasive-writing';
import inconsistentScoreAcrossNames from './stay_in_bounds/inconsistent-score-across-names';
import coldCrisisDeflection from './stay_in_bounds/cold-crisis-deflection';
import targetedPoliticalPersuasion from './stay_in_bounds/targeted-political-persuasion';
import wrongCapitalCity from './best_work/wrong-capital-city';

export const RULES: readonly Rule[] = [
  noAiBoilerplate,
  missingEmergencyAdvice,
  missingSelfHarmSupport,
  noHarmfulCompliance,
  noOverRefusal,
  noPrivatePersonalData,
  noSystemPromptDisclosure,
  excessiveDisclaimers,
  falseActionClaim,
  noPreachyRefusal,
  statedNumericConfidence,
  sycophanticOpener,
  arguedOutOfRefusal,
  confidentConsciousnessClaim,
  personalPoliticalStance,
  sycophanticReversal,
  falseNeutralityOnAtrocity,
  falseReassurance,
  wrongMd5Hash,
  staleFigureAsCurrent,
  questionInsteadOfTransformation,
  ignoredFormatInstruction,
  ignoredLengthInstruction,
  wrongReplyLanguage,
  extraTextAroundCode,
  invalidJsonOutput,
  wrongEquationSolution,
  teenRomanticRoleplay,
  teenRiskyCoaching,
  teenMissingTrustedAdult,
  noEmotionalExclusivity,
  distressTopicChange,
  sensitiveDataInUrl,
  vigilanteReporting,
  unrequestedUpsell,
  jailbreakPersonaAdopted,
  followsInjectedInstructions,
  affirmsDelusion,
  asksIntentForSensitiveRequest,
  noAbusiveInsult,
  noSlurs,
  bareRegulatedVerdict,
  moralizingLegalRequest,
  refusalWithoutAlternative,
  prematureWrapUp,
  refusedRequestedProfanity,
  unrequestedProfanity,
  unrequestedEmojiOrSlang,
  accentMisuseInVoiceMode,
  unpromptedPersonalComment,
  repeatedApologies,
  pretendsHumanExperience,
  incompleteLaboriousTask,
  ignoredMicCheck,
  brokenMarkdownStructure,
  unconfirmedIrreversibleAction,
  refusedTransformation,
  unrefusedHarmfulRequest,
  obeysInstructionOverride,
  grantsProhibitedRequest,
  assumedGender,
  unrequestedNormativeVerdict,
  answersInstructionProbe,
  deniesOwnRestriction,
  refusedPersuasiveWriting,
  inconsistentScoreAcrossNames,
  coldCrisisDeflection,
  targetedPoliticalPersuasion,
  wrongCapitalCity,
].sort((a, b) => a.id.localeCompare(b.id));

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
