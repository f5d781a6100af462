// A fake engine whose log streams the test feeds by hand, and a store the test can change.
import type {ContainerInspect, Engine, LogChunk, LogsOptions} from '../../../source/engine/types.js';
import type {Container, ContainerLifecycleEvent, State, Store} from '../../../source/store/types.js';
import {emptySwarmSlice} from '../../../source/store/swarm-slice.js';

export type FakeStream = {id: string; options: LogsOptions; push(chunk: LogChunk): void; end(): void; fail(error: Error): void; aborted(): boolean};

export function fakeLogEngine(tty: Record<string, boolean> = {}) {
	const streams: FakeStream[] = [];
	const logs = (id: string, options: LogsOptions = {}): AsyncGenerator<LogChunk> => {
		const queue: Array<LogChunk | {end: true} | {error: Error}> = [];
		let wake: (() => void) | null = null;
		const stream: FakeStream = {
			id,
			options,
			push: chunk => { queue.push(chunk); wake?.(); },
			end: () => { queue.push({end: true}); wake?.(); },
			fail: error => { queue.push({error}); wake?.(); },
			aborted: () => options.signal?.aborted ?? false,
		};
		streams.push(stream);
		options.signal?.addEventListener('abort', () => wake?.());
		return (async function* () {
			for (;;) {
				if (options.signal?.aborted) return;
				const next = queue.shift();
				if (!next) {
					await new Promise<void>(resolve => { wake = resolve; });
					wake = null;
					continue;
				}
				if ('end' in next) return;
				if ('error' in next) throw next.error;
				yield next;
			}
		})();
	};
	const engine = {
		async inspectContainer(id: string) {
			return {Id: id, Config: {Tty: tty[id] ?? false}} as unknown as ContainerInspect;
		},
		logs,
		/** The same chunks as the daemon would send them: each one framed unless tty, one read each. */
		async *logBytes(id: string, options: LogsOptions & {tty: boolean}): AsyncGenerator<Uint8Array> {
			for await (const chunk of logs(id, options)) yield options.tty ? chunk.data : framed(chunk);
		},
		/** A service's logs: streams named `service:ID`, fed like a container's. */
		async *serviceLogBytes(id: string, options: LogsOptions & {tty: boolean}): AsyncGenerator<Uint8Array> {
			for await (const chunk of logs(`service:${id}`, options)) yield options.tty ? chunk.data : framed(chunk);
		},
	} as unknown as Engine;
	return {engine, streams};
}

/** A chunk as one frame of a multiplexed body: [type, 0, 0, 0, size (uint32 BE)] then the payload. */
export function framed(chunk: LogChunk): Uint8Array {
	const out = new Uint8Array(8 + chunk.data.length);
	out[0] = chunk.stream === 'stderr' ? 2 : chunk.stream === 'system' ? 3 : 1;
	new DataView(out.buffer).setUint32(4, chunk.data.length, false);
	out.set(chunk.data, 8);
	return out;
}

export function fakeContainer(patch: Partial<Container> & {id: string}): Container {
	return {
		name: patch.id, names: [`/${patch.id}`], image: 'busybox:1', imageId: 'sha256:b', command: 'sh', state: 'running', status: 'Up',
		createdAt: 0, startedAt: 1000, finishedAt: null, exitCode: null, restartCount: 0, health: 'none', oomKilled: false,
		ports: [], labels: {}, composeProject: null, composeService: null, tty: false, ...patch,
	};
}

/** A store whose containers and lifecycle the test replaces; subscribers are told. */
export function mutableStore(containers: Container[] = [], lifecycle: Record<string, ContainerLifecycleEvent[]> = {}) {
	const listeners = new Set<() => void>();
	let state = {
		daemon: {endpoint: {url: 'unix:///fake.sock', kind: 'unix', insecure: false, source: 'flag'}, version: null, info: null, apiVersion: '1.41'},
		connection: {status: 'connected', since: 0},
		stale: false,
		containers: new Map(containers.map(item => [item.id, item])),
		images: new Map(),
		volumes: new Map(),
		networks: new Map(),
		lifecycle: new Map(Object.entries(lifecycle)),
		...emptySwarmSlice(),
		syncedAt: 0,
	} as State;
	const store: Store = {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
	const update = (patch: Partial<State>) => {
		state = {...state, ...patch};
		for (const listener of [...listeners]) listener();
	};
	const setContainer = (container: Container) => update({containers: new Map([...state.containers, [container.id, container]])});
	return {store, update, setContainer, listenerCount: () => listeners.size};
}

const encoder = new TextEncoder();
export const stamp = (ms: number) => `${new Date(ms).toISOString().replace('Z', '')}000000Z `;
export const frame = (stream: 'stdout' | 'stderr', ms: number, text: string): LogChunk => ({stream, data: encoder.encode(stamp(ms) + text)});

/** Polls until the condition holds (or fails after the deadline). */
export async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise(resolve => setTimeout(resolve, 2));
	}
}
