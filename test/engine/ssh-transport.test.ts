// ssh:// against a real sshd on this machine (test/support/sshd.sh) whose `docker system
// dial-stdio` reaches the real test daemon: HTTP over ssh processes, one per connection, and ssh's
// failures as one sentence each.
import {readdirSync} from 'node:fs';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createEngine, type DockerEngine} from '../../source/engine/create-engine.js';
import {parseHost} from '../../source/engine/endpoint.js';
import {DockerConnectionError, describeError} from '../../source/engine/errors.js';
import type {DockerEvent} from '../../source/engine/types.js';
import {api, containerState, createTestContainer, removeContainers, waitFor} from '../e2e/actions-fixtures.js';
import {describeNeeding, needs, testDockerHost, uniqueName} from '../support/daemon.js';
import {startSshd, type SshClientSetup, type TestSshd} from '../support/sshd.js';

let sshd: TestSshd;
const ids: string[] = [];
const originalPath = process.env.PATH;
const socket = testDockerHost.slice('unix://'.length);

/** An engine whose ssh processes (started at connect time) run with `setup`'s config. */
function sshEngine(setup: SshClientSetup, path = socket, options: {sshSpares?: boolean} = {}): DockerEngine {
	process.env.PATH = sshd.path(setup);
	return createEngine(parseHost(sshd.url(path), 'flag', undefined), options);
}

async function failure(engine: DockerEngine): Promise<DockerConnectionError> {
	const error = await engine.ping().then(() => undefined, (e: unknown) => e);
	await engine.close();
	expect(error).toBeInstanceOf(DockerConnectionError);
	return error as DockerConnectionError;
}

