import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {normaliseEvent} from '../../source/engine/normalise-event.js';
import type {DockerEvent} from '../../source/engine/types.js';
import {eventKind} from '../../source/store/event-kinds.js';
import {reduceEvent, type FollowUp} from '../../source/store/event-reducer.js';
import {createInitialState} from '../../source/store/initial-state.js';
import {StateDraft} from '../../source/store/state-draft.js';
import {SyncLedger} from '../../source/store/sync-ledger.js';
import {event, fakeEndpoint, inspect, summary} from './fake-engine.js';

function recorded(name: string): DockerEvent[] {
	const text = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
	return text
		.split('\n')
		.filter(line => line.trim() !== '')
		.map(line => normaliseEvent(JSON.parse(line))!);
}

function ledger(): SyncLedger {
	return new SyncLedger(new StateDraft(createInitialState(fakeEndpoint)));
}

/** Feeds events one by one; returns what each left behind for its container. */
function replay(target: SyncLedger, events: DockerEvent[]) {
	return events.map(item => {
		const followUp = reduceEvent(target, eventKind(item));
		const state = target.draft.commit();
		const container = state.containers.get(item.Actor.ID);
		return {action: item.Action, state: container?.state ?? 'gone', name: container?.name, exitCode: container?.exitCode, health: container?.health, followUp};
	});
}

describe('reduceEvent with a recorded Docker 20.10 sequence', () => {
	const events = recorded('docker-20.10-lifecycle.ndjson');
	const id = events[0]!.Actor.ID;

	it('walks the container through every state, in order, without a full reload', () => {
		const containerSteps = replay(ledger(), events).filter((_, index) => events[index]!.Type === 'container');
		expect(containerSteps.map(step => `${step.action}:${step.state}`)).toEqual([
			'create:created',
			'start:running',
			'pause:paused',
			'unpause:running',
			'rename:running',
			'kill:running',
			'die:exited',
			'stop:exited',
			'start:running',
			'restart:running',
			'kill:running',
			'die:exited',
			'destroy:gone',
		]);
	});

	it('takes the name from create and rename, the exit code from die', () => {
		const steps = replay(ledger(), events);
		expect(steps[0]).toMatchObject({name: 'dh-b-probe', followUp: {kind: 'container', id}});
		expect(steps.find(step => step.action === 'rename')).toMatchObject({name: 'dh-b-probe2', followUp: null});
		expect(steps.filter(step => step.action === 'die').map(step => step.exitCode)).toEqual([0, 137]);
	});

	it('asks only for targeted fetches: one container by id, or the image list for image events', () => {
		const followUps = replay(ledger(), events).map(step => step.followUp).filter((f): f is FollowUp => f !== null);
		const kinds = new Set(followUps.map(f => (f.kind === 'container' ? `container:${f.id}` : f.kind)));
		expect(kinds).toEqual(new Set([`container:${id}`, 'volume', 'images']));
	});

	it('records lifecycle events for crash markers', () => {
		const target = ledger();
		replay(target, events);
		const lifecycle = target.draft.state.lifecycle.get(id)!;
		expect(lifecycle.map(entry => entry.action)).toEqual(['start', 'pause', 'unpause', 'kill', 'die', 'stop', 'start', 'restart', 'kill', 'die', 'destroy']);
		expect(lifecycle.find(entry => entry.action === 'kill')).toMatchObject({signal: '15'});
		expect(lifecycle.filter(entry => entry.action === 'die').at(-1)).toMatchObject({exitCode: 137});
	});

	it('adds and removes volumes from their events', () => {
		const target = ledger();
		const steps = replay(target, events);
		expect(steps.find(step => step.action === 'create' && step.followUp?.kind === 'volume')?.followUp).toEqual({kind: 'volume', name: 'dh-b-vol'});
		expect(target.draft.state.volumes.has('dh-b-vol')).toBe(false);
	});
});

