import {afterEach, describe, expect, it, vi} from 'vitest';
import {DockerApiError} from '../../source/engine/errors.js';
import {createDaemonStore, type DaemonStore} from '../../source/store/daemon-store.js';
import {serviceReplicas, tasksByService} from '../../source/store/swarm-slice.js';
import type {State} from '../../source/store/types.js';
import {event} from './fake-engine.js';
import {FakeSwarmEngine, ids, recorded} from './swarm-fixtures.js';

let store: DaemonStore | undefined;
afterEach(async () => {
	await store?.stop();
	store = undefined;
	vi.useRealTimers();
});

const tasksMs = 5000;
const reconcileMs = 30_000;

function setup(configure: (fake: FakeSwarmEngine) => void = () => {}) {
	const fake = new FakeSwarmEngine();
	configure(fake);
	store = createDaemonStore(fake.asEngine(), {pollIntervalMs: 600_000, backoff: {firstMs: 20, maxMs: 60, jitter: 0}, batchMs: 1, swarmIntervals: {reconcileMs, tasksMs}});
	return {fake, store};
}

const until = (target: DaemonStore, predicate: (state: State) => boolean) => vi.waitFor(() => expect(predicate(target.getState())).toBe(true), {timeout: 2000, interval: 5});
const count = (fake: FakeSwarmEngine, call: string) => fake.calls.filter(name => name === call).length;
let clock = 1_900_000_000_000_000_000;
const nextTime = () => (clock += 1_000_000);

describe('Swarm role from /info', () => {
	it('a manager lists services (with their status) and nodes, but not tasks while nobody watches them', async () => {
		const {fake, store} = setup();
		store.start();
		await until(store, state => state.services.size === 5 && state.nodes.size === 3);
		const swarm = store.getState().swarm;
		expect(swarm).toMatchObject({role: 'manager', localState: 'active', nodeId: ids.manager, error: null});
		expect(fake.calls).toContain('listServices?status');
		expect(fake.calls).not.toContain('listTasks');
		expect(store.getState().tasks.size).toBe(0);
	});

	it('a worker is said to be one and no swarm list is asked for', async () => {
		const {fake, store} = setup(fake => (fake.swarm = recorded.swarmInfo('worker')));
		store.start();
		await until(store, state => state.swarm.role === 'worker');
		expect(fake.calls.filter(name => /Services|Tasks|Nodes/.test(name))).toEqual([]);
	});

	it('a daemon outside a swarm is inactive', async () => {
		const {store} = setup(fake => (fake.swarm = recorded.swarmInfo('inactive')));
		store.start();
		await until(store, state => state.swarm.role === 'inactive');
		expect(store.getState().services.size).toBe(0);
	});

	it('is read again on reconnect: a manager that became a worker loses its services', async () => {
		const {fake, store} = setup();
		store.start();
		await until(store, state => state.services.size === 5);
		fake.swarm = recorded.swarmInfo('worker');
		fake.stream.end();
		await until(store, state => state.swarm.role === 'worker' && state.services.size === 0 && state.nodes.size === 0);
	});

	it('a 503 on a list says in plain words that the node is not a manager, and the role is checked again', async () => {
		const {fake, store} = setup();
		store.start();
		await until(store, state => state.services.size === 5);
		fake.swarm = recorded.swarmInfo('worker');
		fake.stream.push(event('update', ids.api, nextTime(), {name: 'api'}, 'service'));
		await until(store, state => state.swarm.role === 'worker');
		expect(count(fake, 'info')).toBeGreaterThanOrEqual(2);
	});

	it('a manager whose lists answer 503 (no leader) says why and does not ask again in a loop', async () => {
		vi.useFakeTimers({shouldAdvanceTime: true});
		// the list call is counted by the fake before its answer is read
		const {fake, store} = setup(fake =>
			Object.defineProperty(fake, 'services', {
				get: () => {
					throw new DockerApiError(503, 'rpc error: code = Unknown desc = The swarm does not have a leader.', 'GET', '/services');
				},
			}),
		);
		store.start();
		await until(store, state => state.swarm.error !== null);
		await vi.advanceTimersByTimeAsync(2000);
		expect(store.getState().swarm).toMatchObject({role: 'manager', error: 'rpc error: code = Unknown desc = The swarm does not have a leader.'});
		expect(count(fake, 'listServices?status')).toBe(1);
		expect(count(fake, 'info')).toBe(2);
		await vi.advanceTimersByTimeAsync(reconcileMs);
		expect(count(fake, 'listServices?status')).toBe(2);
	});
});

