/** How dashboard components reach the background's data API; injected so tests can answer directly. */
import type { DataRequestOf, DataResponse, DataType } from '../../messaging/data-protocol';

export type DataRequester = <T extends DataType>(request: DataRequestOf<T>) => Promise<DataResponse<T>>;
