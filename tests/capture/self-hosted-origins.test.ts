import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addSelfHostedOrigin,
  CHAT_CONTENT_SCRIPT,
  isSelfHostedOrigin,
  listSelfHostedOrigins,
  parseSelfHostedOrigin,
  removeSelfHostedOrigin,
  SELF_HOSTED_ORIGINS_KEY,
  syncSelfHostedRegistrations,
  type RegisteredScript,
  type SelfHostedApi,
} from '../../sites/self-hosted-origins';

/** In-memory permissions and scripting with the browsers' semantics; storage is fakeBrowser's. */
function fakeApi(options: { grant?: boolean; failRegister?: boolean } = {}) {
  const granted = new Set<string>();
  const scripts = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  const api: SelfHostedApi = {
    permissions: {
      request: async ({ origins }) => {
        calls.push(`request ${origins.join(',')}`);
        if (options.grant === false) return false;
        for (const o of origins) granted.add(o);
        return true;
      },
      remove: async ({ origins }) => {
        calls.push(`remove ${origins.join(',')}`);
        for (const o of origins) granted.delete(o);
        return true;
      },
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    },
    scripting: {
      registerContentScripts: async (list) => {
        calls.push(`register ${list.map((s) => s.id).join(',')}`);
        if (options.failRegister) throw new Error('Invalid script id');
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script id "${s.id}"`);
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async (filter) => {
        calls.push(`unregister ${filter?.ids?.join(',') ?? '*'}`);
        for (const id of filter?.ids ?? [...scripts.keys()]) {
          if (!scripts.delete(id)) throw new Error(`Nonexistent script id "${id}"`);
        }
      },
      getRegisteredContentScripts: async (filter) => [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    },
    storage: {
      get: (key) => fakeBrowser.storage.local.get(key),
      set: (items) => fakeBrowser.storage.local.set(items),
    },
  };
  return { api, granted, scripts, calls };
}

beforeEach(() => fakeBrowser.reset());

describe('parseSelfHostedOrigin', () => {
  it('keeps only the origin, and builds a scheme+host pattern', () => {
    expect(parseSelfHostedOrigin('  http://localhost:3000/c/abc?x=1 ')).toEqual({
      ok: true,
      value: { origin: 'http://localhost:3000', pattern: 'http://localhost/*' },
    });
    expect(parseSelfHostedOrigin('https://Chat.Example.org')).toEqual({
      ok: true,
      value: { origin: 'https://chat.example.org', pattern: 'https://chat.example.org/*' },
    });
  });

  it.each([
    ['', /Enter the address/],
    ['chat.example.org', /no scheme: write http:\/\/chat\.example\.org or https:\/\/chat\.example\.org/],
    ['ftp://files.example.org', /Only http and https/],
    ['https://user:pw@chat.example.org', /user name and password/],
    ['https://chatgpt.com/c/1', /chatgpt\.com is already supported/],
    ['http://[::1', /not a web address/],
  ])('rejects %j with a clear reason', (input, reason) => {
    const parsed = parseSelfHostedOrigin(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });
});

describe('adding and removing origins', () => {
  it('asks for the permission first, then registers the chat script and stores the origin', async () => {
    const { api, scripts, calls, granted } = fakeApi();
    await expect(addSelfHostedOrigin('http://localhost:3000', api)).resolves.toEqual({
      ok: true,
      origin: { origin: 'http://localhost:3000', pattern: 'http://localhost/*' },
    });
    expect(calls[0]).toBe('request http://localhost/*');
    expect([...granted]).toEqual(['http://localhost/*']);
    expect([...scripts.values()]).toEqual([
      { id: 'speclens-self-hosted:http://localhost:3000', matches: ['http://localhost/*'], js: [CHAT_CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    expect(await fakeBrowser.storage.local.get(SELF_HOSTED_ORIGINS_KEY)).toEqual({ [SELF_HOSTED_ORIGINS_KEY]: ['http://localhost:3000'] });
    expect(await isSelfHostedOrigin('http://localhost:3000', api)).toBe(true);
    expect(await isSelfHostedOrigin('http://localhost:8080', api)).toBe(false);
  });

  it('adding the same origin twice keeps one script and one entry', async () => {
    const { api, scripts } = fakeApi();
    await addSelfHostedOrigin('https://chat.example.org', api);
    await expect(addSelfHostedOrigin('https://chat.example.org/', api)).resolves.toMatchObject({ ok: true });
    expect(scripts.size).toBe(1);
    expect((await listSelfHostedOrigins(api)).map((s) => s.origin)).toEqual(['https://chat.example.org']);
  });

  it('changes nothing when the user declines the permission', async () => {
    const { api, scripts } = fakeApi({ grant: false });
    await expect(addSelfHostedOrigin('https://chat.example.org', api)).resolves.toEqual({
      ok: false,
      denied: true,
      error: 'Access to https://chat.example.org was not granted, so SpecLens cannot read it.',
    });
    expect(scripts.size).toBe(0);
    expect(await listSelfHostedOrigins(api)).toEqual([]);
  });

  it('gives the permission back when the script cannot be registered', async () => {
    const { api, granted } = fakeApi({ failRegister: true });
    const result = await addSelfHostedOrigin('https://chat.example.org', api);
    expect(result).toEqual({ ok: false, error: 'Could not set up https://chat.example.org: Invalid script id' });
    expect(granted.size).toBe(0);
    expect(await listSelfHostedOrigins(api)).toEqual([]);
  });

  it('does not ask the browser at all for an invalid address', async () => {
    const { api, calls } = fakeApi();
    expect((await addSelfHostedOrigin('localhost:3000', api)).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('removal unregisters the script, forgets the origin and gives the permission back', async () => {
    const { api, scripts, granted } = fakeApi();
    await addSelfHostedOrigin('https://chat.example.org', api);
    await expect(removeSelfHostedOrigin('https://chat.example.org', api)).resolves.toEqual({ ok: true });
    expect(scripts.size).toBe(0);
    expect(granted.size).toBe(0);
    expect(await listSelfHostedOrigins(api)).toEqual([]);
  });

  it('keeps the host permission while another port of the same host is still added', async () => {
    const { api, scripts, granted } = fakeApi();
    await addSelfHostedOrigin('http://localhost:3000', api);
    await addSelfHostedOrigin('http://localhost:3080', api);
    await removeSelfHostedOrigin('http://localhost:3000', api);
    expect([...granted]).toEqual(['http://localhost/*']);
    expect([...scripts.keys()]).toEqual(['speclens-self-hosted:http://localhost:3080']);
  });
});

describe('syncSelfHostedRegistrations', () => {
  it('unregisters origins whose permission was revoked, re-registers granted ones, drops strays', async () => {
    const { api, scripts, granted } = fakeApi();
    await addSelfHostedOrigin('https://a.example.org', api);
    await addSelfHostedOrigin('https://b.example.org', api);
    granted.delete('https://a.example.org/*'); // revoked in the browser's settings
    scripts.delete('speclens-self-hosted:https://b.example.org'); // lost, e.g. after an update
    scripts.set('speclens-self-hosted:https://gone.example.org', { id: 'speclens-self-hosted:https://gone.example.org' });
    scripts.set('someone-else', { id: 'someone-else' });

    await syncSelfHostedRegistrations(api);
    expect([...scripts.keys()].sort()).toEqual(['someone-else', 'speclens-self-hosted:https://b.example.org']);
    expect(await listSelfHostedOrigins(api)).toEqual([
      { origin: 'https://a.example.org', pattern: 'https://a.example.org/*', granted: false, registered: false },
      { origin: 'https://b.example.org', pattern: 'https://b.example.org/*', granted: true, registered: true },
    ]);
  });

  it('ignores malformed stored values', async () => {
    const { api } = fakeApi();
    await fakeBrowser.storage.local.set({ [SELF_HOSTED_ORIGINS_KEY]: ['https://ok.example.org', 42, 'nonsense'] });
    expect((await listSelfHostedOrigins(api)).map((s) => s.origin)).toEqual(['https://ok.example.org']);
  });
});
