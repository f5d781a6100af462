import {describe, expect, it} from 'vitest';
import {crashMarkers} from '../../../source/store/logs/crash-markers.js';
import {formatLineTime} from '../../../source/ui/logs/line-format.js';
import {markerLine} from '../../../source/ui/logs/marker-label.js';
import type {ContainerLifecycleEvent} from '../../../source/store/types.js';
import {fakeContainer} from './fakes.js';

const events = (list: Array<Omit<ContainerLifecycleEvent, 'containerId'>>) => list.map(event => ({containerId: 'a', ...event}));

describe('crashMarkers', () => {
	it('marks a death with its exit code, an OOM kill and health changes', () => {
		const lifecycle = new Map([['a', events([
			{action: 'start', time: 100},
			{action: 'health', time: 200, health: 'unhealthy'},
			{action: 'oom', time: 300},
			{action: 'kill', time: 301, signal: 'SIGKILL'},
			{action: 'die', time: 302, exitCode: 137},
		])]]);
		expect(crashMarkers(['a'], lifecycle, new Map()).map(marker => marker.kind)).toEqual(['health', 'oom', 'died']);
		expect(crashMarkers(['a'], lifecycle, new Map()).at(-1)).toMatchObject({exitCode: 137, time: 302});
	});

	it('marks a Podman restart once (restart, die, init, start come in that order), just after the run it ended', () => {
		const markersOf = (list: Parameters<typeof events>[0]) => crashMarkers(['a'], new Map([['a', events(list)]]), new Map()).map(marker => [marker.kind, marker.time, 'at' in marker ? marker.at : null]);
		const history = [{action: 'start', time: 100_000}, {action: 'die', time: 200_000, exitCode: 0}, {action: 'start', time: 300_000}] as const;
		expect(markersOf([...history, {action: 'restart', time: 1_000_000}, {action: 'die', time: 1_000_500, exitCode: 143}, {action: 'start', time: 1_000_800}])).toEqual([
			['died', 200_000, null],
			['started', 200_000.001, 300_000],
			['died', 1_000_500, null],
			['restarted', 1_000_500.001, 1_000_800],
		]);
		// under way: the old run has died, the new one has not started
		expect(markersOf([...history, {action: 'restart', time: 1_000_000}, {action: 'die', time: 1_000_500, exitCode: 143}]).map(marker => marker[0])).toEqual(['died', 'started', 'died']);
		// restarted a second after its first start (no death before that start: not Docker's die, start, restart)
		expect(markersOf([{action: 'start', time: 100_000}, {action: 'restart', time: 101_000}, {action: 'die', time: 101_300, exitCode: 143}, {action: 'start', time: 101_500}])).toEqual([
			['died', 101_300, null],
			['restarted', 101_300.001, 101_500],
		]);
		// a stopped container restarted: no die in between
		expect(markersOf([{action: 'start', time: 100}, {action: 'die', time: 200, exitCode: 0}, {action: 'restart', time: 1000}, {action: 'start', time: 1100}])).toEqual([
			['died', 200, null],
			['restarted', 1000, 1100],
		]);
	});

	it('marks `docker restart` once, and a restart-policy comeback as started', () => {
		const restart = events([{action: 'kill', time: 100}, {action: 'die', time: 110, exitCode: 143}, {action: 'stop', time: 120}, {action: 'start', time: 600}, {action: 'restart', time: 610}]);
		expect(crashMarkers(['a'], new Map([['a', restart]]), new Map()).map(marker => [marker.kind, marker.time])).toEqual([['died', 110], ['restarted', 120.001]]);
		const policy = events([{action: 'die', time: 100, exitCode: 1}, {action: 'start', time: 900}]);
		expect(crashMarkers(['a'], new Map([['a', policy]]), new Map()).map(marker => marker.kind)).toEqual(['died', 'started']);
	});

	it('a run that starts again is placed after the stop but shows the time it started', () => {
		const stop = Date.UTC(2026, 10, 28, 22, 4, 51, 501);
		const start = stop + 10_000;
		const policy = events([{action: 'die', time: stop - 5, exitCode: 0}, {action: 'stop', time: stop}, {action: 'start', time: start}]);
		const started = crashMarkers(['a'], new Map([['a', policy]]), new Map()).at(-1)!;
		expect(started).toMatchObject({kind: 'started', time: stop + 0.001});
		expect(markerLine(started, null, false).text).toBe(`── started again · ${formatLineTime(start, false)} ──`);
		const restart = events([{action: 'die', time: stop - 5, exitCode: 143}, {action: 'stop', time: stop}, {action: 'start', time: start}, {action: 'restart', time: start + 10}]);
		const restarted = crashMarkers(['a'], new Map([['a', restart]]), new Map()).at(-1)!;
		expect(markerLine(restarted, 'web', false).text).toBe(`── web: restarted · ${formatLineTime(start + 10, false)} ──`);
	});

	it('adds the last exit of a container that stopped before any event was seen', () => {
		const containers = new Map([['a', fakeContainer({id: 'a', state: 'exited', exitCode: 3, finishedAt: 5000})]]);
		expect(crashMarkers(['a'], new Map(), containers)).toEqual([{kind: 'died', time: 5000, containerId: 'a', exitCode: 3}]);
		const seen = new Map([['a', events([{action: 'die', time: 5001, exitCode: 3}])]]);
		expect(crashMarkers(['a'], seen, containers)).toHaveLength(1);
	});

	it('puts the markers of several containers in time order', () => {
		const lifecycle = new Map([
			['a', [{containerId: 'a', action: 'die' as const, time: 300, exitCode: 1}]],
			['b', [{containerId: 'b', action: 'die' as const, time: 200, exitCode: 2}]],
		]);
		expect(crashMarkers(['a', 'b'], lifecycle, new Map()).map(marker => marker.containerId)).toEqual(['b', 'a']);
	});
});
