// The terminal goes away under a running dockhand (tmux kill-session: the pty hangs up, SIGHUP):
// a quiet, normal exit — no crash text on stderr — that still closes its daemon connections,
// the event and log streams and an exec session's hijacked connection included.
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, afterEach, beforeAll, expect, it} from 'vitest';
import {describeDaemon, testDockerHost, uniqueName} from '../support/daemon.js';
import {startSocketProxy, type SocketProxy} from '../support/socket-proxy.js';
import {createTestContainer, removeContainers, waitFor} from './actions-fixtures.js';
import {startApp, type TmuxApp} from './actions-tmux.js';
import {ensureBuilt} from './tmux.js';

const run = promisify(execFile);
const name = uniqueName('hangup');
const scratch = mkdtempSync(join(tmpdir(), 'dh-hangup-'));
let id: string;
let proxy: SocketProxy;
let app: TmuxApp | undefined;

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

/** stderr without the cursor-show sequence the terminal library writes on exit: what a user would read. */
const quiet = (text: string) => text.replaceAll('\u001B[?25h', '');

/** Starts dockhand through the proxy with stderr in a file, filtered to the test container. */
async function start(stderrFile: string): Promise<{app: TmuxApp; pid: number}> {
	const started = await startApp({env: {DOCKER_HOST: proxy.host}, stderrFile});
	await started.waitFor('connected');
	await started.filter(name);
	await started.waitFor(new RegExp(`● ${name} +running`));
	return {app: started, pid: Number(await started.session.display('#{pane_pid}'))};
}

/** Kills the tmux session as a closed terminal window would, then waits for dockhand to end. */
async function hangUp(session: TmuxApp['session'], pid: number) {
	await run('tmux', ['-L', session.socket, 'kill-session', '-t', session.socket]);
	expect(await waitFor(async () => alive(pid), stillAlive => !stillAlive, 10_000)).toBe(false);
}

describeDaemon('losing the terminal', () => {
	beforeAll(async () => {
		ensureBuilt();
		id = await createTestContainer(name, {start: true, cmd: ['sh', '-c', 'trap exit TERM; while :; do echo tick; sleep 1; done']});
		proxy = await startSocketProxy(testDockerHost.slice('unix://'.length));
	});
	afterEach(async () => {
		await app?.close();
		app = undefined;
	});
	afterAll(async () => {
		await proxy?.close();
		await removeContainers([id]);
		rmSync(scratch, {recursive: true, force: true});
	});

	it('with the list and a log stream open: exits quietly and closes every connection', async () => {
		const stderrFile = join(scratch, 'list.stderr');
		const started = await start(stderrFile);
		app = started.app;
		await app.press('Enter');
		await app.waitFor('tick');
		expect(proxy.openConnections()).toBeGreaterThan(0);
		await hangUp(app.session, started.pid);
		expect(quiet(readFileSync(stderrFile, 'utf8'))).toBe('');
		expect(await waitFor(async () => proxy.openConnections(), open => open === 0, 5000)).toBe(0);
	});

	it('during an exec shell: exits quietly and the exec connection is released', async () => {
		const stderrFile = join(scratch, 'exec.stderr');
		const started = await start(stderrFile);
		app = started.app;
		await app.waitFor('tick');
		await app.press('e');
		// probing for a shell takes a few exec round trips: slow on a loaded machine
		await app.waitFor(/^\/ #/m, 30_000);
		const hijacked = proxy.requests.filter(request => /\/exec\/[^/]+\/start/.test(request.path));
		expect(hijacked.length).toBeGreaterThan(0); // the shell's own (and the probes for a shell before it)
		await hangUp(app.session, started.pid);
		expect(quiet(readFileSync(stderrFile, 'utf8'))).toBe('');
		expect(await waitFor(async () => proxy.openConnections(), open => open === 0, 5000)).toBe(0);
	}, 60_000); // the shell probes take a few exec round trips: slow on a loaded machine
});
