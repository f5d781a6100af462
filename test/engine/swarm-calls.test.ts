import {describe, expect, it} from 'vitest';
import {fakeEngines, json} from './fake-daemon.js';
import {recorded} from '../store/swarm-fixtures.js';

const engineWith = fakeEngines();

describe('Swarm calls', () => {
	it('asks /services for ServiceStatus from API 1.41, and not from an older version that would refuse it', async () => {
		const {daemon, engine} = await engineWith((_, res) => json(res, 200, recorded.services()), {apiVersion: '1.41'});
		const services = await engine.listServices({status: true});
		expect(services.find(service => service.Spec.Name === 'api')?.ServiceStatus).toEqual({RunningTasks: 4, DesiredTasks: 4, CompletedTasks: 0});
		await engine.close();
		const firstRequests = [...daemon.requests];
		await daemon.close();
		const older = await engineWith((_, res) => json(res, 200, []), {apiVersion: '1.40'});
		await older.engine.listServices({status: true});
		expect(firstRequests.map(request => request.url)).toEqual(['/v1.41/services?status=1']);
		expect(older.daemon.requests.map(request => request.url)).toEqual(['/v1.40/services']);
		await older.engine.close();
	});

	it('lists tasks with filters and reads nodes and services by id; daemon text comes back inert', async () => {
		const hostile = recorded.nodes().map(node => ({...node, Description: {...node.Description, Hostname: 'vm\u001B]52;c;cHduZWQ=\u0007'}}));
		const {daemon, engine} = await engineWith((request, res) => json(res, 200, request.url.includes('/nodes') ? hostile : request.url.includes('/tasks') ? recorded.tasks() : recorded.services()[0]), {apiVersion: '1.41'});
		await engine.listTasks({filters: {service: ['api']}});
		const nodes = await engine.listNodes();
		expect(nodes.every(node => node.Description?.Hostname === 'vm')).toBe(true);
		await engine.inspectService('abc');
		expect(daemon.requests.map(request => decodeURIComponent(request.url))).toEqual(['/v1.41/tasks?filters={"service":["api"]}', '/v1.41/nodes', '/v1.41/services/abc']);
		await engine.close();
	});
});
