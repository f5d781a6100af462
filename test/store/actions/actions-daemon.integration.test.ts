// The action service on the live store against each real engine: what `s`, `r`, `p` and `K` send
// reaches the container as a user expects — a TERM-trapping container stops on its own (never 137).
import {afterAll, afterEach, expect, it} from 'vitest';
import {createEngine, type DockerEngine} from '../../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../../source/engine/endpoint.js';
import {createActionService} from '../../../source/store/actions/action-service.js';
import {createDaemonStore, type DaemonStore} from '../../../source/store/daemon-store.js';
import {describeEngines} from '../../support/daemon.js';
import {waitForState} from '../../support/wait-for-state.js';
import {idleScript, testContainers, testEngine} from '../../engine/daemon-containers.js';

describeEngines('actions on the live store', ({host}) => {
	const containers = testContainers(testEngine({}, host));
	let running: {store: DaemonStore; engine: DockerEngine} | undefined;
	afterEach(async () => {
		await running?.store.stop();
		await running?.engine.close();
		running = undefined;
	});
	afterAll(() => containers.removeAll());

	async function liveStore() {
		const engine = createEngine(resolveEndpoint({host, env: {}}), {env: {}});
		const store = createDaemonStore(engine);
		running = {store, engine};
		store.start();
		await waitForState(store, state => state.connection.status === 'connected', 10_000, 'connected');
		return {engine, store, service: createActionService(engine, store)};
	}

	it('s stops a container that traps TERM by TERM (exit 0 or 143, not SIGKILL 137); r restarts it the same way', async () => {
		const {id} = await containers.create('stop-term', idleScript);
		const {engine, store, service} = await liveStore();
		await engine.startContainer(id);
		await waitForState(store, state => state.containers.get(id)?.state === 'running' && state.containers.get(id)?.tty !== null, 10_000, 'running and inspected');
		expect(await service.restart([id])).toMatchObject({kind: 'message', level: 'info'});
		await waitForState(store, state => state.lifecycle.get(id)?.some(entry => entry.action === 'die') === true, 10_000, 'the restart ended a run');
		expect(store.getState().lifecycle.get(id)?.find(entry => entry.action === 'die')?.exitCode).not.toBe(137);
		await waitForState(store, state => state.containers.get(id)?.state === 'running', 10_000, 'running again');
		expect(await service.toggleRun([id])).toMatchObject({kind: 'message', level: 'info', text: expect.stringContaining('stopped')});
		const {State} = await engine.inspectContainer(id);
		expect(State.Running).toBe(false);
		expect([0, 143]).toContain(State.ExitCode);
	});

	it('s stops a paused container (Podman refuses that as such: dockhand unpauses it first)', async () => {
		const {id} = await containers.create('stop-paused', idleScript);
		const {engine, store, service} = await liveStore();
		await engine.startContainer(id);
		await engine.pauseContainer(id);
		await waitForState(store, state => state.containers.get(id)?.state === 'paused', 10_000, 'paused');
		expect(await service.toggleRun([id])).toMatchObject({kind: 'message', level: 'info', text: expect.stringContaining('stopped')});
		await waitForState(store, state => state.containers.get(id)?.state === 'exited', 10_000, 'exited');
		expect((await engine.inspectContainer(id)).State.Running).toBe(false);
	});

	it('p pauses and unpauses, K kills (137 by SIGKILL, as asked)', async () => {
		const {id} = await containers.create('pause-kill', idleScript);
		const {engine, store, service} = await liveStore();
		await engine.startContainer(id);
		await waitForState(store, state => state.containers.get(id)?.state === 'running', 10_000, 'running');
		await service.togglePause([id]);
		await waitForState(store, state => state.containers.get(id)?.state === 'paused', 10_000, 'paused');
		await service.togglePause([id]);
		await waitForState(store, state => state.containers.get(id)?.state === 'running', 10_000, 'unpaused');
		const kill = await service.kill([id]);
		expect(kill.kind).toBe('confirm');
		if (kill.kind === 'confirm') await kill.proceed();
		await waitForState(store, state => state.containers.get(id)?.state === 'exited', 10_000, 'killed');
		expect((await engine.inspectContainer(id)).State.ExitCode).toBe(137);
	});
});
