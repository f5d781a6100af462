// Loads only undici's Pool plus its request/upgrade methods, not the whole package (fetch,
// websocket, mocks, caches): measured ~13 MB less RSS and a faster start for `dockhand version`.
import type {Pool as PublicPool} from 'undici';
import PoolImpl from 'undici/lib/dispatcher/pool.js';
import DispatcherImpl from 'undici/lib/dispatcher/dispatcher.js';
import request from 'undici/lib/api/api-request.js';
import upgrade from 'undici/lib/api/api-upgrade.js';

// What undici's index.js does for every dispatcher (Object.assign(Dispatcher.prototype, api)).
const prototype = DispatcherImpl.prototype as unknown as Record<string, unknown>;
prototype.request ??= request;
prototype.upgrade ??= upgrade;

export const Pool = PoolImpl as unknown as typeof PublicPool;
export type Pool = PublicPool;
