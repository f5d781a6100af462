// Integration: the engine client against the real test dockerd (Engine 20.10, API 1.41).
import {afterAll, describe, expect, it} from 'vitest';
import {DockerApiError} from '../../source/engine/errors.js';
import {LogFrameDecoder} from '../../source/engine/log-frames.js';
import type {DockerEvent, LogChunk} from '../../source/engine/types.js';
import {describeEngines, needs, testImage, testLabel, uniqueName} from '../support/daemon.js';
import {idleScript, testContainers, testEngine} from './daemon-containers.js';
import {waitFor} from './fake-daemon.js';

describeEngines('engine against the real daemon', ({host, podman}) => {
	/** Podman names the registry in image references. */
	const imageRef = podman ? `docker.io/${testImage}` : testImage;
	const engine = testEngine({}, host);
	const containers = testContainers(testEngine({}, host));
	afterAll(async () => {
		await containers.removeAll();
		await engine.close();
	});

	it('negotiates API 1.41 with the 20.10 daemon and reports its version', async () => {
		expect(await engine.negotiate()).toBe('1.41');
		expect(engine.apiVersion).toBe('1.41');
		const version = await engine.version();
		expect(version.ApiVersion).toBe('1.41');
		expect(version.Os).toBe('linux');
		expect(Number(version.MinAPIVersion.split('.')[1])).toBeLessThan(41);
		const info = await engine.info();
		expect(info.ServerVersion).toBe(version.Version);
		expect(version.Components?.[0]?.Name === 'Podman Engine').toBe(podman);
	});

	it('lists and inspects containers, images, volumes and networks', async () => {
		const {id, name} = await containers.create('list', 'true', {Labels: {'dockhand.case': 'list'}});
		const listed = await engine.listContainers({all: true, filters: {label: [`${testLabel}=1`, 'dockhand.case=list']}});
		expect(listed.map(c => c.Id)).toContain(id);
		const summary = listed.find(c => c.Id === id)!;
		expect(summary.Names).toEqual([`/${name}`]);
		expect(summary.State).toBe('created');
		expect(summary.Image).toBe(imageRef);
		expect(await engine.listContainers({filters: {label: ['dockhand.case=list']}})).toEqual([]); // not running: hidden without all
		const inspect = await engine.inspectContainer(name);
		expect(inspect.Id).toBe(id);
		expect(inspect.Config.Tty).toBe(false);
		expect(inspect.Config.Labels).toMatchObject({[testLabel]: '1'});
		expect(inspect.HostConfig.NetworkMode).toBe('none');
		const images = await engine.listImages();
		const image = images.find(i => i.RepoTags?.includes(imageRef));
		expect(image).toBeDefined();
		expect((await engine.inspectImage(testImage)).Id).toBe(image!.Id);
		expect((await engine.imageHistory(testImage)).length).toBeGreaterThan(0);
		// Podman's built-in network is its CNI `bridge` (named `podman` by the podman CLI)
		const [network, driver] = podman ? ['bridge', 'bridge'] : ['none', 'null'];
		expect((await engine.listNetworks()).map(n => n.Name)).toContain(network);
		expect((await engine.inspectNetwork(network)).Driver).toBe(driver);
		expect(Array.isArray(await engine.listVolumes())).toBe(true);
		const df = await engine.systemDf();
		// Podman's /system/df leaves the sha256: prefix off image ids
		expect(df.Images.some(i => i.Id.replace(/^sha256:/, '') === image!.Id.replace(/^sha256:/, ''))).toBe(true);
	});

	it('runs a full lifecycle, with 304 as already-stopped and 404 after removal; events arrive in order', async () => {
		const marker = uniqueName('life');
		const events: DockerEvent[] = [];
		const abort = new AbortController();
		let open = false;
		const collecting = (async () => {
			for await (const event of engine.events({signal: abort.signal, filters: {type: ['container'], label: [`dockhand.case=${marker}`]}, onOpen: () => (open = true)})) events.push(event);
		})();
		await waitFor(() => open, 'the events subscription');

		const {id} = await containers.create('life', idleScript, {Labels: {'dockhand.case': marker}});
		const state = async () => (await engine.inspectContainer(id)).State;
		expect(await engine.startContainer(id)).toBe('started');
		expect(await engine.startContainer(id)).toBe('already-started');
		expect((await state()).Running).toBe(true);
		// dockerd records paused/running from containerd's event, a moment after its answer
		await engine.pauseContainer(id);
		await waitFor(async () => (await state()).Status === 'paused', 'State.Status paused after the pause', 3000);
		await engine.unpauseContainer(id);
		await waitFor(async () => (await state()).Status === 'running', 'State.Status running after the unpause', 3000);
		const startedAt = (await state()).StartedAt;
		await engine.restartContainer(id, {t: 1});
		expect((await state()).StartedAt).not.toBe(startedAt);
		expect(await engine.stopContainer(id, {t: 1})).toBe('stopped');
		expect(await engine.stopContainer(id, {t: 1})).toBe('already-stopped');
		expect((await state()).Running).toBe(false);
		expect(await engine.startContainer(id)).toBe('started');
		await engine.killContainer(id, 'SIGKILL');
		await engine.waitContainer(id);
		expect((await state()).ExitCode).toBe(137);
		await engine.removeContainer(id, {force: true});
		const gone = await engine.inspectContainer(id).catch((e: unknown) => e);
		expect(gone).toBeInstanceOf(DockerApiError);
		expect(gone).toMatchObject({status: 404});

		const removal = podman ? 'remove' : 'destroy';
		await waitFor(() => events.some(e => e.Action === removal), 'the removal event');
		abort.abort();
		await collecting;
		expect(events.every(e => e.Type === 'container' && e.Actor.ID === id)).toBe(true);
		const actions = events.map(e => e.Action);
		const milestones = actions.filter(a => ['create', 'start', 'pause', 'unpause', 'restart', 'die', removal].includes(a));
		if (podman) {
			// Podman: restart comes before its die, removal is `remove`, runs begin with `init` and end with `cleanup`
			expect(milestones).toEqual(['create', 'start', 'pause', 'unpause', 'restart', 'die', 'start', 'die', 'start', 'die', 'remove']);
			expect(actions).toEqual(expect.arrayContaining(['init', 'cleanup']));
			expect(events.find(e => e.Action === 'die' && e.Actor.Attributes.containerExitCode === '137')).toBeDefined();
		} else {
			expect(milestones).toEqual(['create', 'start', 'pause', 'unpause', 'die', 'start', 'restart', 'die', 'start', 'die', 'destroy']);
			expect(events.find(e => e.Action === 'kill' && e.Actor.Attributes.signal === '9')).toBeDefined();
		}
		// a kill's die without any stop before it
		expect(actions.slice(actions.lastIndexOf('kill')).filter(a => a === 'stop')).toEqual([]);
		expect(events.find(e => e.Action === 'create')?.Actor.Attributes.image).toBe(imageRef);
		const times = events.map(e => e.timeNano);
		expect([...times].sort((a, b) => a - b)).toEqual(times);
	});

	it('stats: one-shot sample parses with CPU and memory figures', async () => {
		const {id} = await containers.create('stats', idleScript);
		await engine.startContainer(id);
		const sample = await engine.statsOnce(id);
		expect(Number.isNaN(Date.parse(sample.read))).toBe(false);
		expect(sample.cpu_stats.cpu_usage.total_usage).toBeGreaterThan(0);
		// dockerd's stream=0 takes two samples; Podman's answers at once with a zero precpu
		if (podman) expect(sample.precpu_stats.cpu_usage.total_usage).toBe(0);
		else expect(sample.precpu_stats.cpu_usage.total_usage).toBeGreaterThan(0);
		expect(sample.memory_stats.usage).toBeGreaterThan(0);
		expect(sample.memory_stats.limit).toBeGreaterThan(0);
		expect(sample.pids_stats?.current).toBeGreaterThan(0);
		const [quick] = await collect(engine.stats(id, {stream: false, oneShot: true}));
		expect(quick?.cpu_stats.cpu_usage.total_usage).toBeGreaterThan(0);
	});

	it.skipIf(!podman && !needs('real-daemon', 'exec into a real process (read, echo, exit codes of a busybox shell)'))('exec: create, hijacked start, resize, and the exit code in inspect', async () => {
		const {id} = await containers.create('exec', idleScript);
		await engine.startContainer(id);
		const execId = await engine.execCreate(id, {Cmd: ['sh', '-c', 'read line; echo "got $line"; exit 3'], Tty: true});
		const socket = await engine.execStart(execId, {tty: true});
		await engine.execResize(execId, {h: 30, w: 100});
		let output = '';
		socket.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		const closed = new Promise(resolve => socket.on('close', resolve));
		socket.write('hello\n');
		await closed;
		expect(output).toContain('got hello');
		await waitFor(async () => !(await engine.execInspect(execId)).Running, 'the exec to end');
		expect((await engine.execInspect(execId)).ExitCode).toBe(3);
	});

	it.skipIf(!podman && !needs('real-daemon', 'exec into a real process (a shell writing to stdout and stderr)'))('exec without a TTY: the hijacked stream is framed, stdout and stderr apart; its end is an event', async () => {
		const marker = uniqueName('exec-notty');
		const {id} = await containers.create('exec-notty', idleScript, {Labels: {'dockhand.case': marker}});
		await engine.startContainer(id);
		const abort = new AbortController();
		const actions: string[] = [];
		let open = false;
		const collecting = (async () => {
			for await (const event of engine.events({signal: abort.signal, filters: {type: ['container'], label: [`dockhand.case=${marker}`]}, onOpen: () => (open = true)})) actions.push(event.Action);
		})();
		await waitFor(() => open, 'the events subscription');
		const execId = await engine.execCreate(id, {Cmd: ['sh', '-c', 'echo out; sleep 0.05; echo err >&2; exit 2'], Tty: false, AttachStdin: false});
		const socket = await engine.execStart(execId, {tty: false});
		const decoder = new LogFrameDecoder();
		const chunks: LogChunk[] = [];
		socket.on('data', (data: Buffer) => chunks.push(...decoder.push(data)));
		await new Promise(resolve => socket.on('close', resolve));
		expect(chunks.map(c => [c.stream, new TextDecoder().decode(c.data)])).toEqual([
			['stdout', 'out\n'],
			['stderr', 'err\n'],
		]);
		await waitFor(async () => !(await engine.execInspect(execId)).Running, 'the exec to end');
		expect((await engine.execInspect(execId)).ExitCode).toBe(2);
		const ended = podman ? 'exec_died' : 'exec_die';
		await waitFor(() => actions.includes(ended), `the ${ended} event`);
		abort.abort();
		await collecting;
	});

	it('top lists the container processes', async () => {
		const {id} = await containers.create('top', idleScript);
		await engine.startContainer(id);
		const top = await engine.topContainer(id);
		expect(top.Titles.join(' ')).toContain('PID');
		expect(top.Processes.some(row => row.join(' ').includes('sh -c'))).toBe(true);
	});
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of iterable) out.push(item);
	return out;
}
