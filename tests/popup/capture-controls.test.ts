import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CAPTURE_CONTROLS_KEY,
  isCaptureAllowed,
  liveCaptureControls,
  loadCaptureControls,
  originOf,
  parseCaptureControls,
  setCapturePaused,
  setSiteCapture,
  gatedSend,
  CAPTURE_OFF,
} from '../../storage/capture-controls';

beforeEach(() => fakeBrowser.reset());

describe('capture controls', () => {
  it('default to capturing everywhere, also when the stored value is malformed', async () => {
    expect(await loadCaptureControls(fakeBrowser.storage.local)).toEqual({ paused: false, disabledOrigins: [] });
    expect(parseCaptureControls({ paused: 'yes', disabledOrigins: ['https://a.example', 4, 'https://a.example'] })).toEqual({ paused: false, disabledOrigins: ['https://a.example'] });
    expect(parseCaptureControls('nonsense')).toEqual({ paused: false, disabledOrigins: [] });
  });

  it('turn a site off by origin and on again, and pause everything', async () => {
    const area = fakeBrowser.storage.local;
    await setSiteCapture(area, 'https://claude.ai', false);
    await setSiteCapture(area, 'https://chatgpt.com', false);
    let controls = await loadCaptureControls(area);
    expect(controls.disabledOrigins).toEqual(['https://chatgpt.com', 'https://claude.ai']);
    expect(isCaptureAllowed(controls, 'https://chatgpt.com/c/1')).toBe(false);
    expect(isCaptureAllowed(controls, 'https://gemini.google.com/app/1')).toBe(true);
    await setSiteCapture(area, 'https://chatgpt.com', true);
    controls = await setCapturePaused(area, true);
    expect(controls).toEqual({ paused: true, disabledOrigins: ['https://claude.ai'] });
    expect(isCaptureAllowed(controls, 'https://chatgpt.com/c/1')).toBe(false);
    expect((await area.get(CAPTURE_CONTROLS_KEY))[CAPTURE_CONTROLS_KEY]).toEqual(controls);
  });

  it('follow changes made elsewhere (the popup) without a reload', async () => {
    const live = await liveCaptureControls(fakeBrowser.storage.local, fakeBrowser.storage.onChanged);
    expect(live.current.paused).toBe(false);
    await setCapturePaused(fakeBrowser.storage.local, true);
    expect(live.current.paused).toBe(true);
    await fakeBrowser.storage.local.remove(CAPTURE_CONTROLS_KEY);
    expect(live.current).toEqual({ paused: false, disabledOrigins: [] });
  });

  it('key switches by http(s) origin only', () => {
    expect(originOf('https://chatgpt.com/c/abc?x=1#y')).toBe('https://chatgpt.com');
    expect(originOf('http://127.0.0.1:8080/chat')).toBe('http://127.0.0.1:8080');
    expect(originOf('chrome://newtab')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('the content script gate', () => {
  it('keeps captures from the background while paused or off for the site, and lets health through', async () => {
    const sent: { type: string }[] = [];
    const send = async (m: { type: string }) => (sent.push(m), { ok: true });
    const live = await liveCaptureControls(fakeBrowser.storage.local, fakeBrowser.storage.onChanged);
    let url = 'https://chatgpt.com/c/1';
    const gated = gatedSend(send, live, () => url, 'speclens/capture');

    expect(await gated({ type: 'speclens/capture' })).toEqual({ ok: true });
    await setCapturePaused(fakeBrowser.storage.local, true);
    expect(await gated({ type: 'speclens/capture' })).toEqual({ ok: false, error: CAPTURE_OFF });
    expect(await gated({ type: 'speclens/health' })).toEqual({ ok: true });
    await setCapturePaused(fakeBrowser.storage.local, false);
    await setSiteCapture(fakeBrowser.storage.local, 'https://chatgpt.com', false);
    expect(await gated({ type: 'speclens/capture' })).toEqual({ ok: false, error: CAPTURE_OFF });
    url = 'https://claude.ai/chat/2';
    expect(await gated({ type: 'speclens/capture' })).toEqual({ ok: true });
    expect(sent.map((m) => m.type)).toEqual(['speclens/capture', 'speclens/health', 'speclens/capture']);
  });

  it('sends everything when the switches could not be read', async () => {
    const gated = gatedSend(async () => 'sent', null, () => 'https://chatgpt.com/', 'speclens/capture');
    expect(await gated({ type: 'speclens/capture' })).toBe('sent');
  });
});