describe('reduceEvent with a Podman-shaped sequence', () => {
	const events = recorded('podman-4.3-lifecycle.ndjson');

	it('maps died/remove/HealthStatus and ignores init, exec, cleanup', () => {
		const steps = replay(ledger(), events);
		expect(steps.map(step => `${step.action}:${step.state}`)).toEqual([
			'create:created',
			'init:created',
			'start:running',
			'exec:running',
			'exec_died:running',
			'HealthStatus:running',
			'pause:paused',
			'unpause:running',
			'kill:running',
			'died:exited',
			'cleanup:exited',
			'remove:gone',
		]);
		expect(steps.find(step => step.action === 'HealthStatus')?.health).toBe('unhealthy');
		expect(steps.find(step => step.action === 'died')?.exitCode).toBe(137);
		// exec and exec_died must not cost a fetch each
		expect(steps.filter(step => step.action.startsWith('exec')).every(step => step.followUp === null)).toBe(true);
	});

	it('accepts suffixed Docker actions by prefix', () => {
		const target = ledger();
		replay(target, [event('create', 'c1', 1e18, {name: 'x'}), event('health_status: healthy', 'c1', 1e18 + 1), event('exec_start: sh -c ls', 'c1', 1e18 + 2)]);
		expect(target.draft.state.containers.get('c1')?.health).toBe('healthy');
	});
});

describe('reduceEvent out of order', () => {
	it('a die after destroy does not bring the container back', () => {
		const target = ledger();
		const steps = replay(target, [event('create', 'c1', 1e18, {name: 'x'}), event('destroy', 'c1', 1e18 + 2), event('die', 'c1', 1e18 + 1, {exitCode: '1'}), event('start', 'c1', 1e18 + 3)]);
		expect(steps.map(step => step.state)).toEqual(['created', 'gone', 'gone', 'gone']);
		expect(steps.slice(1).every(step => step.followUp === null)).toBe(true);
	});

	it('a late inspect answer after destroy is dropped', () => {
		const target = ledger();
		replay(target, [event('create', 'c1', 1e18, {name: 'x'})]);
		const issued = target.issue();
		replay(target, [event('destroy', 'c1', 1e18 + 1)]);
		expect(target.applyInspect(inspect('c1'), issued)).toBe('removed');
		expect(target.draft.commit().containers.has('c1')).toBe(false);
	});

	it('an inspect sent before a newer event is stale and does not overwrite it', () => {
		const target = ledger();
		replay(target, [event('create', 'c1', 1e18, {name: 'x'}), event('start', 'c1', 1e18 + 1)]);
		const issued = target.issue();
		replay(target, [event('pause', 'c1', 1e18 + 2)]);
		expect(target.applyInspect(inspect('c1'), issued)).toBe('stale');
		expect(target.draft.commit().containers.get('c1')?.state).toBe('paused');
	});

	it('an inspect sent on a die that still calls the dead run running (Podman, until its cleanup) keeps it exited; a newer run shows', () => {
		const target = ledger();
		const started = Date.parse('2026-11-29T10:00:00Z');
		const runningSince = (at: number) => inspect('c1', {state: {StartedAt: new Date(at).toISOString()}});
		replay(target, [event('create', 'c1', started * 1e6, {name: 'x'}), event('start', 'c1', (started + 1) * 1e6), event('die', 'c1', (started + 5000) * 1e6, {exitCode: '137'})]);
		expect(target.applyInspect(runningSince(started + 1), target.issue())).toBe('applied');
		expect(target.draft.commit().containers.get('c1')).toMatchObject({state: 'exited', exitCode: 137});
		// restarted meanwhile: the answer is about a run that began after the death, so it stands
		expect(target.applyInspect(runningSince(started + 6000), target.issue())).toBe('applied');
		expect(target.draft.commit().containers.get('c1')?.state).toBe('running');
	});

	it('a list that still calls a dead run running leaves it exited and asks the inspect, which decides', () => {
		const target = ledger();
		const started = Date.parse('2026-11-29T10:00:00Z');
		replay(target, [event('create', 'c1', started * 1e6, {name: 'x'}), event('start', 'c1', (started + 1) * 1e6), event('die', 'c1', (started + 5000) * 1e6, {exitCode: '137'})]);
		expect(target.applyContainerList([summary('c1', {State: 'running', Status: 'Up 5 seconds'})], target.issue())).toEqual({drift: 1, inspect: ['c1']});
		expect(target.draft.commit().containers.get('c1')).toMatchObject({state: 'exited', exitCode: 137});
		// the inspect shows a run that began after the death (started again, its event missed): running
		target.applyInspect(inspect('c1', {state: {StartedAt: new Date(started + 6000).toISOString()}}), target.issue());
		expect(target.draft.commit().containers.get('c1')?.state).toBe('running');
	});

	it('a fetch answering 404 removes the container', () => {
		const target = ledger();
		replay(target, [event('start', 'ghost', 1e18)]);
		const issued = target.issue();
		expect(target.applyMissing('ghost', issued)).toBe('removed');
		expect(target.draft.commit().containers.has('ghost')).toBe(false);
	});

	it('a list sent before a change neither undoes it nor resurrects a removed container', () => {
		const target = ledger();
		target.applyContainerList([summary('a'), summary('b')], target.issue());
		const issued = target.issue();
		replay(target, [event('pause', 'a', 1e18), event('destroy', 'b', 1e18 + 1), event('create', 'c', 1e18 + 2, {name: 'c'})]);
		// the answer predates all three events
		target.applyContainerList([summary('a', {State: 'running'}), summary('b')], issued);
		const state = target.draft.commit();
		expect(state.containers.get('a')?.state).toBe('paused');
		expect(state.containers.has('b')).toBe(false);
		expect(state.containers.has('c')).toBe(true);
	});

	it('a list asks to inspect new, changed and never-inspected containers only', () => {
		const target = ledger();
		expect(target.applyContainerList([summary('a'), summary('b')], target.issue()).inspect).toEqual(['a', 'b']);
		target.applyInspect(inspect('a'), target.issue());
		target.applyInspect(inspect('b'), target.issue());
		const next = target.applyContainerList([summary('a'), summary('b', {State: 'exited', Status: 'Exited (0) 1 second ago'})], target.issue());
		expect(next).toEqual({drift: 1, inspect: ['b']});
	});

	it('a poll where only durations moved leaves inspected containers untouched', () => {
		const target = ledger();
		target.applyContainerList([summary('a', {Status: 'Up 5 minutes (healthy)'})], target.issue());
		target.applyInspect({...inspect('a', {state: {Health: {Status: 'healthy', FailingStreak: 0}}}), Created: '2023-11-14T22:13:20.123456789Z'}, target.issue());
		const before = target.draft.commit();
		expect(before.containers.get('a')?.createdAt).toBe(1_700_000_000_123);
		target.applyContainerList([summary('a', {Status: 'Up 6 minutes (healthy)'})], target.issue());
		expect(target.draft.commit()).toBe(before);
		target.applyContainerList([summary('a', {Status: 'Up 6 minutes (unhealthy)'})], target.issue());
		expect(target.draft.commit().containers.get('a')?.health).toBe('unhealthy');
	});

	it('a later list removes what vanished without an event and counts it as drift', () => {
		const target = ledger();
		target.applyContainerList([summary('a'), summary('b')], target.issue());
		expect(target.applyContainerList([summary('a')], target.issue()).drift).toBe(1);
		expect(target.applyContainerList([summary('a')], target.issue()).drift).toBe(0);
		expect([...target.draft.commit().containers.keys()]).toEqual(['a']);
	});
});

