/** The top-level help text. Only commands that exist are listed. */
export const USAGE = `speclens: checks AI chat replies against OpenAI's Model Spec, locally and deterministically.

Usage:
  speclens scan FILE.jsonl|- [--json] [--config FILE]
      check the last assistant reply of each conversation and print the findings and signals
  speclens eval FILE.jsonl|- [--min-severity LEVEL] [--json | --markdown] [--config FILE]
      precision, recall and false-positive rate on labelled replies
  speclens rules [--config FILE] [--json]
      list the rules and whether each is on under a config (presets, custom rules: rules --help)
  speclens export BACKUP --out OUT.zip [--format LIST] [--verdict ...] [--rule ...] [--redact]
      a backup or scenario file to promptfoo, Inspect, OpenAI evals, JSONL, CSV and Markdown
  speclens validate FILE|-
      check a scenario file or backup before importing it; every problem with its line
  speclens extract PAGE.html [--url URL] [--pretty] [--scan]
      the site, conversation id, model and exchanges the site adapters read from a saved chat page

  speclens COMMAND --help   options of a command
  speclens --version        print the version

Examples:
  speclens scan tests/fixtures/samples/conversations.jsonl
  speclens scan --json chats.jsonl > findings.jsonl
  speclens eval tests/fixtures/model-spec/examples.jsonl
  speclens export speclens-backup.jsonl --format promptfoo,markdown --out suite.zip
  speclens extract saved-chat.html --url https://chatgpt.com/c/… --pretty`;
