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
		// No two keys in a row share a refusal, so each wait sees the refusal of its own key being drawn
		// (the same text still on screen from the key before could not pass for it).
		const containerKeys: Array<[string, string]> = [
			['s', 'start/stop'], ['K', 'kill'], ['r', 'restart'], ['C-k', 'kill'], ['p', 'pause/unpause'],
			['d', 'remove'], ['e', 'exec'], ['D', 'remove'], ['X', 'prune'],
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
		await app.press('1', 'e');
		await app.waitFor('read-only session: exec is disabled');
		// every key above was handled (its refusal is on screen): whatever it sent has been sent
		const mutating = proxy.requests.filter(request => request.method !== 'GET' && request.method !== 'HEAD');
		expect(mutating).toEqual([]);
		expect(proxy.requests.some(request => request.path.includes('/containers/json'))).toBe(true);
		expect(await containerState(id)).toMatchObject({Running: true, Paused: false});
	});
});
