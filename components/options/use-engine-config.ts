/** The stored engine config as page state: loaded once, saved on every change, one save at a time. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EngineConfig } from '../../engine/config';
import { loadEngineConfig, saveEngineConfig, type WritableKeyValueArea } from '../../messaging/engine-config-store';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

export interface EngineConfigState {
  /** null until loaded. */
  config: EngineConfig | null;
  /** Why the stored config was not usable (the defaults apply until the next save). */
  loadProblems: string[];
  loadError: string | null;
  save: SaveState;
  /** Applies `next` at once and stores it; resolves to the problems that kept it from being stored. */
  update(next: EngineConfig): Promise<string[]>;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useEngineConfig(storage: WritableKeyValueArea, builtInIds: ReadonlySet<string>): EngineConfigState {
  const [config, setConfig] = useState<EngineConfig | null>(null);
  const [loadProblems, setLoadProblems] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    loadEngineConfig(storage, builtInIds).then(
      (loaded) => {
        setConfig(loaded.config);
        setLoadProblems(loaded.problems);
      },
      (err) => {
        setConfig({});
        setLoadError(`The saved rule settings could not be read (${errorText(err)}). The defaults are shown.`);
      },
    );
  }, [storage, builtInIds]);

  const update = useCallback(
    (next: EngineConfig): Promise<string[]> => {
      setConfig(next);
      setSave({ kind: 'saving' });
      const run = queue.current.then(async () => {
        try {
          const result = await saveEngineConfig(storage, next, builtInIds);
          if (!result.ok) {
            setSave({ kind: 'error', message: `Not saved: ${result.problems.join('; ')}` });
            return result.problems;
          }
          setLoadProblems([]);
          setSave({ kind: 'saved', at: Date.now() });
          return [];
        } catch (err) {
          const message = `Not saved: ${errorText(err)}`;
          setSave({ kind: 'error', message });
          return [message];
        }
      });
      queue.current = run;
      return run;
    },
    [storage, builtInIds],
  );

  return { config, loadProblems, loadError, save, update };
}
