// The read-only proof: the built binary with --read-only talks to the daemon THROUGH a recording
// proxy; every action key is pressed on every tab (and any dialog confirmed with y); the proxy
// must have seen reads only, and the container the keys aimed at is untouched.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {describeDaemon, testDockerHost, uniqueName} from '../support/daemon.js';
import {startSocketProxy, type SocketProxy} from '../support/socket-proxy.js';
import {containerState, createTestContainer, removeContainers} from './actions-fixtures.js';
import {startApp, type TmuxApp} from './actions-tmux.js';

describeDaemon('read-only session', () => {
	let proxy: SocketProxy;
	let app: TmuxApp;
	let id: string;
	const name = uniqueName('ro-ui');

	beforeAll(async () => {
		id = await createTestContainer(name, {start: true});
		proxy = await startSocketProxy(testDockerHost.slice('unix://'.length));
		app = await startApp({args: ['--read-only', '-H', proxy.host]});
	});

	afterAll(async () => {
		await app?.close();
		await proxy?.close();
		await removeContainers([id]);
	});

	it('every action key is refused in plain words and no mutating request reaches the socket', async () => {
		await app.waitFor('READ-ONLY');
		await app.filter(name);
		await app.waitFor(new RegExp(`● ${name}`));
		const containerKeys: Array<[string, string]> = [
			['s', 'start/stop'], ['r', 'restart'], ['p', 'pause/unpause'], ['K', 'kill'], ['C-k', 'kill'],
			['d', 'remove'], ['D', 'remove'], ['e', 'exec'], ['X', 'prune'],
		];
		for (const [key, verb] of containerKeys) {
			await app.press('Space', key); // marked or not, nothing may be sent
			await app.waitFor(`read-only session: ${verb} is disabled`);
			await app.press('y');
		}
		for (const tab of ['2', '3', '4']) {
			await app.press(tab, 'd');
			await app.waitFor('read-only session: remove is disabled');
			await app.press('y', 'X');
			await app.waitFor('read-only session: prune is disabled');
			await app.press('y');
		}
		await app.press('1', 'Enter', 'e', 'y', 'Tab');
		// Give any stray request time to arrive: the app keeps reading (events, polls) meanwhile.
		await app.waitUntil(() => proxy.requests.length > 0);
		await new Promise(resolve => setTimeout(resolve, 500));
		const mutating = proxy.requests.filter(request => request.method !== 'GET' && request.method !== 'HEAD');
		expect(mutating).toEqual([]);
		expect(proxy.requests.some(request => request.path.includes('/containers/json'))).toBe(true);
		expect(await containerState(id)).toMatchObject({Running: true, Paused: false});
	});
});
