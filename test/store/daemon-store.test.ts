import {afterEach, describe, expect, it, vi} from 'vitest';
import {ApiVersionError} from '../../source/engine/errors.js';
import {createDaemonStore, type DaemonStore} from '../../source/store/daemon-store.js';
import type {State} from '../../source/store/types.js';
import {createActionService} from '../../source/store/actions/action-service.js';
import {fakeEngine as fakeActionEngine} from './actions/fakes.js';
import {event, FakeEngine, inspect, summary} from './fake-engine.js';

let store: DaemonStore | undefined;
afterEach(async () => {
	await store?.stop();
	store = undefined;
	vi.useRealTimers();
});

/** Fake timers that still follow the wall clock (so waits on state work), and that the test can run ahead:
 * "nothing more happens" is then checked by running every timer the store set, not by sleeping. */
const clockTheTestMoves = () => vi.useFakeTimers({shouldAdvanceTime: true});

function setup(options: Parameters<typeof createDaemonStore>[1] = {}) {
	const fake = new FakeEngine();
	const created = createDaemonStore(fake.asEngine(), {pollIntervalMs: 60_000, backoff: {firstMs: 20, maxMs: 60, jitter: 0}, ...options});
	store = created;
	const states: State[] = [];
	created.subscribe(() => states.push(created.getState()));
	return {fake, store: created, states};
}

const connected = (target: DaemonStore) => vi.waitFor(() => expect(target.getState().connection.status).toBe('connected'), {timeout: 2000, interval: 5});
let clock = 1_800_000_000_000_000_000;
const nextTime = () => (clock += 1_000_000);

describe('createDaemonStore start-up', () => {
	it('opens the events stream before listing, then lists everything once', async () => {
		const {fake, store} = setup();
		fake.containers.set('a', summary('a'));
		store.start();
		await connected(store);
		expect(fake.calls.indexOf('events')).toBeGreaterThanOrEqual(0);
		expect(fake.calls.indexOf('events')).toBeLessThan(fake.calls.indexOf('listContainers'));
		expect(fake.calls.filter(call => call === 'listContainers')).toHaveLength(1);
		// since is in the past (replay margin), in seconds
		expect(fake.stream.since).toBeLessThan(Date.now() / 1000);
		expect(fake.stream.since).toBeGreaterThan(Date.now() / 1000 - 5);
		expect(store.getState()).toMatchObject({stale: false});
		expect([...store.getState().containers.keys()]).toEqual(['a']);
	});

	it('applies events that arrive while listing after the list, once each', async () => {
		const {fake, store} = setup();
		fake.containers.set('a', summary('a'));
		fake.inspects.set('b', inspect('b', {state: {Status: 'created', Running: false}}));
		const destroyA = event('destroy', 'a', nextTime());
		fake.beforeList = async () => {
			fake.stream.push(destroyA);
			fake.stream.push(event('create', 'b', nextTime(), {name: 'b-name'}));
			fake.stream.push(destroyA); // a replayed duplicate
			await new Promise(resolve => setTimeout(resolve, 20));
		};
		store.start();
		await vi.waitFor(() => expect(store.getState().containers.get('b')?.tty).toBe(false), {timeout: 2000, interval: 5});
		expect(store.getState().containers.has('a')).toBe(false);
		expect(store.getState().lifecycle.get('a')?.filter(entry => entry.action === 'destroy')).toHaveLength(1);
	});

	it('shows a daemon error that retrying cannot fix as failed, and resync() tries again', async () => {
		clockTheTestMoves();
		const fake = new FakeEngine();
		const engine = fake.asEngine();
		const negotiate = engine.negotiate;
		let broken = true;
		engine.negotiate = async () => {
			if (broken) throw new ApiVersionError('the daemon speaks Docker API 1.12, older than 1.24');
			return negotiate();
		};
		const target = createDaemonStore(engine, {backoff: {firstMs: 10, jitter: 0}});
		store = target;
		target.start();
		await vi.waitFor(() => expect(target.getState().connection).toMatchObject({status: 'failed', lastError: expect.stringContaining('1.24')}), {timeout: 2000, interval: 5});
		// failed means no retry loop keeps hammering the daemon: a minute of its timers sends nothing
		const calls = fake.calls.length;
		await vi.advanceTimersByTimeAsync(60_000);
		expect(fake.calls.slice(calls)).toEqual([]);
		expect(fake.calls.filter(call => call === 'info')).toHaveLength(0);
		broken = false;
		await target.resync();
		expect(target.getState().connection.status).toBe('connected');
	});
});

