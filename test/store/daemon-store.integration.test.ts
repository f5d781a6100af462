// The live store against the real test daemon, changed by another client.
import {afterAll, afterEach, beforeAll, expect, it} from 'vitest';
import {createEngine, type DockerEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import {createDaemonStore, type DaemonStore} from '../../source/store/daemon-store.js';
import type {Container, State} from '../../source/store/types.js';
import {describeEngines} from '../support/daemon.js';
import {waitForState} from '../support/wait-for-state.js';
import {startSocketProxy, type SocketProxy} from '../support/socket-proxy.js';
import {actionGapMs, mixedActions, percentile} from '../support/mixed-actions.js';
import {containerAction, createContainer, removeContainer, removeTestContainers, waitUntil} from './test-containers.js';

describeEngines('createDaemonStore on the real daemon', ({host: testDockerHost, podman}) => {
	const created = new Set<string>();
	const running: Array<{store: DaemonStore; engine: DockerEngine}> = [];
	let proxy: SocketProxy | undefined;

	function startStore(host: string, options: Parameters<typeof createDaemonStore>[1] = {}) {
		const engine = createEngine(resolveEndpoint({host}));
		const store = createDaemonStore(engine, {backoff: {firstMs: 50, maxMs: 400}, ...options});
		running.push({store, engine});
		store.start();
		return {store, engine};
	}

	const connected = (store: DaemonStore) => waitForState(store, state => state.connection.status === 'connected' && !state.stale, 10_000, 'connected');

	beforeAll(async () => {
		proxy = await startSocketProxy(testDockerHost.replace(/^unix:\/\//, ''));
	});
	afterEach(async () => {
		for (const {store, engine} of running.splice(0)) {
			await store.stop();
			await engine.close();
		}
	});
	afterAll(async () => {
		await removeTestContainers(testDockerHost, created);
		await proxy?.close();
	});

	it('shows create, start, pause, stop, rename and remove by another client within 1 s each, in order', async () => {
		const {store} = startStore(testDockerHost);
		await connected(store);
		const seen: string[] = [];
		let id = '';
		store.subscribe(() => {
			const container = store.getState().containers.get(id);
			if (!container && seen.length === 0) return; // not arrived yet (Podman's events come ~250 ms late), not gone
			const step = container ? `${container.state}:${container.name}` : 'gone';
			if (id && seen.at(-1) !== step) seen.push(step);
		});
		const container = await createContainer(testDockerHost, 'store-life');
		id = container.id;
		created.add(id);
		const find = (state: State): Container | undefined => state.containers.get(id);
		const latencies: number[] = [];
		const step = async (change: () => Promise<unknown>, predicate: (c: Container | undefined) => boolean, what: string) => {
			await change();
			latencies.push(await waitForState(store, state => predicate(find(state)), 1000, what));
		};
		latencies.push(await waitForState(store, state => find(state)?.state === 'created', 1000, 'created'));
		await step(() => containerAction(testDockerHost, id, 'start'), c => c?.state === 'running', 'running');
		await step(() => containerAction(testDockerHost, id, 'pause'), c => c?.state === 'paused', 'paused');
		// Podman refuses to stop a paused container (500 "container state improper")
		if (podman) await step(() => containerAction(testDockerHost, id, 'unpause'), c => c?.state === 'running', 'running');
		await step(() => containerAction(testDockerHost, id, 'stop', '?t=3'), c => c?.state === 'exited', 'exited');
		await step(() => containerAction(testDockerHost, id, 'rename', `?name=${container.name}-renamed`), c => c?.name === `${container.name}-renamed`, 'renamed');
		await step(() => removeContainer(testDockerHost, id), c => c === undefined, 'removed');
		expect(latencies.every(ms => ms < 1000)).toBe(true);
		const states = seen.map(entry => entry.split(':')[0]);
		// each state shows up, in this order (intermediate states in between are allowed)
		const order = ['created', 'running', 'paused', 'exited', 'gone'];
		expect(order.map(state => states.indexOf(state))).toEqual([...order.map(state => states.indexOf(state))].sort((a, b) => a - b));
		expect(order.every(state => states.includes(state))).toBe(true);
		expect(seen).toContain(`exited:${container.name}-renamed`);
		expect(store.getState().lifecycle.get(id)?.map(entry => entry.action)).toEqual(expect.arrayContaining(['start', 'pause', 'die', 'destroy']));
	});

	/** A store whose engine notes when each event reached this process: lags are measured from there, so a slow daemon does not count. */
	function startTappedStore() {
		const engine = createEngine(resolveEndpoint({host: testDockerHost}));
		const arrivals: Array<{id: string; action: string; at: number}> = [];
		const tapped: DockerEngine = Object.create(engine);
		tapped.events = async function* (options) {
			for await (const event of engine.events(options)) {
				arrivals.push({id: event.Actor.ID, action: event.Action, at: performance.now()});
				yield event;
			}
		};
		const store = createDaemonStore(tapped, {backoff: {firstMs: 50, maxMs: 400}});
		running.push({store, engine});
		store.start();
		const count = (id: string, action: string) => arrivals.filter(arrival => arrival.id === id && arrival.action === action).length;
		/** When the next `action` event for id after the first `after` ones arrived (waits for it: a fetch may show the state before a late event). */
		const arrived = async (id: string, action: string, after: number) => {
			await waitUntil(() => count(id, action) > after, 5000, `the ${action} event`);
			return arrivals.filter(arrival => arrival.id === id && arrival.action === action)[after]!.at;
		};
		return {store, arrived, count};
	}

	/** Resolves with the moment (performance.now()) the store notified a state that satisfies the predicate. */
	const shownAt = async (store: DaemonStore, predicate: (state: State) => boolean, what: string) => {
		await waitForState(store, predicate, 10_000, what);
		return performance.now();
	};

	// a retry absorbs a machine that stalls the test process itself; the old widening window failed every attempt
	it('a person\'s pace (pause, unpause, stop, start, kill, restart every 0.7 s) shows all changes but one within 100 ms of their event', {retry: 2, timeout: 120_000}, async () => {
		const {id} = await createContainer(testDockerHost, 'store-pace');
		created.add(id);
		await containerAction(testDockerHost, id, 'start');
		const {store, arrived, count} = startTappedStore();
		await connected(store);
		await waitForState(store, state => state.containers.get(id)?.state === 'running', 5000, 'running');
		// the event each state comes from
		const cause: Record<string, string> = {pause: 'pause', unpause: 'unpause', stop: 'die', start: 'start', kill: 'die', restart: 'start'};
		const lags: number[] = [];
		for (const {action, query, state} of [...mixedActions, ...mixedActions]) {
			const before = count(id, cause[action]!);
			await containerAction(testDockerHost, id, action, query);
			const shown = await shownAt(store, current => current.containers.get(id)?.state === state, state);
			lags.push(Math.max(0, shown - (await arrived(id, cause[action]!, before))));
			await new Promise(resolve => setTimeout(resolve, actionGapMs));
		}
		console.info(`person's pace: event→store p50 ${percentile(lags, 50).toFixed(1)} ms, p95 ${percentile(lags, 95).toFixed(1)} ms (${lags.map(Math.round).join(' ')})`);
		expect(lags.every(Number.isFinite)).toBe(true);
		// all but one within 100 ms (the old window held 2–4 of 12 back by 150–470 ms); one may meet a stalled machine
		expect(percentile(lags, 90)).toBeLessThanOrEqual(100);
	});

	it('30 containers started at once: at most 20 notifications a second, the last state shown within 200 ms of the last event', async () => {
		const batch = await Promise.all(Array.from({length: 30}, (_, index) => createContainer(testDockerHost, `store-burst${index}`)));
		for (const {id} of batch) created.add(id);
		const {store, arrived} = startTappedStore();
		await connected(store);
		await waitForState(store, state => batch.every(({id}) => state.containers.get(id)?.state === 'created'), 5000, 'all created');
		const times: number[] = [];
		const started = performance.now();
		const unsubscribe = store.subscribe(() => times.push(performance.now() - started));
		await Promise.all(batch.map(({id}) => containerAction(testDockerHost, id, 'start')));
		const shown = await shownAt(store, state => batch.every(({id}) => state.containers.get(id)?.state === 'running'), 'all running');
		const lastEvent = Math.max(...(await Promise.all(batch.map(({id}) => arrived(id, 'start', 0)))));
		await new Promise(resolve => setTimeout(resolve, 300));
		unsubscribe();
		console.info(`30 starts → ${times.length} notifications at ${times.map(Math.round).join(' ')} ms; all running ${Math.round(shown - lastEvent)} ms after the last start event`);
		expect(times.length).toBeGreaterThan(0);
		const busiestSecond = Math.max(...times.map(t => times.filter(other => other >= t && other < t + 1000).length));
		expect(busiestSecond).toBeLessThanOrEqual(20);
		expect(shown - lastEvent).toBeLessThanOrEqual(200);
		await Promise.all(batch.map(({id}) => containerAction(testDockerHost, id, 'kill')));
	}, 120_000);

	it('a stream cut by a proxy between store and socket triggers a full resync', async () => {
		const keep = await createContainer(testDockerHost, 'store-cut-keep');
		const doomed = await createContainer(testDockerHost, 'store-cut-doomed');
		created.add(keep.id).add(doomed.id);
		const {store} = startStore(proxy!.host, {backoff: {firstMs: 300, maxMs: 300, jitter: 0}});
		await connected(store);
		expect(store.getState().containers.has(doomed.id)).toBe(true);
		const eventsBefore = proxy!.requests.filter(request => request.path.includes('/events')).length;
		proxy!.block();
		await waitForState(store, state => state.connection.status === 'reconnecting' && state.stale, 2000, 'reconnecting');
		// changes the store cannot hear about: its stream is gone
		await removeContainer(testDockerHost, doomed.id);
		const fresh = await createContainer(testDockerHost, 'store-cut-fresh');
		created.add(fresh.id);
		const stale = store.getState();
		expect(stale.containers.has(doomed.id)).toBe(true); // last known data is kept meanwhile
		proxy!.unblock();
		await waitForState(store, state => state.connection.status === 'connected' && !state.stale && state.containers.has(fresh.id) && !state.containers.has(doomed.id), 5000, 'resynced');
		expect(store.getState().containers.has(keep.id)).toBe(true);
		expect(proxy!.requests.filter(request => request.path.includes('/events')).length).toBeGreaterThan(eventsBefore);
	});

	it('after stop() its stream is closed and no request runs; after engine.close() no socket or timer is left', async () => {
		const baseline = process.getActiveResourcesInfo().length;
		const {store, engine} = startStore(proxy!.host, {pollIntervalMs: 100});
		await connected(store);
		await new Promise(resolve => setTimeout(resolve, 250)); // a couple of polls ran
		const before = engine.connectionStats();
		expect(before.running).toBeGreaterThanOrEqual(1); // the events stream (a poll may be in flight too)
		await store.stop();
		await expect.poll(() => engine.connectionStats().running, {timeout: 1000, interval: 10}).toBe(0);
		expect(engine.connectionStats().connected).toBeLessThan(before.connected);
		await engine.close();
		running.splice(0);
		await expect.poll(() => proxy!.openConnections(), {timeout: 2000, interval: 10}).toBe(0);
		await expect.poll(() => process.getActiveResourcesInfo().length, {timeout: 2000, interval: 10}).toBeLessThanOrEqual(baseline);
	});
});
