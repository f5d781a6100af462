import {describe, expect, it} from 'vitest';
import {affectedLines, nothingToDo, planKill, planToggleRun, planTogglePause, type Target} from '../../../source/store/actions/container-plans.js';

const t = (name: string, state: Target['state']): Target => ({id: name, name, state, image: 'busybox:1'});
const names = (targets: Target[]) => targets.map(target => target.name);

describe('container plans', () => {
	it('s stops when anything runs (paused and restarting count), else starts what can start', () => {
		const stop = planToggleRun([t('a', 'running'), t('b', 'exited'), t('c', 'paused'), t('d', 'restarting')]);
		expect([stop.op, names(stop.apply), names(stop.skipped)]).toEqual(['stop', ['a', 'c', 'd'], ['b']]);
		const start = planToggleRun([t('b', 'exited'), t('e', 'created'), t('f', 'dead')]);
		expect([start.op, names(start.apply), names(start.skipped)]).toEqual(['start', ['b', 'e'], ['f']]);
	});

	it('p pauses what runs, else unpauses what is paused', () => {
		expect(planTogglePause([t('a', 'running'), t('c', 'paused')])).toMatchObject({op: 'pause', apply: [{name: 'a'}]});
		expect(planTogglePause([t('c', 'paused'), t('b', 'exited')])).toMatchObject({op: 'unpause', apply: [{name: 'c'}], skipped: [{name: 'b'}]});
	});

	it('kill applies to live containers only', () => {
		expect(names(planKill([t('a', 'running'), t('b', 'exited')]).apply)).toEqual(['a']);
	});

	it('explains why nothing happened', () => {
		expect(nothingToDo('kill', [t('b', 'exited')])).toBe('b is exited: nothing to kill');
		expect(nothingToDo('start', [t('f', 'dead'), t('g', 'removing')])).toBe('none of the 2 containers can be started');
	});

	it('dialog lines name each target and cap the list', () => {
		const many = Array.from({length: 11}, (_, i) => t(`c${i}`, 'running'));
		const lines = affectedLines(many);
		expect(lines[0]).toBe('c0  (busybox:1, running)');
		expect(lines).toHaveLength(9);
		expect(lines[8]).toBe('… and 3 more');
	});
});
