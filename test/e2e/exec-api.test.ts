// Exec through the API on the real daemon: shell discovery, a command run through the relayed
// terminal, the window size reaching the TTY, the exit code, and the refusals a user can meet.
import {PassThrough} from 'node:stream';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import type {Engine} from '../../source/engine/types.js';
import {createActionService} from '../../source/store/actions/action-service.js';
import type {ExecTarget} from '../../source/store/actions/types.js';
import {runExecSession, type ExecTerminal} from '../../source/terminal/exec-session.js';
import {describeEngines, needs, uniqueName} from '../support/daemon.js';
import {container, fakeStore} from '../store/actions/fakes.js';
import {fixturesOn, waitFor} from './actions-fixtures.js';

function terminal(rows: number, columns: number) {
	const stdin = Object.assign(new PassThrough(), {isTTY: true, isRaw: false, setRawMode(mode: boolean) {
		stdin.isRaw = mode;
	}});
	const stdout = Object.assign(new PassThrough(), {rows, columns});
	let screen = '';
	stdout.on('data', chunk => {
		screen += String(chunk);
	});
	return {stdin, stdout, terminal: {stdin, stdout} as unknown as ExecTerminal, screen: () => screen};
}

describeEngines('exec through the API', ({host, podman}) => {
	const {api, createTestContainer, removeContainers} = fixturesOn(host);
	let engine: Engine;
	let running: string;
	let stopped: string;
	const names = {running: uniqueName('exec'), stopped: uniqueName('exec-stopped')};

	beforeAll(async () => {
		engine = createEngine(resolveEndpoint({host}));
		running = await createTestContainer(names.running, {start: true});
		stopped = await createTestContainer(names.stopped);
	});

	afterAll(async () => {
		await removeContainers([running, stopped]);
		await engine?.close();
	});

	const storeWith = () => fakeStore({containers: [
		container({id: running, name: names.running, state: 'running'}),
		container({id: stopped, name: names.stopped, state: 'created'}),
	]});

	it.skipIf(!podman && !needs('real-daemon', 'exec into a real process (a busybox shell reading the terminal)'))('falls back to /bin/sh, runs what is typed, sees the window size, and reports the exit code', async () => {
		const service = createActionService(engine, storeWith());
		const prepared = await service.prepareExec(running, {env: ['TERM=xterm']});
		expect(prepared).toMatchObject({kind: 'exec', shell: '/bin/sh'}); // busybox has no bash
		let resized = 0;
		const target: ExecTarget = {...(prepared as ExecTarget), resize: async size => {
			await (prepared as ExecTarget).resize(size);
			resized += 1;
		}};
		const tty = terminal(23, 71);
		const marker = `marker-${Math.random().toString(36).slice(2, 8)}`;
		const session = runExecSession(target, tty.terminal);
		// Busybox asks for the cursor position (ESC[6n); left unanswered here, because its reply parser
		// swallows keys that arrive in the same read. Type once the size landed and the prompt redrew.
		await waitFor(async () => resized, count => count > 0, 5000);
		await waitFor(async () => tty.screen(), screen => /\/ # \u001B\[J$/.test(screen), 5000);
		tty.stdin.write(`echo ${marker} > /tmp/x; stty size\r`);
		const sized = await waitFor(async () => tty.screen(), screen => /\r\n23 71\r\n/.test(screen), 5000);
		expect(sized).toMatch(/\r\n23 71\r\n/);
		tty.stdin.write('exit 3\r');
		expect(await session).toEqual({exitCode: 3});
		expect(tty.stdin.isRaw).toBe(false);
		// The command really ran in the container: read the file back through another exec.
		const {json: exec} = await api<{Id: string}>('POST', `/containers/${running}/exec`, {Cmd: ['cat', '/tmp/x'], AttachStdout: true, AttachStderr: true});
		const stream = await engine.execStart(exec.Id, {tty: false});
		let output = '';
		stream.on('data', chunk => {
			output += String(chunk);
		});
		await new Promise(resolve => stream.once('close', resolve));
		expect(output).toContain(marker);
	});

	it('a configured shell that does not exist, and a container that is not running, get clear messages', async () => {
		const service = createActionService(engine, storeWith(), {shell: '/bin/zsh'});
		expect(await service.prepareExec(running)).toEqual({kind: 'message', level: 'error', text: `${names.running} has no shell at /bin/zsh (choose another with --shell)`});
		expect(await service.prepareExec(stopped)).toEqual({kind: 'message', level: 'error', text: `${names.stopped} is created: start it (s) to open a shell`});
	});

	it('a container stopped behind the store\'s back is refused by the daemon in plain words', async () => {
		const id = await createTestContainer(uniqueName('exec-gone'));
		try {
			const service = createActionService(engine, fakeStore({containers: [container({id, name: 'ghost', state: 'running'})]}));
			const outcome = await service.prepareExec(id);
			expect(outcome).toMatchObject({kind: 'message', level: 'error'});
			// dockerd 409, Podman 500 with the state named: both read as the refusal they are
			expect((outcome as {text: string}).text).toMatch(podman ? /^could not open a shell in ghost: can only create exec sessions on running containers: container state improper$/ : /^could not open a shell in ghost: Container \w{12} is not running$/);
		} finally {
			await removeContainers([id]);
		}
	});
});
