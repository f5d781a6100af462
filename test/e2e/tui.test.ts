// The built binary in a real terminal (tmux) against the real test daemon.
import {execFileSync} from 'node:child_process';
import {afterAll, afterEach, beforeAll, expect, it} from 'vitest';
import {dockerRequest} from '../store/test-containers.js';
import {describeDaemon, testDockerHost, testImage, testLabel, uniqueName} from '../support/daemon.js';
import {cliCommand, ensureBuilt, startTmux, type TmuxSession} from './tmux.js';

const prefix = uniqueName('tui');
const names = [`${prefix}-alpha`, `${prefix}-beta`];
const ids: string[] = [];
let session: TmuxSession | undefined;

async function create(name: string, labels: Record<string, string> = {}, start = true) {
	const body = {Image: testImage, Cmd: ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'], Labels: {[testLabel]: '1', ...labels}, HostConfig: {NetworkMode: 'none'}};
	const created = await dockerRequest(testDockerHost, 'POST', `/containers/create?name=${encodeURIComponent(name)}`, body);
	if (created.status !== 201) throw new Error(`create ${name}: ${created.status} ${created.body}`);
	const {Id} = JSON.parse(created.body) as {Id: string};
	ids.push(Id);
	if (start) await dockerRequest(testDockerHost, 'POST', `/containers/${Id}/start`);
}

/** `/` then wait for the prompt, so the typed text lands in the filter. */
async function filterFor(app: TmuxSession, text: string) {
	await app.sendKeys('/');
	await app.waitForText(/^\/.*\(\d+\/\d+\)/m);
	await app.sendText(text);
}

const hostileLabel = '\u001B]0;PWNED\u0007\u001B[2J\u001B[31mRED\u001B[0m';

describeDaemon('dockhand in a real terminal', () => {
	beforeAll(async () => {
		ensureBuilt();
		await create(names[0]!, {'dockhand.e2e': hostileLabel});
		await create(names[1]!, {}, false);
	});

	afterEach(async () => {
		await session?.kill();
		session = undefined;
	});

	afterAll(async () => {
		await Promise.all(ids.map(id => dockerRequest(testDockerHost, 'DELETE', `/containers/${id}?force=1`).catch(() => undefined)));
	});

	const open = async (columns = 200, rows = 50, env: Record<string, string> = {}) => {
		session = await startTmux({columns, rows, env: {DOCKER_HOST: testDockerHost, ...env}});
		await session.waitForText(/● connected/);
		return session;
	};

	it('lists the containers by name, filters as you type, and `2` shows the test image', async () => {
		const app = await open();
		await filterFor(app, prefix);
		const screen = await app.waitForText(/\(2\/\d+\)/);
		expect(screen).toContain(names[0]);
		expect(screen).toContain(names[1]);
		await app.sendText('-beta');
		// the detail pane follows the selection to the one row left
		const narrowed = await app.waitUntil(screen => /\(1\/\d+\)/.test(screen) && !screen.includes(names[0]!));
		expect(narrowed).toContain(names[1]);
		await app.sendKeys('Enter', '2');
		await app.waitForText(testImage);
	});

	it('Esc and / arriving in one read clear the filter and open a new one (not a lost Alt+/)', async () => {
		const app = await open();
		await filterFor(app, `${prefix}-beta`);
		await app.waitForText(/\(1\/\d+\)/);
		await app.sendRaw('\u001B/');
		await app.waitForText(/^\/ +\(\d+\/\d+\)/m);
		await app.sendText(`${prefix}-alpha`);
		const screen = await app.waitUntil(screen => /\(1\/\d+\)/.test(screen) && new RegExp(`^/${prefix}-alpha`, 'm').test(screen));
		expect(screen).toContain(names[0]);
	});

	it('`?` shows help; 80×24 and 40×12 keep the layout inside the terminal', async () => {
		const app = await open();
		await app.sendKeys('?');
		await app.waitForText('filter the list as you type');
		await app.sendKeys('Escape');
		await app.waitUntil(screen => !screen.includes('filter the list as you type'));
		for (const [columns, rows] of [[80, 24], [40, 12]] as const) {
			await app.resize(columns, rows);
			// a resize first redraws the old tree at the new size (Ink), then the new layout: judge the settled frame
			const screen = await app.waitUntilSettled(text => text.split('\n').filter(Boolean).every(line => [...line].length <= columns) && /dockhand/.test(text) && /quit|q /.test(text.split('\n').filter(Boolean).at(-1) ?? ''));
			const lines = screen.replace(/\n$/, '').split('\n');
			expect(lines.length).toBe(rows);
			expect(lines[0]).toMatch(/^dockhand ● connected/);
		}
		await app.resize(80, 24);
		await filterFor(app, names[0]!);
		await app.waitForText(names[0]!);
	});

	it('renders a label full of escape sequences inert', async () => {
		const app = await open(200, 50);
		const before = await app.display('#{pane_title}');
		await filterFor(app, names[0]!);
		await app.waitForText(/\(1\/\d+\)/);
		await app.sendKeys('Enter');
		const screen = await app.waitForText('dockhand.e2e=');
		expect(screen).toContain('dockhand.e2e=RED');
		expect(screen).toContain(names[0]);
		expect(await app.display('#{pane_title}')).toBe(before); // the OSC did not retitle the terminal
		const styled = await app.capture({escapes: true});
		const labelLine = styled.split('\n').find(line => line.includes('dockhand.e2e='))!;
		expect(labelLine).not.toMatch(/\u001B\[31mRED/);
	});

	it('`q` leaves the terminal as it was: the shell and its output come back', async () => {
		session = await startTmux({shell: true, columns: 100, rows: 30, env: {DOCKER_HOST: testDockerHost}});
		const app = session;
		await app.waitForText(/^\$ ?$/m); // capture-pane trims the trailing space
		await app.sendText('echo before-$((6*7))');
		await app.sendKeys('Enter');
		await app.waitForText(/^before-42$/m);
		await app.sendText(`${cliCommand()}; echo "exit=$?"`);
		await app.sendKeys('Enter');
		await app.waitForText(/● connected/);
		expect(await app.display('#{alternate_on}')).toBe('1');
		await app.sendKeys('q');
		const screen = await app.waitForText(/exit=0/);
		expect(screen).toMatch(/^before-42$/m);
		expect(screen).not.toContain('● connected');
		expect(await app.display('#{alternate_on}')).toBe('0');
		expect(await app.display('#{cursor_flag}')).toBe('1');
		// the terminal is cooked again: a typed line echoes and runs
		await app.sendText('echo after-$((1+1))');
		await app.sendKeys('Enter');
		await app.waitForText(/^after-2$/m);
	});

	it('Ctrl-C and SIGTERM restore the terminal too', async () => {
		session = await startTmux({shell: true, columns: 100, rows: 30, env: {DOCKER_HOST: testDockerHost}});
		const app = session;
		await app.waitForText(/^\$ ?$/m); // capture-pane trims the trailing space
		await app.sendText(`${cliCommand()}; echo "exit=$?"`);
		await app.sendKeys('Enter');
		await app.waitForText(/● connected/);
		await app.sendKeys('C-c');
		await app.waitForText(/exit=0/);
		expect(await app.display('#{alternate_on}')).toBe('0');
		await app.sendText(`${cliCommand()}; echo "term=$?"`);
		await app.sendKeys('Enter');
		await app.waitForText(/● connected/);
		// the app is the shell's only child: signal it by its pid
		const shellPid = await app.display('#{pane_pid}');
		const children = execFileSync('ps', ['-o', 'pid=', '--ppid', shellPid], {encoding: 'utf8'}).trim().split(/\s+/).map(Number);
		expect(children).toHaveLength(1);
		process.kill(children[0]!, 'SIGTERM');
		await app.waitForText(/term=0/);
		expect(await app.display('#{alternate_on}')).toBe('0');
	});

	it('an unreachable daemon is a clear full-screen message, not a stack trace', async () => {
		session = await startTmux({columns: 100, rows: 30, env: {DOCKER_HOST: 'unix:///run/dockhand-nowhere/docker.sock'}});
		const screen = await session.waitForText('Cannot reach the Docker daemon');
		expect(screen).toContain('unix:///run/dockhand-nowhere/docker.sock (from DOCKER_HOST)');
		expect(screen).toMatch(/Fix:/);
		expect(screen).not.toMatch(/at .*\.js:\d+/);
	});
});
