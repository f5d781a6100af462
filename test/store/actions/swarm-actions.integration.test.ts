// Swarm actions against the real cluster's manager: the daemon's own wording of a version conflict,
// and a scale that lost the race to another client still lands (read again, sent once more).
import {afterAll, describe, expect, it, vi} from 'vitest';
import {createEngine, type DockerEngine} from '../../../source/engine/create-engine.js';
import {parseHost} from '../../../source/engine/endpoint.js';
import {isVersionConflict} from '../../../source/engine/swarm-write-calls.js';
import type {SwarmService} from '../../../source/engine/swarm-types.js';
import {createActionService} from '../../../source/store/actions/action-service.js';
import {uniqueName} from '../../support/daemon.js';
import {dockerRequest} from '../../support/docker-http.js';
import {createService, removeService, swarmHosts, swarmUnavailable} from '../../support/swarm.js';
import {fakeStore} from './fakes.js';

describe.skipIf(!swarmHosts)(`Swarm actions on a real manager${swarmUnavailable ? ` (${swarmUnavailable})` : ''}`, () => {
	const services: string[] = [];
	let engine: DockerEngine | undefined;
	afterAll(async () => {
		for (const id of services) await removeService(swarmHosts!.manager, id);
		await engine?.close();
	});

	const scaleElsewhere = async (id: string, replicas: number) => {
		const service = JSON.parse((await dockerRequest(swarmHosts!.manager, 'GET', `/services/${id}`)).body) as SwarmService;
		const answer = await dockerRequest(swarmHosts!.manager, 'POST', `/services/${id}/update?version=${service.Version.Index}`, {...service.Spec, Mode: {Replicated: {Replicas: replicas}}});
		expect(answer.status).toBe(200);
	};

	it('a stale version is refused with dockerd\'s "update out of sequence", which isVersionConflict recognises', async () => {
		engine = createEngine(parseHost(swarmHosts!.manager, 'flag', undefined));
		const id = await createService(swarmHosts!.manager, `ui-${uniqueName('race')}`, 1);
		services.push(id);
		const read = await engine.inspectService(id);
		await scaleElsewhere(id, 2);
		const error = await engine.updateService(id, read.Version.Index, {...read.Spec, Mode: {Replicated: {Replicas: 3}}}).catch((caught: unknown) => caught);
		expect(isVersionConflict(error)).toBe(true);
	});

	it('scale +1 that loses the race once reads again and lands on what the other client left', async () => {
		engine ??= createEngine(parseHost(swarmHosts!.manager, 'flag', undefined));
		const id = await createService(swarmHosts!.manager, `ui-${uniqueName('race')}`, 1);
		services.push(id);
		let raced = false;
		// the other client scales to 4 between our read and our write, once
		const racing = new Proxy(engine, {
			get(target, property, receiver) {
				if (property === 'updateService' && !raced) {
					return async (...args: Parameters<DockerEngine['updateService']>) => {
						raced = true;
						await scaleElsewhere(id, 4);
						return target.updateService(...args);
					};
				}
				return Reflect.get(target, property, receiver);
			},
		});
		const service = await engine.inspectService(id);
		const base = fakeStore().getState();
		const store = {getState: () => ({...base, services: new Map([[id, service]])}), subscribe: () => () => {}};
		const outcome = await createActionService(racing, store).scaleService(id, {delta: 1});
		expect(outcome).toMatchObject({kind: 'message', level: 'info', text: expect.stringMatching(/: 4 → 5 replicas$/)});
		await vi.waitFor(async () => expect((await engine!.inspectService(id)).Spec.Mode?.Replicated?.Replicas).toBe(5), {timeout: 10_000});
	});

	it('force restart, rollback and remove as the daemon takes them', async () => {
		engine ??= createEngine(parseHost(swarmHosts!.manager, 'flag', undefined));
		const id = await createService(swarmHosts!.manager, `ui-${uniqueName('roll')}`, 1);
		services.push(id);
		const storeOf = async () => {
			const base = fakeStore().getState();
			const services = new Map([[id, await engine!.inspectService(id)]]);
			return {getState: () => ({...base, services}), subscribe: () => () => {}};
		};
		const before = await engine.inspectService(id);
		const restarted = await createActionService(engine, await storeOf()).restartService(id);
		expect(restarted).toMatchObject({kind: 'message', level: 'info'});
		const after = await engine.inspectService(id);
		expect(after.Spec.TaskTemplate?.ForceUpdate).toBe((before.Spec.TaskTemplate?.ForceUpdate ?? 0) + 1);
		expect(after.PreviousSpec?.TaskTemplate?.ForceUpdate).toBe(before.Spec.TaskTemplate?.ForceUpdate ?? 0);
		// rollback=previous: the daemon puts the previous spec back
		const rollback = await createActionService(engine, await storeOf()).rollbackService(id);
		expect(rollback.kind).toBe('confirm');
		expect(await (rollback as Extract<typeof rollback, {kind: 'confirm'}>).proceed()).toMatchObject({kind: 'message', level: 'info', text: expect.stringMatching(/^rolling back service /)});
		expect((await engine.inspectService(id)).Spec.TaskTemplate?.ForceUpdate).toBe(before.Spec.TaskTemplate?.ForceUpdate ?? 0);
		const remove = await createActionService(engine, await storeOf()).removeService(id);
		expect(await (remove as Extract<typeof remove, {kind: 'confirm'}>).proceed()).toMatchObject({kind: 'message', level: 'info', text: expect.stringMatching(/^removed service /)});
		expect((await dockerRequest(swarmHosts!.manager, 'GET', `/services/${id}`)).status).toBe(404);
	});
});
