// The Swarm bodies dockhand reads, checked against the official schemas: the ones recorded from the
// real cluster (API 1.41) against 1.40's (its nearest spec) and the newest (1.55), and a set of
// shapes 20.10 never sends (job modes, JobStatus, PortStatus, a down, unreachable manager) against
// 1.55; then drawn as rows.
import fs from 'node:fs';
import validatorModule, {type IOpenAPIResponseValidator, type OpenAPIResponseValidatorArgs} from 'openapi-response-validator';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import type {SwarmNode, SwarmService, SwarmTask} from '../../source/engine/swarm-types.js';
import {tasksByService} from '../../source/store/swarm-slice.js';
import {nodeRows} from '../../source/ui/lists/node-rows.js';
import {serviceRows} from '../../source/ui/lists/service-rows.js';
import {taskRows} from '../../source/ui/lists/task-rows.js';
import {recorded} from '../store/swarm-fixtures.js';

const specDir = ['../../../shared/docker-api/', '../../../../shared/docker-api/'].map(path => new URL(path, import.meta.url)).find(url => fs.existsSync(url));
if (!specDir) console.warn('shared/docker-api/ not found beside the clone: skipping the Swarm schema checks');

type ValidatorClass = new (args: OpenAPIResponseValidatorArgs) => IOpenAPIResponseValidator;
const moduleValue = validatorModule as unknown as ValidatorClass & {default?: ValidatorClass};
const Validator: ValidatorClass = moduleValue.default ?? moduleValue;

const specs = new Map<string, {definitions: Record<string, unknown>}>();

function listChecker(version: string) {
	let spec = specs.get(version);
	if (!spec) specs.set(version, (spec = parse(fs.readFileSync(new URL(`engine-api-v${version}.yaml`, specDir), 'utf8')) as {definitions: Record<string, unknown>}));
	return (definition: 'Service' | 'Task' | 'Node', body: unknown) =>
		new Validator({responses: {200: {description: 'list', schema: {type: 'array', items: {$ref: `#/definitions/${definition}`}}}} as never, definitions: spec.definitions as never}).validateResponse('200', body);
}

const shapes = JSON.parse(fs.readFileSync(new URL('fixtures/swarm/shapes-1.55.json', import.meta.url), 'utf8')) as {services: SwarmService[]; tasks: SwarmTask[]; nodes: SwarmNode[]};

describe.skipIf(!specDir)('Swarm bodies and the official schemas', () => {
	it.each(['1.40', '1.55'])('the recorded 1.41 /services, /tasks and /nodes match the %s schema', version => {
		const check = listChecker(version);
		expect(check('Service', recorded.services())).toBeUndefined();
		expect(check('Task', recorded.tasks())).toBeUndefined();
		expect(check('Node', recorded.nodes())).toBeUndefined();
	});

	it('the newest shapes match the 1.55 schema', () => {
		const check = listChecker('1.55');
		expect(check('Service', shapes.services)).toBeUndefined();
		expect(check('Task', shapes.tasks)).toBeUndefined();
		expect(check('Node', shapes.nodes)).toBeUndefined();
		// and the check can fail: a state outside the enum is refused
		expect(check('Task', [{...shapes.tasks[0], Status: {State: 'bogus'}}])).toBeDefined();
	});
});

describe('the newest shapes as rows', () => {
	const now = Date.parse('2026-11-29T03:05:00Z');

	it('job services show their mode, and counts from ServiceStatus until tasks are listed', () => {
		const rows = serviceRows(shapes.services, undefined, now);
		expect(rows.map(row => [row.cells.name, row.cells.mode, row.cells.replicas, row.cells.image])).toEqual([
			['migrate', 'job', '○ 0/0', 'busybox:1'],
			['prune-everywhere', 'global job', '◐ 2/3', 'busybox:1'],
		]);
		const withTasks = serviceRows(shapes.services, tasksByService(new Map(shapes.tasks.map(task => [task.ID, task]))), now);
		expect(withTasks[1]!.cells.replicas).toBe('● 1/1');
	});

	it('a completed job task and a task with a port status read as the CLI shows them', () => {
		const services = new Map(shapes.services.map(service => [service.ID, service]));
		const rows = taskRows(shapes.tasks, services, now);
		expect(rows.map(row => [row.cells.name, row.cells.desired, row.cells.current.replace(/ \S+$/, '')])).toEqual([
			['migrate.1', 'complete', '✔ complete'],
			['prune-everywhere.pmixzjk3hy', 'running', '● running'],
		]);
	});

	it('a paused, down, unreachable manager', () => {
		const [row] = nodeRows(shapes.nodes, null);
		expect(row!.cells).toMatchObject({role: 'manager', availability: 'pause', status: '✖ down', manager: 'Unreachable', engine: '28.5.1', labels: 'disk=ssd, zone=b'});
	});
});
