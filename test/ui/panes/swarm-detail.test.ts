// Service and node detail on bodies recorded from the 3-node cluster.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {SwarmService, SwarmTask} from '../../../source/engine/swarm-types.js';
import {nodeOverview, nodeTaskLines} from '../../../source/ui/panes/node-overview.js';
import {formatNanos, serviceOverview, tasksByNodeLines} from '../../../source/ui/panes/service-overview.js';
import {serviceLineOrigin} from '../../../source/ui/logs/service-origin.js';
import {ids, recorded} from '../../store/swarm-fixtures.js';

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../engine/fixtures/swarm-write/${name}`, import.meta.url), 'utf8')) as T;
const updated = read<SwarmService>('service-updated-1.41.json');
const rejectedService = read<SwarmService>('service-rejected-1.41.json');
const rejectedTasks = read<SwarmTask[]>('tasks-rejected-1.41.json');
const now = Date.parse('2026-11-29T03:30:00Z');
const valueOf = (items: Array<{key: string; value: string}>, key: string) => items.find(item => item.key === key)?.value;

describe('service detail', () => {
	it('summarises the spec: image, replicas, update and restart policy, env with secrets masked, labels, constraints', () => {
		const items = serviceOverview(updated, undefined, now);
		expect(valueOf(items, 'image')).toBe('dockhand-test/busybox:1');
		expect(valueOf(items, 'mode')).toMatch(/^replicated: \d+ of 2 running$/);
		expect(valueOf(items, 'update policy')).toBe('2 at a time, delay 0s, on failure: pause, stop-first, monitor 5s');
		expect(valueOf(items, 'restart policy')).toBe('on-failure, delay 5s, no attempt limit');
		// the inspect view's mask: the password's value is never shown, other values are
		expect(valueOf(items, 'env')).toBe('DB_PASSWORD=•••••• MODE=prod');
		expect(JSON.stringify(items)).not.toContain('hunter2');
		expect(valueOf(items, 'env')).not.toBe(undefined);
		expect(valueOf(items, 'constraints')).toBe('node.role!=manager');
		expect(valueOf(items, 'labels')).toBe('team=ui');
		expect(serviceOverview(updated, undefined, now, true).find(item => item.key === 'env')!.value).toContain('hunter2');
	});

	it('a global service says so; the replicas come from the listed tasks when there are some', () => {
		const agent = recorded.services().find(service => service.ID === ids.agent)!;
		const tasks = recorded.tasks().filter(task => task.ServiceID === ids.agent);
		expect(valueOf(serviceOverview(agent, tasks, now), 'mode')).toBe('global: 3 running (one per node)');
		const api = recorded.services().find(service => service.ID === ids.api)!;
		expect(valueOf(serviceOverview(api, recorded.tasks().filter(task => task.ServiceID === ids.api), now), 'mode')).toBe('replicated: 4 of 4 running');
	});

	it('tasks grouped by node, each with its state; a rejected task with its Status.Err', () => {
		const services = new Map([[rejectedService.ID, rejectedService]]);
		const nodes = new Map(recorded.nodes().map(node => [node.ID, node]));
		const lines = tasksByNodeLines(rejectedTasks, services, nodes, Date.parse(rejectedTasks[0]!.Status.Timestamp!) + 5000).map(line => line.text);
		expect(lines.some(line => /^node vm \w{10} · 0 running$/.test(line))).toBe(true);
		expect(lines).toContainEqual(expect.stringMatching(/^ {2}ui-rejected\.1 {2}✖ rejected .* — No such image: dockhand-test\/nope:1$/));
		const api = recorded.tasks().filter(task => task.ServiceID === ids.api);
		const grouped = tasksByNodeLines(api, new Map(recorded.services().map(service => [service.ID, service])), nodes, now);
		const headers = grouped.filter(line => line.key.startsWith('node-'));
		expect(headers.length).toBeGreaterThan(1);
		expect(grouped.filter(line => !line.key.startsWith('node-'))).toHaveLength(4);
	});

	it('formatNanos reads as the CLI prints durations', () => {
		expect([formatNanos(undefined), formatNanos(5e9), formatNanos(90e9), formatNanos(120e9)]).toEqual(['0s', '5s', '1m30s', '2m']);
	});

	it('service log lines are named task@node and coloured per task', () => {
		const tasks = recorded.tasks().filter(task => task.ServiceID === ids.api);
		const origin = serviceLineOrigin('api', tasks);
		const task = tasks.find(entry => entry.Slot === 2)!;
		const line = {seq: 0, time: 0, stream: 'stdout' as const, containerId: 'service:x', text: 'hi', cut: 0, task: task.ID, node: task.NodeID};
		expect(origin.name(line)).toBe(`api.2@${task.NodeID!.slice(0, 10)}`);
		expect(origin.source(line)).not.toBe(origin.source({...line, task: tasks.find(entry => entry.Slot === 3)!.ID}));
		expect(origin.name({...line, task: 'unknowntask1234', node: 'n'})).toBe('api.unknow@n');
		const long = serviceLineOrigin('a-service-name-much-longer-than-the-column', tasks);
		expect(long.name(line)).toBe(`…han-the-column.2@${task.NodeID!.slice(0, 10)}`);
	});
});

describe('node detail', () => {
	it('status with its message, role and leader, availability, resources, labels, and its tasks', () => {
		const node = recorded.nodes().find(entry => entry.ID === ids.manager)!;
		const items = nodeOverview(node, ids.manager, now);
		expect(valueOf(items, 'status')).toMatch(/^ready/);
		expect(valueOf(items, 'role')).toBe('manager (Leader) · this daemon');
		expect(valueOf(items, 'availability')).toBe('active');
		expect(valueOf(items, 'resources')).toMatch(/^\d+ CPUs · .* memory$/);
		const worker = recorded.nodes().find(entry => entry.Spec.Labels?.zone === 'a')!;
		expect(valueOf(nodeOverview(worker, ids.manager, now), 'labels')).toBe('zone=a');
		const lines = nodeTaskLines(node, recorded.tasks(), new Map(recorded.services().map(service => [service.ID, service])), now);
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.every(line => line.text.startsWith('  '))).toBe(true);
	});
});
