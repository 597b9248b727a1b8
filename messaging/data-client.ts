/** For the extension's pages: send a data request to the background; always resolves to a DataResponse. */
import { browser } from 'wxt/browser';
import { storageError } from '../storage/errors';
import { isDataResponse, type DataRequestOf, type DataResponse, type DataType } from './data-protocol';

export async function requestData<T extends DataType>(request: DataRequestOf<T>): Promise<DataResponse<T>> {
  try {
    const response: unknown = await browser.runtime.sendMessage(request);
    if (isDataResponse(response)) return response as DataResponse<T>;
    return { ok: false, error: storageError('unavailable', 'reach the SpecLens data', 'the background did not answer. Reload the extension if this persists.') };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: storageError('unavailable', 'reach the SpecLens data', 'the background is not running. Reload the extension if this persists.', detail) };
  }
}
