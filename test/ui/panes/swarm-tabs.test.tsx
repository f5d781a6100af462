// The Swarm tabs in the whole app, on states built from the recorded cluster bodies.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import React from 'react';
import type {Info} from '../../../source/engine/types.js';
import {emptySwarmSlice, swarmStatusFromInfo, type SwarmRole} from '../../../source/store/swarm-slice.js';
import type {State} from '../../../source/store/types.js';
import {App} from '../../../source/ui/app.js';
import {uiStore} from '../../../source/ui/state/ui-store.js';
import {plainFrame, renderInk, type InkHarness} from '../../support/ink.js';
import {recorded} from '../../store/swarm-fixtures.js';
import {container, fakeServices, fakeStore, makeState, withServices, type FakeStore} from '../fixtures.js';

let harness: InkHarness | undefined;
let store: FakeStore;

function swarmState(role: 'manager' | 'worker' | 'inactive', withTasks = true): State {
	const info = {Swarm: recorded.swarmInfo(role)} as Info;
	const manager = role === 'manager';
	return makeState({
		containers: [container({id: 'c1', name: 'plain'})],
		patch: {
			...emptySwarmSlice(),
			swarm: {...swarmStatusFromInfo(info, emptySwarmSlice().swarm), servicesAt: Date.now(), tasksAt: manager && withTasks ? Date.now() : null},
			services: new Map(manager ? recorded.services().map(item => [item.ID, item]) : []),
			tasks: new Map(manager && withTasks ? recorded.tasks().map(item => [item.ID, item]) : []),
			nodes: new Map(manager ? recorded.nodes().map(item => [item.ID, item]) : []),
		},
	});
}

async function start(state: State) {
	store = fakeStore(state);
	harness = await renderInk(withServices(fakeServices(store), <App />), {columns: 160, rows: 30});
	return harness;
}

/** Presses a tab key and waits for its list. */
async function show(app: InkHarness, key: string, expected: RegExp): Promise<string> {
	await app.press(key);
	return plainFrame(await app.waitFor(frame => expected.test(plainFrame(frame))));
}

beforeEach(() => uiStore.reset());
afterEach(() => {
	harness?.unmount();
	harness = undefined;
});

describe('Swarm tabs', () => {
	it('on a manager: tabs 5, 6, 7 with counts, the header says manager, and 5 lists the services', async () => {
		const app = await start(swarmState('manager'));
		const frame = plainFrame(await app.waitFor(frame => /5 Services 5/.test(plainFrame(frame))));
		expect(frame).toMatch(/6 Tasks \d+ .*7 Nodes 3/);
		expect(frame).toContain('swarm manager');
		const services = await show(app, '5', /agent/);
		expect(services).toMatch(/NAME +MODE +REPLICAS +IMAGE +PORTS +UPDATED/);
		expect(services).toMatch(/api +replicated +● 4\/4 +dockhand-test\/busybox:1/);
		expect(services).toMatch(/web +replicated +✖ 0\/3 .*\*:8080->80\/tcp/);
		expect(services).toContain('1/2/3/4/5/6/7 tabs');
	});

	it('tasks are watched only while Services or Tasks is on screen', async () => {
		const app = await start(swarmState('manager'));
		await app.waitFor(/Containers/);
		expect(store.taskWatchers()).toBe(0);
		await show(app, '5', /REPLICAS/);
		expect(store.taskWatchers()).toBe(1);
		await show(app, '6', /DESIRED/);
		expect(store.taskWatchers()).toBe(1);
		await show(app, '7', /AVAILABILITY/);
		expect(store.taskWatchers()).toBe(0);
	});

	it('the Tasks tab shows service.slot, the node by short ID, desired and current state and the error', async () => {
		const app = await start(swarmState('manager'));
		const frame = await show(app, '6', /broken\.1/);
		expect(frame).toMatch(/TASK +NODE +DESIRED +CURRENT +ERROR +AGE/);
		expect(frame).toMatch(/api\.1 +jdy1hoba7o +running +● running/);
		expect(frame).toMatch(/broken\.1 +ks4uf5wwxj +shutdown +✖ failed .*task: non-zero exit/);
	});

	it('the Nodes tab shows each node by hostname and ID, role, availability, status, leader, engine, labels', async () => {
		const app = await start(swarmState('manager'));
		const frame = await show(app, '7', /Leader/);
		expect(frame).toMatch(/vm +ks4uf5wwxjiu \* +manager +active +● ready +Leader +20\.10\.24/);
		expect(frame).toMatch(/vm +jdy1hoba7owb +worker +active +● ready .*zone=a/);
	});

	const noTabs: Array<[Exclude<SwarmRole, 'manager' | 'unavailable' | 'unknown'>, string]> = [
		['worker', 'swarm worker'],
		['inactive', 'swarm inactive'],
	];
	it.each(noTabs)('on a %s: no Swarm tabs, the header says so, and 5/6/7 do nothing', async (role, words) => {
		const app = await start(swarmState(role));
		const frame = await app.waitFor(/plain/);
		expect(frame).toContain(words);
		expect(frame).not.toMatch(/Services|Tasks|Nodes/);
		for (const key of ['5', '6', '7']) await app.press(key);
		expect(uiStore.getState().tab).toBe('containers');
		expect(app.lastFrame()).toContain('plain');
		expect(await show(app, '3', /no volumes/)).toMatch(/1\/2\/3\/4 tabs(?!\/)/);
	});

	it('leaves a Swarm tab when the daemon turns out not to be a manager any more', async () => {
		const app = await start(swarmState('manager'));
		await show(app, '7', /Leader/);
		store.set(swarmState('worker'));
		const frame = plainFrame(await app.waitFor(frame => /plain/.test(frame) && /not a swarm manager/.test(plainFrame(frame))));
		expect(frame).toContain('✖ This node is not a swarm manager any more: the Swarm tabs are gone');
		expect(uiStore.getState().tab).toBe('containers');
	});

	it('a swarm list the daemon refused is said in the footer in plain words', async () => {
		const app = await start(swarmState('manager'));
		await show(app, '5', /REPLICAS/);
		const state = store.getState();
		store.set({...state, swarm: {...state.swarm, error: 'rpc error: code = Unknown desc = raft: no elected cluster leader'}});
		expect(plainFrame(await app.waitFor(frame => plainFrame(frame).includes('✖ rpc error')))).toContain('no elected cluster leader');
	});
});
