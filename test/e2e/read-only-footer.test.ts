// --read-only in a real terminal: the footer and help offer no key that would change the daemon.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {describeDaemon, testDockerHost, uniqueName} from '../support/daemon.js';
import {createTestContainer, removeContainers} from './actions-fixtures.js';
import {startApp, type TmuxApp} from './actions-tmux.js';
import {ensureBuilt} from './tmux.js';

describeDaemon('read-only footer and help', () => {
	let app: TmuxApp;
	let id: string;
	const name = uniqueName('ro-footer');
	beforeAll(async () => {
		ensureBuilt();
		id = await createTestContainer(name, {start: true});
		app = await startApp({args: ['--read-only'], env: {DOCKER_HOST: testDockerHost}, columns: 200, rows: 40});
	});
	afterAll(async () => {
		await app?.close();
		await removeContainers([id]);
	});

	it('lists no action key in the footer or help; the read-only keys are still there', async () => {
		await app.waitFor('READ-ONLY');
		await app.waitFor(new RegExp(`● ${name}`));
		const footer = (await app.screen()).trimEnd().split('\n').at(-1)!;
		expect(footer).toMatch(/q quit/);
		expect(footer).toMatch(/Space mark/);
		for (const hint of ['start/stop', 'restart', 'pause', 'kill', 'remove', 'shell']) expect(footer).not.toContain(hint);
		await app.press('?');
		const help = await app.waitFor(/Keys/);
		expect(help).toContain('mark or unmark');
		expect(help).not.toMatch(/start or stop|restart|pause or unpause|remove \(asks|open a shell|prune menu/);
	});
});
