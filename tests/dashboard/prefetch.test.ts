import { describe, expect, it, vi } from 'vitest';
import type { DataRequester } from '../../components/dashboard/data';
import { EMPTY_FILTERS, toFindingFilters } from '../../components/dashboard/filters';
import { withPrefetch } from '../../components/dashboard/prefetch';
import { blockRequest } from '../../components/dashboard/use-findings';

function countingRequester() {
  const calls: unknown[] = [];
  const request = vi.fn(async (r: unknown) => {
    calls.push(r);
    return { ok: true as const, value: calls.length };
  }) as unknown as DataRequester;
  return { request, calls };
}

describe('withPrefetch', () => {
  const first = blockRequest(toFindingFilters(EMPTY_FILTERS), 'newest', 0);

  it('sends the prefetched request at once and answers the first equal request with it', async () => {
    const { request, calls } = countingRequester();
    const wrapped = withPrefetch(request, first);
    expect(calls).toHaveLength(1);
    const answer = await wrapped(blockRequest(toFindingFilters({ ...EMPTY_FILTERS }), 'newest', 0));
    expect(answer).toEqual({ ok: true, value: 1 });
    expect(calls).toHaveLength(1);
  });

  it('uses the prefetched answer once: a later equal request (a reload) asks the background again', async () => {
    const { request, calls } = countingRequester();
    const wrapped = withPrefetch(request, first);
    await wrapped(first);
    expect(await wrapped(first)).toEqual({ ok: true, value: 2 });
    expect(calls).toHaveLength(2);
  });

  it('passes other requests through while the prefetched one waits', async () => {
    const { request, calls } = countingRequester();
    const wrapped = withPrefetch(request, first);
    const other = blockRequest(toFindingFilters({ ...EMPTY_FILTERS, site: 'claude' }), 'newest', 0);
    expect(await wrapped(other)).toEqual({ ok: true, value: 2 });
    expect(calls[1]).toEqual(other);
    expect(await wrapped(first)).toEqual({ ok: true, value: 1 });
  });
});