describe('createDaemonStore while connected', () => {
	it('turns a burst of events into one notification with a new State where only changed maps are new', async () => {
		clockTheTestMoves();
		const {fake, store, states} = setup();
		for (const id of ['a', 'b', 'c']) fake.containers.set(id, summary(id));
		fake.images = [{Id: 'sha256:img', ParentId: '', RepoTags: ['busybox:latest'], RepoDigests: [], Created: 1, Size: 1, Containers: -1, Labels: null}];
		store.start();
		await connected(store);
		await vi.waitFor(() => expect(fake.calls.filter(call => call.startsWith('inspect:'))).toHaveLength(3), {timeout: 2000, interval: 5});
		await vi.advanceTimersByTimeAsync(1000); // every batch and fetch the start-up scheduled has run
		expect(fake.calls.filter(call => call.startsWith('inspect:')).sort()).toEqual(['inspect:a', 'inspect:b', 'inspect:c']); // once each, after the first list
		const before = store.getState();
		const count = states.length;
		const callsBefore = fake.calls.length;
		for (const id of ['a', 'b', 'c']) fake.stream.push(event('pause', id, nextTime()));
		await vi.waitFor(() => expect(store.getState().containers.get('c')?.state).toBe('paused'), {timeout: 1000, interval: 5});
		await vi.advanceTimersByTimeAsync(1000); // any notification still scheduled would have come
		expect(states.length - count).toBe(1);
		const after = store.getState();
		expect(after).not.toBe(before);
		expect(after.containers).not.toBe(before.containers);
		expect(after.images).toBe(before.images);
		expect(after.volumes).toBe(before.volumes);
		expect(after.images.get('sha256:img')?.containers).toBe(3);
		// pause needs no fetch: the event says it all
		expect(fake.calls.slice(callsBefore)).toEqual([]);
	});

	it('a reconcile poll corrects a change no event reported', async () => {
		const {fake, store} = setup({pollIntervalMs: 40});
		fake.containers.set('a', summary('a'));
		fake.containers.set('b', summary('b'));
		store.start();
		await connected(store);
		fake.containers.delete('b');
		fake.containers.set('a', summary('a', {State: 'exited', Status: 'Exited (3) 1 second ago'}));
		await vi.waitFor(() => expect(store.getState().containers.has('b')).toBe(false), {timeout: 2000, interval: 5});
		expect(store.getState().containers.get('a')).toMatchObject({state: 'exited', exitCode: 3});
	});

	it('resync() lists everything again without reopening the stream', async () => {
		const {fake, store} = setup();
		store.start();
		await connected(store);
		fake.containers.set('new', summary('new'));
		await store.resync();
		expect(fake.calls.filter(call => call === 'events')).toHaveLength(1);
		await vi.waitFor(() => expect(store.getState().containers.has('new')).toBe(true), {timeout: 1000, interval: 5});
	});
});

describe('createDaemonStore faults', () => {
	it('a stream that ends moves to reconnecting with the data kept, then resyncs fully', async () => {
		const {fake, store, states} = setup();
		fake.containers.set('old', summary('old'));
		store.start();
		await connected(store);
		fake.down = true;
		fake.stream.end();
		await vi.waitFor(() => expect(store.getState().connection).toMatchObject({status: 'reconnecting', attempt: 2}), {timeout: 2000, interval: 5});
		const reconnecting = store.getState();
		expect(reconnecting.stale).toBe(true);
		expect(reconnecting.containers.has('old')).toBe(true);
		if (reconnecting.connection.status !== 'reconnecting') throw new Error('unreachable');
		expect(reconnecting.connection.lastError).toContain('socket missing');
		expect(reconnecting.connection.nextRetryAt).toBeGreaterThan(reconnecting.connection.since);
		fake.containers.delete('old');
		fake.containers.set('fresh', summary('fresh'));
		fake.down = false;
		await connected(store);
		await vi.waitFor(() => expect([...store.getState().containers.keys()]).toEqual(['fresh']), {timeout: 1000, interval: 5});
		expect(store.getState().stale).toBe(false);
		expect(states.some(state => state.connection.status === 'reconnecting')).toBe(true);
	});

	it('a malformed event line forces a reconnect and resync', async () => {
		const {fake, store} = setup();
		store.start();
		await connected(store);
		const first = fake.stream;
		first.badLine('{"Type":"container","Act');
		await vi.waitFor(() => expect(fake.streams.length).toBe(2), {timeout: 2000, interval: 5});
		expect(first.closed).toBe(true);
		await connected(store);
		expect(fake.calls.filter(call => call === 'listContainers').length).toBeGreaterThanOrEqual(2);
	});

	it('a poll that fails (daemon gone while the stream is silent) moves to reconnecting', async () => {
		const {fake, store} = setup({pollIntervalMs: 30});
		store.start();
		await connected(store);
		fake.down = true;
		await vi.waitFor(() => expect(store.getState().connection.status).toBe('reconnecting'), {timeout: 2000, interval: 5});
		expect(fake.stream.closed).toBe(true);
	});

	it('a poll finding changes the silent stream never reported counts as a stalled stream: reconnect', async () => {
		const {fake, store} = setup({pollIntervalMs: 40});
		fake.containers.set('a', summary('a'));
		store.start();
		await connected(store);
		await vi.waitFor(() => expect(fake.calls.filter(call => call === 'listContainers').length).toBeGreaterThanOrEqual(2), {timeout: 2000, interval: 5}); // a poll agreed
		fake.containers.delete('a'); // no destroy event: the stream is "stuck"
		await vi.waitFor(() => expect(fake.streams.length).toBe(2), {timeout: 2000, interval: 5});
		expect(fake.streams[0]!.closed).toBe(true);
		await connected(store);
		expect(store.getState().containers.has('a')).toBe(false);
	});

	it('a targeted fetch that times out moves to reconnecting, with the timeout as last error', async () => {
		const {fake, store} = setup({backoff: {firstMs: 5000, jitter: 0}});
		fake.containers.set('a', summary('a'));
		store.start();
		await connected(store);
		await vi.waitFor(() => expect(store.getState().containers.get('a')?.tty).toBe(false), {timeout: 2000, interval: 5});
		fake.timeoutInspect = true;
		fake.stream.push(event('start', 'a', nextTime()));
		await vi.waitFor(() => expect(store.getState().connection).toMatchObject({status: 'reconnecting', lastError: expect.stringContaining('did not answer')}), {timeout: 2000, interval: 5});
		expect(store.getState().containers.get('a')?.state).toBe('running');
	});

	it('after stop() no stream, timer or fetch of its own is left', async () => {
		clockTheTestMoves();
		const {fake, store, states} = setup({pollIntervalMs: 30});
		fake.containers.set('a', summary('a'));
		fake.inspects.set('a', inspect('a'));
		store.start();
		await connected(store);
		fake.stream.push(event('start', 'a', nextTime()));
		await store.stop();
		const count = states.length;
		expect(fake.stream.closed).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(states.length).toBe(count);
	});

	it('stop() during reconnect backoff returns at once', async () => {
		vi.useFakeTimers(); // time moves only when the test says
		const {fake, store} = setup({backoff: {firstMs: 5000, jitter: 0}});
		fake.down = true;
		store.start();
		await vi.waitFor(() => expect(store.getState().connection.status).toBe('reconnecting'), {timeout: 2000, interval: 5});
		let stopped = false;
		void store.stop().then(() => (stopped = true));
		await vi.advanceTimersByTimeAsync(10); // far less than the 5 s backoff it must not wait for
		expect(stopped).toBe(true);
	});
});

