// Hand-made daemon state for component tests: a tiny store with getState/subscribe/set, fake
// services, and factories for containers and images.
import React from 'react';
import type {Endpoint, Engine, LogChunk, LogsOptions} from '../../source/engine/types.js';
import {createLogService} from '../../source/store/logs/log-service.js';
import type {ActionService} from '../../source/store/actions/types.js';
import type {DaemonStore} from '../../source/store/daemon-store.js';
import type {Container, Image, NetworkItem, State, VolumeItem} from '../../source/store/types.js';
import {emptySwarmSlice} from '../../source/store/swarm-slice.js';
import {ServicesProvider, type Services} from '../../source/ui/services-context.js';

export const endpoint: Endpoint = {url: 'unix:///run/test/docker.sock', kind: 'unix', socketPath: '/run/test/docker.sock', insecure: false, source: 'env'};

export function container(patch: Partial<Container> & {id: string; name: string}): Container {
	return {
		names: [`/${patch.name}`], image: 'busybox:1', imageId: 'sha256:aaaa', command: 'sh', state: 'running', status: 'Up 1 minute',
		createdAt: Date.now() - 3_600_000, startedAt: Date.now() - 7_200_000, finishedAt: null, exitCode: null, restartCount: 0,
		health: 'none', oomKilled: false, ports: [], labels: {}, composeProject: null, composeService: null, tty: false, ...patch,
	};
}

export function image(patch: Partial<Image> & {id: string}): Image {
	return {tags: [], size: 1_980_000, createdAt: Date.now() - 86_400_000, containers: 0, dangling: false, labels: {}, ...patch};
}

export function makeState(parts: {containers?: Container[]; images?: Image[]; volumes?: VolumeItem[]; networks?: NetworkItem[]; patch?: Partial<State>} = {}): State {
	return {
		daemon: {endpoint, version: {Version: '20.10.24', ApiVersion: '1.41', MinAPIVersion: '1.12', Os: 'linux', Arch: 'amd64'}, info: null, apiVersion: '1.41'},
		connection: {status: 'connected', since: Date.now()},
		stale: false,
		containers: new Map((parts.containers ?? []).map(item => [item.id, item])),
		images: new Map((parts.images ?? []).map(item => [item.id, item])),
		volumes: new Map((parts.volumes ?? []).map(item => [item.name, item])),
		networks: new Map((parts.networks ?? []).map(item => [item.id, item])),
		lifecycle: new Map(),
		...emptySwarmSlice(),
		syncedAt: Date.now(),
		...parts.patch,
	};
}

export type FakeStore = DaemonStore & {set(next: State): void; /** watchTasks() registrations not yet released */ taskWatchers(): number};

export function fakeStore(initial: State): FakeStore {
	let state = initial;
	let watchers = 0;
	const listeners = new Set<() => void>();
	return {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		set(next) {
			state = next;
			for (const listener of [...listeners]) listener();
		},
		start() {},
		stop: async () => {},
		resync: async () => {},
		fresh: async () => state,
		watchTasks() {
			watchers++;
			let released = false;
			return () => {
				if (!released) watchers--;
				released = true;
			};
		},
		taskWatchers: () => watchers,
	};
}

const idleActions = new Proxy({} as ActionService, {
	get(_target, name) {
		if (name === 'pending') return () => undefined;
		if (name === 'subscribe') return () => () => {};
		if (name === 'readOnly') return false;
		return async () => ({kind: 'none'});
	},
});

/** Logs that stay open and silent until cancelled (component tests do not test logs). */
async function* silentLogs(_id: string, options: LogsOptions = {}): AsyncIterable<LogChunk> {
	await new Promise<void>(resolve => options.signal?.addEventListener('abort', () => resolve(), {once: true}));
}

const quietEngine = new Proxy({} as Engine, {
	get(_target, name) {
		if (name === 'logs' || name === 'logBytes') return silentLogs;
		if (name === 'inspectContainer') return async (id: string) => ({Id: id, Name: `/${id}`, Config: {Tty: false}, State: {Status: 'running'}});
		return undefined;
	},
});

export function fakeServices(store: FakeStore, patch: Partial<Services> = {}): Services {
	return {
		store,
		logs: createLogService(quietEngine, store),
		actions: idleActions,
		readOnly: false,
		endpoint,
		runExternal: fn => fn(),
		inspectImage: async () => {
			throw new Error('not in this test');
		},
		imageHistory: async () => [],
		...patch,
	};
}

export function withServices(services: Services, node: React.ReactNode) {
	return <ServicesProvider services={services}>{node}</ServicesProvider>;
}
