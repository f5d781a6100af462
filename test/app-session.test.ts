// A context switch closes the old session while its streams are still open (events, followed
// logs, a stats stream, the CPU/MEM sampler): afterwards no socket to that daemon and no timer is left.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {closeSession, openSession} from '../source/app-session.js';
import {parseHost} from '../source/engine/endpoint.js';
import {defaultSettings} from '../source/settings.js';
import {containerAction, createContainer, removeTestContainers} from './store/test-containers.js';
import {describeDaemon, testDockerHost} from './support/daemon.js';
import {startSocketProxy, type SocketProxy} from './support/socket-proxy.js';
import {waitForState} from './support/wait-for-state.js';

let proxy: SocketProxy | undefined;
const ids: string[] = [];

describeDaemon('closing an app session', () => {
	beforeAll(async () => {
		proxy = await startSocketProxy(testDockerHost.slice('unix://'.length));
		const container = await createContainer(testDockerHost, 'session');
		ids.push(container.id);
		await containerAction(testDockerHost, container.id, 'start');
	});
	afterAll(async () => {
		await removeTestContainers(testDockerHost, ids);
		await proxy?.close();
	});

	it('ends events, logs, stats and the sampler, and leaves no socket or timer behind', async () => {
		const baseline = process.getActiveResourcesInfo().length;
		const session = openSession(parseHost(proxy!.host, 'context', undefined, 'first'), {...defaultSettings, statsInterval: 1});
		session.store.start();
		await waitForState(session.store, state => state.connection.status === 'connected' && state.containers.has(ids[0]!), 10_000, 'connected with the container');
		const logs = session.logs.watch([ids[0]!]);
		const stream = session.stats.openStream(ids[0]!);
		session.stats.sampler?.setTargets([ids[0]!]);
		await expect.poll(() => stream.getState().status, {timeout: 10_000, interval: 20}).toBe('live');
		expect(proxy!.openConnections()).toBeGreaterThanOrEqual(3); // events, logs, stats
		// as in a switch: the session goes while the app still held its watches
		await closeSession(session);
		await expect.poll(() => proxy!.openConnections(), {timeout: 3000, interval: 10}).toBe(0);
		await expect.poll(() => process.getActiveResourcesInfo().length, {timeout: 3000, interval: 10}).toBeLessThanOrEqual(baseline);
		logs.release();
	});
});
