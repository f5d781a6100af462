// Swarm actions on recorded cluster bodies: the version sent, the retry after a conflict, refusals.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {createActionService} from '../../../source/store/actions/action-service.js';
import type {ConfirmOutcome, Outcome} from '../../../source/store/actions/types.js';
import type {SwarmService} from '../../../source/engine/swarm-types.js';
import {DockerApiError} from '../../../source/engine/errors.js';
import {scaledReplicas, specChanges} from '../../../source/store/actions/swarm-actions.js';
import type {Store} from '../../../source/store/types.js';
import {ids, recorded} from '../swarm-fixtures.js';
import {fakeEngine, fakeStore} from './fakes.js';

const errors = JSON.parse(readFileSync(new URL('../../engine/fixtures/swarm-write/errors-1.41.json', import.meta.url), 'utf8')) as Record<string, {status: number; body: {message: string}}>;
const recordedError = (name: string) => new DockerApiError(errors[name]!.status, errors[name]!.body.message, 'POST', '/x');
const updated = JSON.parse(readFileSync(new URL('../../engine/fixtures/swarm-write/service-updated-1.41.json', import.meta.url), 'utf8')) as SwarmService;

function swarmStore(services = recorded.services()): Store {
	const base = fakeStore().getState();
	const state = {...base, services: new Map(services.map(item => [item.ID, item])), tasks: new Map(recorded.tasks().map(item => [item.ID, item])), nodes: new Map(recorded.nodes().map(item => [item.ID, item]))};
	return {getState: () => state, subscribe: () => () => {}};
}

/** The recording engine, answering updates as dockerd does when nothing is to be warned about. */
const swarmEngine = (overrides: Parameters<typeof fakeEngine>[0] = {}, options: Parameters<typeof fakeEngine>[1] = {}) => fakeEngine({updateService: async () => [], ...overrides}, options);

const serviceById = (id: string, services = recorded.services()) => structuredClone(services.find(service => service.ID === id)!);
const text = (outcome: Outcome) => (outcome.kind === 'message' ? outcome.text : outcome.kind);

