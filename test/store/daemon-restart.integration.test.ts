// Kills and restarts a PRIVATE second dockerd (never the shared test daemon) under a running store.
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createEngine, type DockerEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import {createDaemonStore, type DaemonStore} from '../../source/store/daemon-store.js';
import {describeDaemon} from '../support/daemon.js';
import {waitForState} from '../support/wait-for-state.js';
import {startSocketProxy, type SocketProxy} from '../support/socket-proxy.js';
import {containerAction, createContainer, removeContainer} from './test-containers.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const socket = process.env.DOCKHAND_PRIVATE_SOCK ?? '/run/dh-b/docker.sock';
const stateDir = process.env.DOCKHAND_PRIVATE_STATE ?? '/var/lib/dh-b';
const host = `unix://${socket}`;
const canRunDaemon = process.getuid?.() === 0 && existsSync('/usr/sbin/dockerd');

async function privateDaemon(command: 'start' | 'stop'): Promise<void> {
	await run('bash', ['test/support/dockerd.sh', command], {cwd: root, env: {...process.env, DOCKHAND_TEST_SOCK: socket, DOCKHAND_TEST_STATE: stateDir}, timeout: 90_000});
}

(canRunDaemon ? describeDaemon : describe.skip)('createDaemonStore across a daemon restart (private dockerd)', () => {
	let proxy: SocketProxy;
	let engine: DockerEngine | undefined;
	let store: DaemonStore | undefined;

	beforeAll(async () => {
		await privateDaemon('start');
		proxy = await startSocketProxy(socket);
	}, 120_000);

	afterAll(async () => {
		await store?.stop();
		await engine?.close();
		await proxy?.close();
		await privateDaemon('stop');
	}, 120_000);

	it('goes to reconnecting while the daemon is down, then shows the full correct state', async () => {
		const survivor = await createContainer(host, 'restart-keep');
		await containerAction(host, survivor.id, 'start');
		const doomed = await createContainer(host, 'restart-doomed');
		engine = createEngine(resolveEndpoint({host: proxy.host}));
		store = createDaemonStore(engine, {backoff: {firstMs: 100, maxMs: 500}});
		store.start();
		await waitForState(store, state => state.connection.status === 'connected' && state.containers.get(survivor.id)?.state === 'running' && state.containers.has(doomed.id), 10_000, 'first sync');

		await privateDaemon('stop');
		await waitForState(store, state => state.connection.status === 'reconnecting' && state.stale, 5000, 'reconnecting');
		const down = store.getState();
		if (down.connection.status !== 'reconnecting') throw new Error('unreachable');
		expect(down.connection.lastError).not.toBe('');
		expect(down.connection.attempt).toBeGreaterThanOrEqual(1);
		expect(down.containers.has(doomed.id)).toBe(true); // last known data stays, marked stale

		// Keep the store away until the daemon is back and has changed behind its back.
		proxy.block();
		await privateDaemon('start');
		await removeContainer(host, doomed.id);
		const fresh = await createContainer(host, 'restart-fresh');
		await containerAction(host, fresh.id, 'start');
		proxy.unblock();

		await waitForState(
			store,
			state => state.connection.status === 'connected' && !state.stale && state.containers.get(fresh.id)?.state === 'running' && !state.containers.has(doomed.id),
			10_000,
			'resynced after restart',
		);
		// the daemon killed the survivor on shutdown; the store says so
		expect(store.getState().containers.get(survivor.id)?.state).toBe('exited');
		await removeContainer(host, fresh.id);
		await removeContainer(host, survivor.id);
	}, 120_000);
});
