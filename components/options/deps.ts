/** What the options page talks to; the entrypoint passes the extension's, tests pass fakes. */
import type { RegexSafetyCheck } from '../../engine/custom-rules';
import type { Rule } from '../../engine/rule';
import type { DataRequestOf, DataResponse, DataType } from '../../messaging/data-protocol';
import type { WritableKeyValueArea } from '../../messaging/engine-config-store';
import type { SelfHostedApi } from '../../sites/self-hosted-origins';

export interface OptionsDeps {
  /** The built-in rules (rules/index.ts). */
  rules: readonly Rule[];
  /** Extension storage, where the engine config lives (messaging/engine-config-store.ts). */
  storage: WritableKeyValueArea;
  /** The background's data API (messaging/data-client.ts). */
  data: <T extends DataType>(request: DataRequestOf<T>) => Promise<DataResponse<T>>;
  selfHosted: SelfHostedApi;
  /** Loads the catastrophic-backtracking check for custom patterns (a large script, loaded on first save). */
  loadRegexCheck: () => Promise<RegexSafetyCheck>;
}
