// The State before the first sync: nothing known yet, connecting.
import type {Endpoint} from '../engine/types.js';
import type {State} from './types.js';
import {emptySwarmSlice} from './swarm-slice.js';

export function createInitialState(endpoint: Endpoint, now = Date.now()): State {
	return {
		daemon: {endpoint, version: null, info: null, apiVersion: null},
		connection: {status: 'connecting', since: now},
		stale: true,
		containers: new Map(),
		images: new Map(),
		volumes: new Map(),
		networks: new Map(),
		lifecycle: new Map(),
		...emptySwarmSlice(),
		syncedAt: null,
	};
}
