// Swarm calls against the real 3-node cluster (test/support/swarm.sh).
import {afterAll, describe, expect, it, vi} from 'vitest';
import {createEngine, type DockerEngine} from '../../source/engine/create-engine.js';
import {parseHost} from '../../source/engine/endpoint.js';
import {DockerApiError} from '../../source/engine/errors.js';
import {uniqueName} from '../support/daemon.js';
import {createService, removeService, swarmHosts, swarmUnavailable} from '../support/swarm.js';

describe.skipIf(!swarmHosts)(`Swarm calls on a real cluster${swarmUnavailable ? ` (${swarmUnavailable})` : ''}`, () => {
	const engines: DockerEngine[] = [];
	const services: string[] = [];
	const engineAt = (host: string) => {
		const engine = createEngine(parseHost(host, 'flag', undefined));
		engines.push(engine);
		return engine;
	};
	afterAll(async () => {
		for (const id of services) await removeService(swarmHosts!.manager, id);
		await Promise.all(engines.map(engine => engine.close()));
	});

	it('a manager lists services with running/desired counts, their tasks and the three nodes', async () => {
		const engine = engineAt(swarmHosts!.manager);
		const info = await engine.info();
		expect(info.Swarm).toMatchObject({LocalNodeState: 'active', ControlAvailable: true});
		const name = uniqueName('svc');
		const id = await createService(swarmHosts!.manager, name, 2);
		services.push(id);
		await vi.waitFor(async () => expect((await engine.listServices({status: true})).find(service => service.ID === id)?.ServiceStatus).toMatchObject({RunningTasks: 2, DesiredTasks: 2}), {timeout: 20_000, interval: 250});
		const service = await engine.inspectService(id);
		expect(service.Spec.Name).toBe(name);
		expect(service.Spec.Mode?.Replicated?.Replicas).toBe(2);
		const tasks = (await engine.listTasks({filters: {service: [id]}})).filter(task => task.DesiredState === 'running');
		expect(tasks.map(task => task.Slot).sort()).toEqual([1, 2]);
		const nodes = await engine.listNodes();
		expect(nodes).toHaveLength(3);
		expect(nodes.filter(node => node.ManagerStatus?.Leader)).toHaveLength(1);
		expect((await engine.inspectNode(nodes[0]!.ID)).ID).toBe(nodes[0]!.ID);
	});

	it('a worker answers 503 and says it is not a manager', async () => {
		const engine = engineAt(swarmHosts!.nodes[1]!);
		const info = await engine.info();
		expect(info.Swarm).toMatchObject({LocalNodeState: 'active', ControlAvailable: false});
		const error = await engine.listServices().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(DockerApiError);
		expect((error as DockerApiError).status).toBe(503);
		expect((error as DockerApiError).daemonMessage).toMatch(/not a swarm manager/);
	});
});