describe('fresh(): decisions on the newest state', () => {
	it('a key pressed before a received change reaches the screen acts on the change, not on what the screen shows', async () => {
		// a wide notification window stands in for a screen that lags behind the store
		const {fake, store} = setup({batchMs: 60_000});
		fake.containers.set('c1', summary('c1', {State: 'exited', Status: 'Exited (0) 1 minute ago'}));
		store.start();
		await connected(store);
		await vi.waitFor(() => expect(store.getState().containers.get('c1')?.tty).not.toBeNull(), {timeout: 2000, interval: 5});
		store.subscribe(() => undefined);
		fake.containers.set('c1', summary('c1', {State: 'running'}));
		fake.stream.push(event('start', 'c1', nextTime()));
		await new Promise(resolve => setImmediate(resolve));
		expect(store.getState().containers.get('c1')?.state).toBe('exited'); // not notified yet
		const {engine, calls} = fakeActionEngine();
		const outcome = await createActionService(engine, store).togglePause(['c1']);
		expect(outcome).toMatchObject({kind: 'message', text: 'paused c1-name'});
		expect(calls.map(call => call.method)).toEqual(['pauseContainer']);
	});

	it('waits for a fetch in flight for the container before deciding', async () => {
		const {fake, store} = setup();
		fake.containers.set('c1', summary('c1', {State: 'running'}));
		store.start();
		await connected(store);
		await vi.waitFor(() => expect(store.getState().containers.get('c1')?.tty).not.toBeNull(), {timeout: 2000, interval: 5});
		// the daemon paused it; the event says only "update", the inspect answer (held back a moment) says paused
		let release!: () => void;
		fake.beforeInspect = () => new Promise<void>(resolve => (release = resolve));
		fake.containers.set('c1', summary('c1', {State: 'paused'}));
		fake.stream.push(event('update', 'c1', nextTime()));
		await vi.waitFor(() => expect(fake.calls.filter(call => call === 'inspect:c1')).toHaveLength(2), {timeout: 2000, interval: 5});
		const {engine, calls} = fakeActionEngine();
		const decided = createActionService(engine, store).togglePause(['c1']);
		await new Promise(resolve => setTimeout(resolve, 20));
		const sentMeanwhile = [...calls];
		release();
		expect(sentMeanwhile).toEqual([]); // nothing sent on the state the fetch is about to replace
		expect(await decided).toMatchObject({kind: 'message', text: 'unpaused c1-name'});
		expect(calls.map(call => call.method)).toEqual(['unpauseContainer']);
	});
});
