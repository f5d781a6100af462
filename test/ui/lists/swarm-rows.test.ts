import {describe, expect, it} from 'vitest';
import type {SwarmNode, SwarmService, SwarmTask} from '../../../source/engine/swarm-types.js';
import {tasksByService} from '../../../source/store/swarm-slice.js';
import {nodeRows} from '../../../source/ui/lists/node-rows.js';
import {replicasCell, serviceRows, servicePorts} from '../../../source/ui/lists/service-rows.js';
import {taskRows} from '../../../source/ui/lists/task-rows.js';
import {ids, recorded} from '../../store/swarm-fixtures.js';

const now = Date.parse('2026-11-29T03:20:00Z');
const services = recorded.services();
const tasks = recorded.tasks();
const serviceMap = new Map(services.map(service => [service.ID, service]));
const cellsByName = (rows: ReturnType<typeof serviceRows>) => Object.fromEntries(rows.map(row => [row.cells.name, row.cells]));

describe('serviceRows on the recorded /services and /tasks', () => {
	it('shows each service with its mode, running/desired and a state symbol, image without digest, ports', () => {
		const rows = serviceRows(services, tasksByService(new Map(tasks.map(task => [task.ID, task]))), now);
		expect(rows.map(row => row.cells.name)).toEqual(['agent', 'api', 'broken', 'noimg', 'web']);
		const cells = cellsByName(rows);
		expect(cells.api).toMatchObject({mode: 'replicated', replicas: '● 4/4', image: 'dockhand-test/busybox:1'});
		expect(cells.agent).toMatchObject({mode: 'global', replicas: '● 3/3'});
		expect(cells.web).toMatchObject({replicas: '✖ 0/3', ports: '*:8080->80/tcp'});
		expect(rows.find(row => row.cells.name === 'web')!.tones?.replicas).toBe('error');
		expect(cells.api!.updated).toMatch(/ago$/);
	});

	it('without listed tasks the counts come from ServiceStatus', () => {
		expect(cellsByName(serviceRows(services, undefined, now)).agent!.replicas).toBe('● 3/3');
	});

	it('marks partial and scaled-to-zero services distinctly', () => {
		expect(replicasCell({running: 3, desired: 6, mode: 'replicated'})).toEqual({text: '◐ 3/6', tone: 'warn'});
		expect(replicasCell({running: 0, desired: 0, mode: 'replicated'})).toEqual({text: '○ 0/0', tone: 'muted'});
		expect(servicePorts([{Protocol: 'udp', TargetPort: 53, PublishedPort: 5353, PublishMode: 'host'}, {TargetPort: 9000}])).toBe('host:5353->53/udp');
	});

	it('makes daemon text inert: a service name cannot drive the terminal', () => {
		const hostile: SwarmService = {...services[0]!, Spec: {...services[0]!.Spec, Name: 'evil\u001B]0;pwned\u0007\u001B[2Jname'}};
		const [row] = serviceRows([hostile], undefined, now);
		expect(row!.cells.name).toBe('evilname');
	});
});

describe('taskRows on the recorded /tasks', () => {
	const rows = taskRows(tasks, serviceMap, now);

	it('names tasks service.slot (service.node for global ones) and shows the node by short ID', () => {
		const api = rows.filter(row => row.cells.name.startsWith('api.'));
		expect(api.map(row => row.cells.name)).toEqual(['api.1', 'api.2', 'api.3', 'api.4']);
		expect(new Set(api.map(row => row.cells.node))).toEqual(new Set(['jdy1hoba7o', 'ks4uf5wwxj', 'pmixzjk3hy']));
		expect(rows.filter(row => row.cells.name.startsWith('agent.')).map(row => row.cells.name)).toEqual(['agent.jdy1hoba7o', 'agent.ks4uf5wwxj', 'agent.pmixzjk3hy']);
		expect(api[0]!.cells).toMatchObject({desired: 'running'});
		expect(api[0]!.cells.current).toMatch(/^● running /);
	});

	it('puts a slot history under its newest task, with the errors the daemon gave', () => {
		const broken = rows.filter(row => row.cells.name.includes('broken.1'));
		expect(broken.map(row => row.cells.name)).toEqual(['broken.1', ' \\_ broken.1', ' \\_ broken.1']);
		expect(broken.every(row => row.cells.error === 'task: non-zero exit (3)')).toBe(true);
		expect(broken[0]!.cells.current).toMatch(/^✖ failed /);
		const noimg = rows.find(row => row.cells.name === 'noimg.1')!;
		expect(noimg.cells).toMatchObject({desired: 'ready', error: 'No such image: nosuch/image:9'});
		expect(noimg.tones?.error).toBe('error');
	});

	it('a task of a service no longer listed is named by the service ID', () => {
		const orphan: SwarmTask = {...tasks[0]!, ServiceID: 'gonegonegone123456'};
		expect(taskRows([orphan], serviceMap, now)[0]!.cells.name).toMatch(/^gonegonegone\./);
	});
});

describe('nodeRows on the recorded /nodes', () => {
	const nodes = recorded.nodes();

	it('tells nodes with the same hostname apart by ID, marks this node, the leader and labels', () => {
		const rows = nodeRows(nodes, ids.manager);
		expect(new Set(rows.map(row => row.cells.hostname)).size).toBe(1);
		expect(new Set(rows.map(row => row.cells.id)).size).toBe(3);
		const manager = rows.find(row => row.id === ids.manager)!;
		expect(manager.cells).toMatchObject({id: 'ks4uf5wwxjiu *', role: 'manager', availability: 'active', status: '● ready', manager: 'Leader', engine: '20.10.24+dfsg1'});
		expect(rows.find(row => row.cells.labels === 'zone=a')?.cells.role).toBe('worker');
	});

	it('shows a drained node and a down one', () => {
		const drained: SwarmNode = {...nodes[0]!, Spec: {...nodes[0]!.Spec, Availability: 'drain'}, Status: {State: 'down'}};
		const [row] = nodeRows([drained], null);
		expect(row!.cells).toMatchObject({availability: 'drain', status: '✖ down'});
		expect(row!.tones).toMatchObject({availability: 'warn', status: 'error'});
	});
});