describe('Swarm tasks are polled only while watched', () => {
	it('a watcher gets a list at once and then one per interval; none after it leaves', async () => {
		vi.useFakeTimers({shouldAdvanceTime: true});
		const {fake, store} = setup();
		store.start();
		await until(store, state => state.services.size === 5);
		const release = store.watchTasks();
		await until(store, state => state.tasks.size === recorded.tasks().length && state.swarm.tasksAt !== null);
		const first = count(fake, 'listTasks');
		await vi.advanceTimersByTimeAsync(tasksMs * 3 + 100);
		expect(count(fake, 'listTasks')).toBe(first + 3);
		release();
		await vi.advanceTimersByTimeAsync(tasksMs * 4);
		expect(count(fake, 'listTasks')).toBe(first + 3);
	});

	it('a service event refetches that service and lists tasks right after, watched or not', async () => {
		vi.useFakeTimers({shouldAdvanceTime: true});
		const {fake, store} = setup();
		store.start();
		await until(store, state => state.services.size === 5);
		const api = fake.services.find(service => service.ID === ids.api)!;
		api.Spec.Mode = {Replicated: {Replicas: 6}};
		fake.stream.push(event('update', ids.api, nextTime(), {name: 'api', 'replicas.new': '6', 'replicas.old': '4'}, 'service'));
		await until(store, state => state.services.get(ids.api)?.Spec.Mode?.Replicated?.Replicas === 6);
		expect(fake.calls).toContain(`inspectService:${ids.api}`);
		await vi.advanceTimersByTimeAsync(3000);
		expect(count(fake, 'listTasks')).toBe(2);
		expect(store.getState().tasks.size).toBe(recorded.tasks().length);
	});

	it('container events of task containers on this node bring one task list for the lot, only while watched', async () => {
		vi.useFakeTimers({shouldAdvanceTime: true});
		const {fake, store} = setup();
		store.start();
		await until(store, state => state.services.size === 5);
		const taskContainer = (id: string) => event('die', id, nextTime(), {'com.docker.swarm.task.id': `task-${id}`, 'com.docker.swarm.service.id': ids.api, exitCode: '0'});
		fake.stream.push(taskContainer('c1'));
		await vi.advanceTimersByTimeAsync(3000);
		expect(count(fake, 'listTasks')).toBe(0);
		const release = store.watchTasks();
		await until(store, state => state.swarm.tasksAt !== null);
		const first = count(fake, 'listTasks');
		fake.stream.push(taskContainer('c2'));
		fake.stream.push(taskContainer('c3'));
		fake.stream.push(event('die', 'plain', nextTime(), {exitCode: '0'}));
		await vi.advanceTimersByTimeAsync(1500);
		expect(count(fake, 'listTasks')).toBe(first + 1);
		release();
	});

	it('a removed service goes with its tasks; a node update is refetched by id', async () => {
		const {fake, store} = setup();
		store.start();
		await until(store, state => state.services.size === 5);
		store.watchTasks();
		await until(store, state => state.tasks.size > 0);
		fake.nodes.find(node => node.ID === ids.node3)!.Spec.Availability = 'drain';
		fake.stream.push(event('update', ids.node3, nextTime(), {'availability.new': 'drain', 'availability.old': 'active', name: 'vm'}, 'node'));
		fake.stream.push(event('remove', ids.api, nextTime(), {name: 'api'}, 'service'));
		await until(store, state => state.nodes.get(ids.node3)?.Spec.Availability === 'drain' && !state.services.has(ids.api));
		expect([...store.getState().tasks.values()].some(task => task.ServiceID === ids.api)).toBe(false);
		expect(store.getState().tasks.size).toBeGreaterThan(0);
	});
});

describe('Swarm events as the cluster sent them', () => {
	it('the recorded remove of a service (normalised like Podman removals) takes it off the list', async () => {
		const {fake, store} = setup();
		const removal = recorded.events().find(message => message.Type === 'service' && message.Action === 'remove')!;
		store.start();
		await until(store, state => state.services.size === 5);
		fake.services = fake.services.filter(service => service.ID !== removal.Actor.ID);
		fake.stream.push({...removal, timeNano: nextTime()});
		await until(store, state => state.services.size === 4 && !state.services.has(removal.Actor.ID));
		expect(fake.calls.some(call => call.startsWith('inspectService'))).toBe(false);
	});
});

describe('serviceReplicas on the recorded bodies', () => {
	const services = recorded.services();
	const groups = tasksByService(new Map(recorded.tasks().map(task => [task.ID, task])));
	const byName = (name: string) => services.find(service => service.Spec.Name === name)!;

	it('counts running and desired from tasks as docker service ls does', () => {
		expect(serviceReplicas(byName('api'), groups.get(ids.api))).toEqual({running: 4, desired: 4, mode: 'replicated'});
		expect(serviceReplicas(byName('agent'), groups.get(ids.agent))).toEqual({running: 3, desired: 3, mode: 'global'});
		expect(serviceReplicas(byName('web'), groups.get(ids.web))).toEqual({running: 0, desired: 3, mode: 'replicated'});
	});

	it('falls back to ServiceStatus when tasks were not listed, and says desired is unknown for a global service without either', () => {
		expect(serviceReplicas(byName('agent'), undefined)).toEqual({running: 3, desired: 3, mode: 'global'});
		const {ServiceStatus: _, ...bare} = byName('agent');
		expect(serviceReplicas(bare, undefined)).toEqual({running: 0, desired: null, mode: 'global'});
	});
});
