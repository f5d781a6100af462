// dockhand over ssh:// in a real terminal: the built binary in tmux, its ssh processes going
// through a private sshd (test/support/sshd.sh) to the real test daemon. Reconnects when an ssh
// process dies, and leaves none behind whichever way it ends.
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, afterEach, beforeAll, expect, it} from 'vitest';
import {describeNeeding, testDockerHost, uniqueName} from '../support/daemon.js';
import {startSshd, type TestSshd} from '../support/sshd.js';
import {api, containerState, createTestContainer, removeContainers, waitFor} from './actions-fixtures.js';
import {startApp, type TmuxApp} from './actions-tmux.js';
import {cliPath, ensureBuilt} from './tmux.js';
import {dockerHome} from '../engine/docker-config-fixture.js';

const run = promisify(execFile);
const name = uniqueName('ssh-ui');
const scratch = mkdtempSync(join(tmpdir(), 'dh-ssh-ui-'));
let sshd: TestSshd;
let id: string;
let app: TmuxApp | undefined;

/** Running and not a zombie (an orphan's zombie still answers kill -0 until PID 1 reaps it). */
function running(pid: number): boolean {
	try {
		const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
		return state !== undefined && state !== 'Z';
	} catch {
		return false;
	}
}

/** dockhand over ssh:// with the working client set-up, filtered to the test container; its pid and its ssh processes. */
async function start(setup: 'good' | 'wrong-key' = 'good', extraEnv: Record<string, string> = {}): Promise<{app: TmuxApp; pid: number}> {
	const started = await startApp({env: {DOCKER_HOST: sshd.url(testDockerHost.slice('unix://'.length)), PATH: sshd.path(setup), ...extraEnv}, stderrFile: join(scratch, `${setup}.stderr`)});
	app = started;
	return {app: started, pid: Number(await started.session.display('#{pane_pid}'))};
}

async function startListed(extraEnv: Record<string, string> = {}): Promise<{app: TmuxApp; pid: number; sshPids: number[]}> {
	const started = await start('good', extraEnv);
	await started.app.waitFor('connected', 20_000);
	await started.app.filter(name);
	await started.app.waitFor(new RegExp(`${name} +running`));
	const sshPids = sshd.clientPids();
	expect(sshPids.length).toBeGreaterThan(0);
	return {...started, sshPids};
}

/** dockhand has ended, and so has every ssh process it started. */
async function expectNoneLeft(pid: number, sshPids: number[]) {
	expect(await waitFor(async () => running(pid), alive => !alive, 10_000)).toBe(false);
	expect(sshPids.filter(running)).toEqual([]);
	expect(await waitFor(async () => sshd.clientPids(), pids => pids.length === 0, 3000)).toEqual([]);
}

