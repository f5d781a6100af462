// The Swarm keys and details in the whole app, on states built from the recorded cluster bodies.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import React from 'react';
import {readFileSync} from 'node:fs';
import type {Info} from '../../../source/engine/types.js';
import type {SwarmService} from '../../../source/engine/swarm-types.js';
import type {ActionService, Outcome} from '../../../source/store/actions/types.js';
import {emptySwarmSlice, swarmStatusFromInfo} from '../../../source/store/swarm-slice.js';
import type {State} from '../../../source/store/types.js';
import {App} from '../../../source/ui/app.js';
import {uiStore} from '../../../source/ui/state/ui-store.js';
import {plainFrame, renderInk, type InkHarness} from '../../support/ink.js';
import {ids, recorded} from '../../store/swarm-fixtures.js';
import {fakeServices, fakeStore, makeState, withServices} from '../fixtures.js';

const updated = JSON.parse(readFileSync(new URL('../../engine/fixtures/swarm-write/service-updated-1.41.json', import.meta.url), 'utf8')) as SwarmService;

let harness: InkHarness | undefined;

function managerState(): State {
	const info = {Swarm: recorded.swarmInfo('manager')} as Info;
	return makeState({
		containers: [],
		patch: {
			...emptySwarmSlice(),
			swarm: {...swarmStatusFromInfo(info, emptySwarmSlice().swarm), servicesAt: Date.now(), tasksAt: Date.now()},
			services: new Map([...recorded.services(), updated].map(item => [item.ID, item])),
			tasks: new Map(recorded.tasks().map(item => [item.ID, item])),
			nodes: new Map(recorded.nodes().map(item => [item.ID, item])),
		},
	});
}

/** An action service that records the Swarm calls the keys make. */
function recordingActions(calls: unknown[][]): ActionService {
	return new Proxy({} as ActionService, {
		get(_target, name) {
			if (name === 'pending') return () => undefined;
			if (name === 'subscribe') return () => () => {};
			if (name === 'readOnly') return false;
			return async (...args: unknown[]): Promise<Outcome> => {
				calls.push([name, ...args]);
				return {kind: 'message', level: 'info', text: `did ${String(name)}`};
			};
		},
	});
}

const frameOf = async (app: InkHarness, test: RegExp) => plainFrame(await app.waitFor(frame => test.test(plainFrame(frame))));

beforeEach(() => uiStore.reset());
afterEach(() => {
	harness?.unmount();
	harness = undefined;
});

describe('Swarm keys and details', () => {
	it('= opens the replica prompt, takes digits only, and Enter asks to scale the selected service to that count', async () => {
		const calls: unknown[][] = [];
		harness = await renderInk(withServices(fakeServices(fakeStore(managerState()), {actions: recordingActions(calls)}), <App />), {columns: 160, rows: 30});
		await frameOf(harness, /5 Services/);
		await harness.press('5');
		await frameOf(harness, /REPLICAS/);
		// the first row is agent, a global service: api is a replicated one
		uiStore.dispatch({type: 'select', tab: 'services', id: ids.api, index: 1});
		await frameOf(harness, /service api/);
		const selected = ids.api;
		await harness.press('=');
		const prompt = await frameOf(harness, /how many replicas\?/);
		expect(prompt).toContain('Enter scale  Esc cancel');
		await harness.press('1', 'x', '2');
		await frameOf(harness, /> 12/);
		await harness.press('enter');
		await frameOf(harness, /did scaleService/);
		expect(calls).toEqual([['scaleService', selected, {replicas: 12}]]);
		// Esc cancels without asking anything
		await harness.press('=');
		await frameOf(harness, /how many replicas\?/);
		await harness.press('escape');
		await harness.waitFor(frame => !/how many replicas/.test(plainFrame(frame)));
		await harness.press('+', '-', 'u', 'r');
		await harness.waitFor(() => calls.length === 5);
		expect(calls.slice(1).map(call => [call[0], call[2]])).toEqual([['scaleService', {delta: 1}], ['scaleService', {delta: -1}], ['rollbackService', undefined], ['restartService', undefined]]);
	});

	it('= on a global service asks for no count: the action answers (it says the service is global)', async () => {
		const calls: unknown[][] = [];
		harness = await renderInk(withServices(fakeServices(fakeStore(managerState()), {actions: recordingActions(calls)}), <App />), {columns: 160, rows: 30});
		await frameOf(harness, /5 Services/);
		await harness.press('5');
		await frameOf(harness, /REPLICAS/);
		uiStore.dispatch({type: 'select', tab: 'services', id: ids.agent, index: 0});
		await frameOf(harness, /service agent/);
		await harness.press('=');
		await frameOf(harness, /did scaleService/);
		expect(plainFrame(await harness.waitFor(() => true))).not.toContain('how many replicas');
		expect(calls).toEqual([['scaleService', ids.agent, {delta: 0}]]);
	});

		it('the service detail shows the spec with the password masked, the tasks by node, and the logs pane', async () => {
		harness = await renderInk(withServices(fakeServices(fakeStore(managerState())), <App />), {columns: 180, rows: 40});
		await frameOf(harness, /5 Services/);
		await harness.press('5');
		await frameOf(harness, /REPLICAS/);
		uiStore.dispatch({type: 'select', tab: 'services', id: updated.ID, index: 0});
		const frame = await frameOf(harness, /service ui-probe/);
		expect(frame).toMatch(/env +DB_PASSWORD=•••••• MODE=prod/);
		expect(frame).not.toContain('hunter2');
		expect(frame).toMatch(/update policy +2 at a time/);
		expect(frame).toMatch(/constraints +node\.role!=manager/);
		// the logs pane under them, titled by the service, with the container logs' window
		expect(frame).toMatch(/service ui-probe .*tail 500 · since all/);
		uiStore.dispatch({type: 'select', tab: 'services', id: ids.api, index: 1});
		const api = await frameOf(harness, /service api/);
		expect(api).toMatch(/node vm \w{10} · \d running/);
		expect(api).toMatch(/api\.\d +● running/);
	});

	it('on Nodes, ctrl+d asks to drain the selected node and p to pause it', async () => {
		const calls: unknown[][] = [];
		harness = await renderInk(withServices(fakeServices(fakeStore(managerState()), {actions: recordingActions(calls)}), <App />), {columns: 160, rows: 30});
		await frameOf(harness, /7 Nodes/);
		await harness.press('7');
		await frameOf(harness, /AVAILABILITY/);
		const selected = uiStore.getState().selection.nodes.id!;
		await harness.press('ctrl+d', 'p');
		await harness.waitFor(() => calls.length === 2);
		expect(calls).toEqual([['setNodeAvailability', selected, 'drain'], ['setNodeAvailability', selected, 'pause']]);
	});
});

describe('node detail', () => {
	it('lists tasks once when a node is selected (stale list), then lets go: the Nodes tab polls nothing', async () => {
		const state = managerState();
		const stale = {...state, swarm: {...state.swarm, tasksAt: Date.now() - 60_000}};
		const store = fakeStore(stale);
		harness = await renderInk(withServices(fakeServices(store), <App />), {columns: 160, rows: 30});
		await frameOf(harness, /7 Nodes/);
		await harness.press('7');
		await frameOf(harness, /tasks \(\d+\)/);
		await harness.waitFor(() => store.taskWatchers() === 1);
		// the list arrives: the detail stops watching
		store.set({...stale, swarm: {...stale.swarm, tasksAt: Date.now()}});
		await harness.waitFor(() => store.taskWatchers() === 0);
		expect(store.taskWatchers()).toBe(0);
	});
});