describe('swarm actions', () => {
	it('scale +1 reads the service and sends its whole spec with Replicas+1 against the version just read', async () => {
		const {engine, calls} = swarmEngine({inspectService: async (id: string) => serviceById(id)});
		const actions = createActionService(engine, swarmStore());
		const outcome = await actions.scaleService(ids.api, {delta: 1});
		expect(text(outcome)).toBe('scaling service api: 4 → 5 replicas');
		const update = calls.find(call => call.method === 'updateService')!;
		const [id, version, spec] = update.args as [string, number, SwarmService['Spec']];
		expect([id, version]).toEqual([ids.api, 165]);
		expect(spec).toEqual({...serviceById(ids.api).Spec, Mode: {Replicated: {Replicas: 5}}});
	});

	it('a version conflict (dockerd: update out of sequence) is retried once with the fresh spec and version', async () => {
		let reads = 0;
		const {engine, calls} = swarmEngine({
			// another client scaled api to 8 between our read and our write
			inspectService: async (id: string) => {
				const service = serviceById(id);
				if (reads++ > 0) Object.assign(service, {Version: {Index: 170}, Spec: {...service.Spec, Mode: {Replicated: {Replicas: 8}}}});
				return service;
			},
			updateService: async (_id: string, version: number) => {
				if (version === 165) throw recordedError('serviceUpdateStaleVersion');
				return [];
			},
		});
		const outcome = await createActionService(engine, swarmStore()).scaleService(ids.api, {delta: -1});
		const updates = calls.filter(call => call.method === 'updateService').map(call => [call.args[1], (call.args[2] as SwarmService['Spec']).Mode]);
		expect(updates).toEqual([[165, {Replicated: {Replicas: 3}}], [170, {Replicated: {Replicas: 7}}]]);
		expect(text(outcome)).toBe('scaling service api: 8 → 7 replicas');
	});

	it('a second conflict is not retried again and says so in plain words', async () => {
		const {engine, calls} = swarmEngine({inspectService: async (id: string) => serviceById(id), updateService: async () => Promise.reject(recordedError('serviceUpdateStaleVersion'))});
		const outcome = await createActionService(engine, swarmStore()).scaleService(ids.api, {replicas: 6});
		expect(calls.filter(call => call.method === 'updateService')).toHaveLength(2);
		expect(outcome).toMatchObject({kind: 'message', level: 'error'});
		expect(text(outcome)).toMatch(/could not scale service api: another client changed it at the same moment, twice .*try again/);
	});

	it('a global service is not scaled; a worker\'s 503 reads "This node is not a swarm manager"', async () => {
		const {engine, calls} = swarmEngine({inspectService: async () => Promise.reject(recordedError('workerRefuses'))});
		const actions = createActionService(engine, swarmStore());
		expect(text(await actions.scaleService(ids.agent, {delta: 1}))).toBe('service agent is global: it runs one task on every node and has no replica count');
		expect(calls).toEqual([]);
		expect(text(await actions.scaleService(ids.api, {delta: 1}))).toBe('could not scale service api: This node is not a swarm manager');
	});

	it('force restart bumps TaskTemplate.ForceUpdate and changes nothing else', async () => {
		const {engine, calls} = swarmEngine({inspectService: async (id: string) => serviceById(id)});
		await createActionService(engine, swarmStore()).restartService(ids.web);
		const spec = calls.find(call => call.method === 'updateService')!.args[2] as SwarmService['Spec'];
		const before = serviceById(ids.web).Spec;
		expect(spec).toEqual({...before, TaskTemplate: {...before.TaskTemplate, ForceUpdate: (before.TaskTemplate?.ForceUpdate ?? 0) + 1}});
	});

	it('rollback asks first, naming what changes, then sends the PreviousSpec along (the engine picks rollback=previous)', async () => {
		const {engine, calls} = swarmEngine({inspectService: async () => structuredClone(updated)});
		const actions = createActionService(engine, swarmStore([updated]));
		const outcome = (await actions.rollbackService(updated.ID)) as ConfirmOutcome;
		expect(outcome.kind).toBe('confirm');
		expect(outcome.title).toBe('Roll service ui-probe back to its previous spec?');
		expect(calls).toEqual([]);
		expect(text(await outcome.proceed())).toBe('rolling back service ui-probe to its previous spec');
		const update = calls.find(call => call.method === 'updateService')!;
		expect(update.args[1]).toBe(updated.Version.Index);
		expect(update.args[3]).toEqual({rollback: updated.PreviousSpec});
		// without a previous spec there is nothing to ask
		expect(text(await actions.rollbackService(ids.api))).toBe('the service no longer exists');
		const fresh = createActionService(swarmEngine().engine, swarmStore());
		expect(text(await fresh.rollbackService(ids.api))).toBe('service api has no previous spec to roll back to');
	});

	it('remove is confirmed and names how many tasks stop', async () => {
		const {engine, calls} = swarmEngine();
		const outcome = (await createActionService(engine, swarmStore()).removeService(ids.api)) as ConfirmOutcome;
		expect(outcome.title).toBe('Remove service api?');
		expect(outcome.lines).toEqual(['Its 4 tasks are stopped on every node.']);
		expect(calls).toEqual([]);
		expect(text(await outcome.proceed())).toBe('removed service api');
		expect(calls.map(call => [call.method, call.args[0]])).toEqual([['removeService', ids.api]]);
	});

	it('drain is confirmed and sent with the node\'s fresh version; pause and activate are not asked', async () => {
		const nodes = recorded.nodes();
		const {engine, calls} = swarmEngine({inspectNode: async (id: string) => structuredClone(nodes.find(node => node.ID === id)!)});
		const actions = createActionService(engine, swarmStore());
		const drain = (await actions.setNodeAvailability(ids.node3, 'drain')) as ConfirmOutcome;
		expect(drain.title).toBe(`Drain node ${nodes.find(node => node.ID === ids.node3)!.Description!.Hostname} (${ids.node3.slice(0, 12)})?`);
		expect(calls).toEqual([]);
		expect(text(await drain.proceed())).toMatch(/^draining node .*: its tasks move to other nodes$/);
		const node3 = nodes.find(node => node.ID === ids.node3)!;
		expect(calls.at(-1)).toEqual({method: 'updateNode', args: [ids.node3, node3.Version.Index, {...node3.Spec, Availability: 'drain'}]});
		expect(text(await actions.setNodeAvailability(ids.node3, 'pause'))).toMatch(/^paused node /);
		expect(text(await actions.setNodeAvailability(ids.node3, 'active'))).toMatch(/is already active$/);
	});

	it('--read-only: every swarm action is refused before any call', async () => {
		const {engine, calls} = swarmEngine({}, {readOnly: true});
		const actions = createActionService(engine, swarmStore());
		const outcomes = await Promise.all([
			actions.scaleService(ids.api, {delta: 1}), actions.scaleService(ids.api, {replicas: 2}), actions.restartService(ids.api), actions.rollbackService(ids.api),
			actions.removeService(ids.api), actions.setNodeAvailability(ids.node3, 'drain'), actions.setNodeAvailability(ids.node3, 'pause'),
		]);
		for (const outcome of outcomes) expect(text(outcome)).toMatch(/^read-only session: .* is disabled$/);
		expect(calls).toEqual([]);
	});

	it('scaledReplicas and specChanges', () => {
		expect(scaledReplicas(0, {delta: -1})).toMatch(/0 or more/);
		expect(scaledReplicas(3, {replicas: 6})).toBe(6);
		expect(specChanges({Name: 'a', TaskTemplate: {ContainerSpec: {Image: `x:2@sha256:${'a'.repeat(64)}`}}, Mode: {Replicated: {Replicas: 2}}}, {Name: 'a', TaskTemplate: {ContainerSpec: {Image: 'x:1'}}, Mode: {Replicated: {Replicas: 3}}})).toEqual(['image x:2 → x:1', 'replicas 2 → 3']);
	});
});
