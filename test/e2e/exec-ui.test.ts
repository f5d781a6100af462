// `e` in the built binary on the real daemon: the app leaves the screen, a shell runs in the
// container, what is typed runs there, and after `exit` the app is back as it was.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import {describeDaemon, needs, testDockerHost, uniqueName} from '../support/daemon.js';
import {api, createTestContainer, removeContainers, waitFor} from './actions-fixtures.js';
import {startApp, type TmuxApp} from './actions-tmux.js';

/** Output of a command run through a second, API-only exec. */
async function execOutput(containerId: string, cmd: string[]): Promise<string> {
	const engine = createEngine(resolveEndpoint({host: testDockerHost}));
	try {
		const {json} = await api<{Id: string}>('POST', `/containers/${containerId}/exec`, {Cmd: cmd, AttachStdout: true, AttachStderr: true});
		const stream = await engine.execStart(json.Id, {tty: false});
		let output = '';
		stream.on('data', chunk => {
			output += String(chunk);
		});
		await new Promise(resolve => stream.once('close', resolve));
		return output;
	} finally {
		await engine.close();
	}
}

describeDaemon('exec shell through the UI', () => {
	let app: TmuxApp;
	let id: string;
	const name = uniqueName('exec-ui');

	beforeAll(async () => {
		id = await createTestContainer(name, {start: true});
		app = await startApp({env: {DOCKER_HOST: testDockerHost}});
		await app.waitFor('connected');
		await app.filter(name);
		await app.waitFor(new RegExp(`● ${name} +running`));
	});

	afterAll(async () => {
		await app?.close();
		await removeContainers([id]);
	});

	it.skipIf(!needs('real-daemon', 'exec into a real process (a busybox shell)'))('runs a typed command in the container, and exit brings the UI back intact', async () => {
		const before = await app.screen();
		await app.press('e');
		await app.waitFor(`/bin/sh in ${name}`);
		await app.waitFor(/^\/ #/m);
		const marker = `marker-${Math.random().toString(36).slice(2, 8)}`;
		await app.type(`echo ${marker} > /tmp/x`);
		await app.press('Enter');
		const written = await waitFor(() => execOutput(id, ['cat', '/tmp/x']), output => output.includes(marker), 5000);
		expect(written).toContain(marker);
		await app.type('exit');
		await app.press('Enter');
		const after = await app.waitFor(`shell /bin/sh in ${name} exited with code 0`);
		// The same rows, header and filter as before the shell, drawn again in full (times and the live CPU/MEM figures aside).
		const rows = (screen: string) => screen.split('\n').filter(line => !line.startsWith('›') && (line.includes(name) || line.startsWith('dockhand') || line.startsWith('filter:'))).map(line => line.replace(/up \d+\w*|\d+s ago|\(\d+\/\d+\)| +(?:[\d.]+%|–) +(?:[\d.]+[kMG]?B|–)(?= )/g, ''));
		expect(rows(after)).toEqual(rows(before));
		expect(after).not.toContain('/ #');
		// And it still takes keys: the filter prompt opens.
		await app.press('Escape');
		await app.waitUntil(screen => !screen.includes('filter:'));
	});
});