describe('lifecycle history', () => {
	it('is bounded per container and drops removed containers first', () => {
		const target = ledger();
		for (let i = 0; i < 80; i++) replay(target, [event(i % 2 ? 'pause' : 'unpause', 'busy', 1e18 + i)]);
		expect(target.draft.commit().lifecycle.get('busy')).toHaveLength(50);
		target.applyContainerList([summary('alive')], target.issue());
		replay(target, [event('pause', 'alive', 1e18 + 100)]);
		for (let i = 0; i < 520; i++) replay(target, [event('create', `c${i}`, 1e18 + 200 + i * 2), event('destroy', `c${i}`, 1e18 + 201 + i * 2)]);
		const state = target.draft.commit();
		expect(state.lifecycle.size).toBeLessThanOrEqual(500);
		expect(state.lifecycle.has('alive')).toBe(true);
		expect(state.lifecycle.has('c519')).toBe(true);
		expect(state.lifecycle.has('c0')).toBe(false);
	});
});

describe('reduceEvent for images and networks', () => {
	it('image delete removes at once and re-lists images', () => {
		const target = ledger();
		target.draft.put('images', 'sha256:1', {id: 'sha256:1', tags: ['a:1'], size: 1, createdAt: 0, containers: 0, dangling: false, labels: {}});
		expect(reduceEvent(target, eventKind(event('delete', 'sha256:1', 1e18, {}, 'image')))).toEqual({kind: 'images'});
		expect(target.draft.commit().images.size).toBe(0);
	});

	it('network connect refetches the container, not the network', () => {
		const target = ledger();
		replay(target, [event('create', 'c1', 1e18, {name: 'x'})]);
		expect(reduceEvent(target, eventKind(event('connect', 'net1', 1e18 + 1, {container: 'c1', name: 'bridge'}, 'network')))).toEqual({kind: 'container', id: 'c1'});
		expect(reduceEvent(target, eventKind(event('destroy', 'net1', 1e18 + 2, {}, 'network')))).toBeNull();
	});
});