describeNeeding('docker-cli', 'sshd runs `docker system dial-stdio` for every connection')('ssh:// transport', () => {
	beforeAll(async () => {
		sshd = await startSshd();
	});
	afterAll(async () => {
		process.env.PATH = originalPath;
		await removeContainers(ids);
		await sshd?.stop();
	});

	it('lists the daemon containers, runs an action, and closes every ssh process with the engine', async () => {
		const name = uniqueName('ssh-list');
		const id = await createTestContainer(name, {start: true});
		ids.push(id);
		const engine = sshEngine('good');
		expect(await engine.negotiate()).toBe('1.41');
		const list = await engine.listContainers({all: true});
		expect(list.find(c => c.Id === id)?.Names).toEqual([`/${name}`]);
		expect(await engine.stopContainer(id, {t: 1})).toBe('stopped');
		expect((await containerState(id))?.Running).toBe(false);
		expect(await engine.startContainer(id)).toBe('started');
		expect((await containerState(id))?.Running).toBe(true);
		expect(sshd.clientPids().length).toBeGreaterThan(0);
		await engine.close();
		expect(await waitFor(async () => sshd.clientPids(), pids => pids.length === 0, 5000)).toEqual([]);
	});

	it.skipIf(!needs('real-daemon', "follows the lines a container's command prints"))('streams logs and events at once, each over its own ssh process; a change by another client arrives', async () => {
		const name = uniqueName('ssh-stream');
		const id = await createTestContainer(name, {start: true, cmd: ['sh', '-c', 'trap exit TERM; i=0; while :; do i=$((i+1)); echo line-$i; sleep 0.2; done']});
		ids.push(id);
		const engine = sshEngine('good');
		const abort = new AbortController();
		const events: DockerEvent[] = [];
		let open = false;
		const collecting = (async () => {
			for await (const event of engine.events({signal: abort.signal, filters: {type: ['container'], container: [id]}, onOpen: () => (open = true)})) events.push(event);
		})();
		const lines: string[] = [];
		const following = (async () => {
			for await (const chunk of engine.logs(id, {follow: true, tail: 0, signal: abort.signal})) lines.push(Buffer.from(chunk.data).toString());
		})();
		expect(await waitFor(async () => ({open, lines: lines.length}), state => state.open && state.lines > 0, 20_000)).toMatchObject({open: true});
		expect(lines.join('')).toMatch(/line-\d+/);
		// two long streams, two ssh processes
		expect(sshd.clientPids().length, 'ssh processes while both streams are open').toBeGreaterThanOrEqual(2);
		// paused by another client (the unix socket), seen over ssh
		await api('POST', `/containers/${id}/pause`);
		expect(await waitFor(async () => events.map(e => e.Action), actions => actions.includes('pause'), 20_000)).toContain('pause');
		await api('POST', `/containers/${id}/unpause`);
		abort.abort();
		await Promise.all([collecting, following]);
		await engine.close();
	});

	it.skipIf(!needs('real-daemon', 'exec into a real process (a busybox shell)'))('runs an exec session over its own ssh process (the hijacked stream) and reads its exit code', async () => {
		const id = await createTestContainer(uniqueName('ssh-exec'), {start: true});
		ids.push(id);
		const engine = sshEngine('good');
		const execId = await engine.execCreate(id, {Cmd: ['sh'], Tty: true, AttachStdin: true, AttachStdout: true, AttachStderr: true});
		const stream = await engine.execStart(execId, {tty: true});
		let output = '';
		stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const closed = new Promise(resolve => stream.once('close', resolve));
		stream.write('echo over-$((40+2))-ssh; exit 3\n');
		await closed;
		expect(output).toContain('over-42-ssh');
		expect((await engine.execInspect(execId)).ExitCode).toBe(3);
		await engine.close();
	});

	it.skipIf(!needs('real-daemon', 'stats of a running container'))('one-shot stats samples (the CPU/MEM columns) taken one after another reuse one ssh login', async () => {
		const id = await createTestContainer(uniqueName('ssh-stats'), {start: true});
		ids.push(id);
		const engine = sshEngine('good');
		await engine.negotiate();
		const before = sshd.logins();
		for (let round = 0; round < 3; round++) {
			// as the list's sampler reads it: the first sample, then stop
			for await (const sample of engine.stats(id, {stream: false, oneShot: true})) {
				expect(sample.memory_stats).toBeDefined();
				break;
			}
		}
		expect(sshd.logins() - before).toBe(0);
		await engine.close();
	});

	it('ssh processes killed mid-stream end the stream with a connection error, and the next call connects again', async () => {
		const engine = sshEngine('good');
		await engine.negotiate();
		let open = false;
		const ended = (async () => {
			for await (const _event of engine.events({onOpen: () => (open = true)})) {
				// nothing happens on this daemon's events for this test: only the cut matters
			}
		})().then(
			() => 'ended quietly',
			(error: unknown) => error,
		);
		await waitFor(async () => open, ready => ready, 10_000);
		const killed = sshd.clientPids();
		for (const pid of killed) process.kill(pid, 'SIGKILL');
		const error = await ended;
		expect(error).toBeInstanceOf(DockerConnectionError);
		expect(describeError(error)).toMatch(/closed unexpectedly/);
		// a spare killed along may fail one call (as a reconnect would see it); the retry connects
		const first = await engine.ping().then(ping => ping.apiVersion, (e: unknown) => e);
		if (first !== '1.41') expect(first).toBeInstanceOf(DockerConnectionError);
		expect((await engine.ping()).apiVersion).toBe('1.41');
		expect(sshd.clientPids().some(pid => !killed.includes(pid))).toBe(true);
		await engine.close();
	});

	it('a short-lived engine (version, a probe) logs in once and starts no spare ssh processes', async () => {
		const before = sshd.logins();
		const engine = sshEngine('good');
		await engine.negotiate();
		await engine.version();
		await new Promise(resolve => setTimeout(resolve, 500));
		// the call after negotiation reuses its connection: one login in all
		expect(sshd.logins() - before).toBe(1);
		expect(sshd.clientPids().length).toBe(1);
		await engine.close();
	});

	it('the UI engine keeps spare ssh processes logged in once a login worked, so new connections start at once', async () => {
		const engine = sshEngine('good', socket, {sshSpares: true});
		const coldStart = performance.now();
		await engine.negotiate();
		// one login and one request, with nothing started ahead
		const coldLoginMs = performance.now() - coldStart;
		expect(await waitFor(async () => sshd.clientPids().length, count => count >= 6, 10_000)).toBeGreaterThanOrEqual(6);
		await new Promise(resolve => setTimeout(resolve, 1500));
		const started = performance.now();
		await Promise.all([engine.listContainers(), engine.listImages(), engine.listVolumes(), engine.listNetworks()]);
		const burstMs = performance.now() - started;
		await engine.close();
		// four requests at once over spares take less than the one cold login did (~0.5–1.5 s here; the requests ~50 ms)
		expect(burstMs).toBeLessThan(coldLoginMs);
		expect(await waitFor(async () => sshd.clientPids(), pids => pids.length === 0, 5000)).toEqual([]);
	});

	it('keeps working through a ControlMaster from the ssh config, many streams over one login', async () => {
		const engine = sshEngine('multiplexed');
		const abort = new AbortController();
		let open = 0;
		const streams = [0, 1, 2].map(async () => {
			for await (const _event of engine.events({signal: abort.signal, onOpen: () => open++})) {
				// held open only
			}
		});
		await waitFor(async () => open, count => count === 3, 15_000);
		expect((await engine.listContainers()).length).toBeGreaterThanOrEqual(0);
		// the master's control socket exists: the other ssh processes went through it
		expect(readdirSync(sshd.dir).some(file => file.startsWith('cm-'))).toBe(true);
		abort.abort();
		await Promise.all(streams);
		await engine.close();
		expect(await waitFor(async () => sshd.clientPids(), pids => pids.length === 0, 5000)).toEqual([]);
	});

	it('a key the server does not know: the auth-failure sentence, one login attempt per request (no spares)', async () => {
		const before = sshd.logins();
		// the UI's engine: spares would multiply refused logins
		const engine = sshEngine('wrong-key', socket, {sshSpares: true});
		await engine.ping().catch(() => undefined);
		const error = await failure(engine);
		expect(sshd.logins() - before).toBe(2);
		expect(error.message).toBe(`ssh login to root@127.0.0.1:${sshd.port} was refused (wrong user or key) — check that \`ssh -p ${sshd.port} root@127.0.0.1\` logs in without a password (key in your agent or ~/.ssh/config)`);
	});

	it('a host key not in known_hosts under strict checking: the host-key sentence', async () => {
		const error = await failure(sshEngine('unknown-host'));
		expect(error.message).toBe(`the ssh host key of root@127.0.0.1:${sshd.port} is not in known_hosts and dockhand cannot ask — run \`ssh -p ${sshd.port} root@127.0.0.1\` once to check and accept it`);
	});

	it('a socket path with no daemon behind it: docker there cannot reach its daemon', async () => {
		const error = await failure(sshEngine('good', '/run/dh-no-such/docker.sock'));
		expect(error.message).toMatch(new RegExp(`^docker on root@127.0.0.1:${sshd.port} cannot reach its daemon — is dockerd running there, and is the socket path in ssh://.*/run/dh-no-such/docker.sock right\\?$`));
	});

	it('nothing listening on the port: ssh\'s refusal, said once', async () => {
		process.env.PATH = sshd.path('good');
		const engine = createEngine(parseHost('ssh://root@127.0.0.1:1/x.sock', 'flag', undefined));
		expect((await failure(engine)).message).toBe('root@127.0.0.1:1 refused the ssh connection — is sshd running there, on that port?');
	});

	it('no ssh on the PATH: says to install the OpenSSH client', async () => {
		process.env.PATH = '/nonexistent';
		const engine = createEngine(parseHost(sshd.url(socket), 'flag', undefined));
		expect((await failure(engine)).message).toMatch(/^there is no `ssh` on the PATH — install the OpenSSH client to reach ssh:\/\//);
	});
});
