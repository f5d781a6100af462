// A recording stand-in for the Engine and a fixed Store, for the action service's unit tests.
import type {Engine} from '../../../source/engine/types.js';
import type {Container, Image, NetworkItem, State, Store, VolumeItem} from '../../../source/store/types.js';
import {emptySwarmSlice} from '../../../source/store/swarm-slice.js';

export type Call = {method: string; args: unknown[]};
type Impl = (...args: any[]) => unknown;

const defaults: Record<string, Impl> = {
	startContainer: async () => 'started',
	stopContainer: async () => 'stopped',
};

/** Every method call is recorded; unlisted methods resolve to undefined. */
export function fakeEngine(overrides: Record<string, Impl> = {}, options: {readOnly?: boolean; apiVersion?: string} = {}) {
	const calls: Call[] = [];
	const base: Record<string, unknown> = {
		endpoint: {url: 'unix:///fake.sock', kind: 'unix', insecure: false, source: 'flag'},
		readOnly: options.readOnly ?? false,
		apiVersion: options.apiVersion ?? '1.41',
	};
	const engine = new Proxy(base, {
		get(target, property) {
			if (typeof property !== 'string') return undefined;
			if (property in target) return target[property];
			if (property === 'then') return undefined;
			return (...args: unknown[]) => {
				calls.push({method: property, args});
				const impl = overrides[property] ?? defaults[property];
				return impl ? impl(...args) : Promise.resolve(undefined);
			};
		},
	}) as unknown as Engine;
	return {engine, calls, methods: () => calls.map(call => call.method)};
}

/** An error shaped like the engine's DockerApiError. */
export function apiError(status: number, daemonMessage: string): Error {
	return Object.assign(new Error(`${status}: ${daemonMessage}`), {name: 'DockerApiError', status, daemonMessage, method: 'POST', path: '/x'});
}

export function container(patch: Partial<Container> & {id: string}): Container {
	return {
		name: patch.id, names: [`/${patch.id}`], image: 'busybox:1', imageId: 'sha256:b', command: 'sh', state: 'running', status: 'Up',
		createdAt: 0, startedAt: null, finishedAt: null, exitCode: null, restartCount: 0, health: 'none', oomKilled: false,
		ports: [], labels: {}, composeProject: null, composeService: null, tty: false, ...patch,
	};
}

export function fakeStore(contents: {containers?: Container[]; images?: Image[]; volumes?: VolumeItem[]; networks?: NetworkItem[]} = {}): Store {
	const state = {
		daemon: {endpoint: {url: 'unix:///fake.sock', kind: 'unix', insecure: false, source: 'flag'}, version: null, info: null, apiVersion: '1.41'},
		connection: {status: 'connected', since: 0},
		stale: false,
		containers: new Map((contents.containers ?? []).map(item => [item.id, item])),
		images: new Map((contents.images ?? []).map(item => [item.id, item])),
		volumes: new Map((contents.volumes ?? []).map(item => [item.name, item])),
		networks: new Map((contents.networks ?? []).map(item => [item.id, item])),
		lifecycle: new Map(),
		...emptySwarmSlice(),
		syncedAt: 0,
	} as State;
	return {getState: () => state, subscribe: () => () => {}};
}
