import { describe, expect, it } from 'vitest';
import { attempt, classifyStorageError, StoreRequestError } from '../../storage/errors';

describe('classifyStorageError', () => {
  it.each([
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'quota'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }, 'quota'],
    [new Error('Encountered full disk while opening backing store for indexedDB.open. quota'), 'quota'],
    [new DOMException('gone', 'InvalidStateError'), 'unavailable'],
    [new DOMException('newer schema', 'VersionError'), 'unavailable'],
    [new DOMException('aborted', 'AbortError'), 'aborted'],
    [new DOMException('bad key', 'DataError'), 'invalid'],
    [new DOMException('cannot clone', 'DataCloneError'), 'invalid'],
    [new TypeError('x is undefined'), 'failed'],
    ['a string', 'failed'],
    [new StoreRequestError('not-found', 'it is gone.'), 'not-found'],
  ])('%s -> %s', (err, kind) => {
    const e = classifyStorageError(err, 'save the reply');
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(/^Could not save the reply/);
  });

  it('says that nothing stored was lost, and keeps the technical detail apart', () => {
    const e = classifyStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'save the reply');
    expect(e.message).toContain('Nothing that was already stored has been lost.');
    expect(e.detail).toBe('QuotaExceededError: The quota has been exceeded.');
  });

  it('attempt never rejects', async () => {
    await expect(attempt('read', async () => 5)).resolves.toEqual({ ok: true, value: 5 });
    await expect(attempt('read', async () => Promise.reject(new DOMException('x', 'AbortError')))).resolves.toMatchObject({
      ok: false,
      error: { kind: 'aborted' },
    });
  });
});
