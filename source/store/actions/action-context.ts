// What every action module works with: the engine to ask, the store to read names and states from,
// and the registry of requests in flight.
import type {Engine} from '../../engine/types.js';
import type {Store} from '../types.js';
import type {PendingRegistry} from './pending-registry.js';

export type ActionContext = {engine: Engine; store: Store; pending: PendingRegistry};