describeNeeding('docker-cli', 'sshd runs `docker system dial-stdio` for every connection')('ssh:// in the terminal', () => {
	beforeAll(async () => {
		ensureBuilt();
		sshd = await startSshd();
		id = await createTestContainer(name, {start: true, cmd: ['sh', '-c', 'trap exit TERM; while :; do echo tick; sleep 1; done']});
	});
	afterEach(async () => {
		await app?.close();
		app = undefined;
	});
	afterAll(async () => {
		await removeContainers([id]);
		await sshd?.stop();
		rmSync(scratch, {recursive: true, force: true});
	});

	it('lists, follows logs, shows another client\'s change and acts by key; a killed ssh process reconnects and the list is live again', async () => {
		const {app} = await startListed();
		// an action by key, over ssh
		await app.press('p');
		await app.waitFor(new RegExp(`${name} +paused`));
		expect((await containerState(id))?.Paused).toBe(true);
		// a change made by another client (the Unix socket) reaches the screen through the ssh event stream
		await api('POST', `/containers/${id}/unpause`);
		await app.waitFor(new RegExp(`${name} +running`));
		await app.press('Enter');
		await app.waitFor('tick');
		// every ssh process dies at once: the store reconnects through new ones
		const killed = sshd.clientPids();
		for (const pid of killed) process.kill(pid, 'SIGKILL');
		await app.waitFor(/reconnecting|syncing|not connected/, 10_000).catch(() => undefined);
		await app.waitFor('● connected', 20_000);
		await api('POST', `/containers/${id}/pause`);
		await app.waitFor(new RegExp(`${name} +paused`), 10_000);
		await api('POST', `/containers/${id}/unpause`);
		await app.waitFor(new RegExp(`${name} +running`), 10_000);
		const now = sshd.clientPids();
		expect(now.length).toBeGreaterThan(0);
		expect(now.filter(pid => killed.includes(pid))).toEqual([]);
	});

	it('q: dockhand ends and no ssh process survives it', async () => {
		const {app, pid, sshPids} = await startListed();
		await app.press('q');
		await expectNoneLeft(pid, sshPids);
	});

	it('SIGTERM: no ssh process survives', async () => {
		const {pid, sshPids} = await startListed();
		process.kill(pid, 'SIGTERM');
		await expectNoneLeft(pid, sshPids);
	});

	it('the terminal closed (SIGHUP): no ssh process survives', async () => {
		const {app, pid, sshPids} = await startListed();
		await run('tmux', ['-L', app.session.socket, 'kill-session', '-t', app.session.socket]);
		await expectNoneLeft(pid, sshPids);
	});

	it('an uncaught exception (a crash): dockhand reports it and no ssh process survives', async () => {
		// a module loaded before dockhand throws when told to (SIGUSR2), once the list is up: the app's crash path, in the built binary
		const crasher = join(scratch, 'crash-on-usr2.mjs');
		writeFileSync(crasher, `process.on('SIGUSR2', () => setImmediate(() => { throw new Error('boom from the test'); }));\n`);
		const {pid, sshPids} = await startListed({NODE_OPTIONS: `--import=${crasher}`});
		process.kill(pid, 'SIGUSR2');
		await expectNoneLeft(pid, sshPids);
		expect(readFileSync(join(scratch, 'good.stderr'), 'utf8')).toContain('dockhand crashed: Error: boom from the test');
	});

	it('a key the server refuses: the cannot-reach screen says so in one sentence', async () => {
		const {app} = await start('wrong-key');
		const screen = await app.waitFor(`ssh login to root@127.0.0.1:${sshd.port} was refused (wrong user or key)`, 20_000);
		expect(screen).not.toMatch(/Permission denied \(publickey\)\.\s*$/m);
	});

	it('an ssh context is probed through the ssh transport: `dockhand contexts --json` lists it reachable with its engine, and `version --context` reaches it', async () => {
		const config = dockerHome(scratch, {currentContext: 'over-ssh', contexts: {'over-ssh': {host: sshd.url(testDockerHost.slice('unix://'.length)), description: 'the test daemon over ssh'}}}).config;
		const env = {...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DOCKER_'))), DOCKER_CONFIG: config, PATH: sshd.path('good')};
		const {stdout} = await run(process.execPath, [cliPath, 'contexts', '--json'], {env, timeout: 30_000});
		const reports = JSON.parse(stdout) as Array<{name: string; reachable: boolean; engine?: string; current: boolean}>;
		expect(reports.find(report => report.name === 'over-ssh')).toMatchObject({current: true, reachable: true, engine: expect.stringMatching(/^\d+\.\d+/)});
		const version = await run(process.execPath, [cliPath, 'version', '--json'], {env, timeout: 30_000});
		expect(JSON.parse(version.stdout)).toMatchObject({endpoint: sshd.url(testDockerHost.slice('unix://'.length)), source: 'context', apiVersion: '1.41'});
		expect(await waitFor(async () => sshd.clientPids(), pids => pids.length === 0, 3000)).toEqual([]);
	});
});
