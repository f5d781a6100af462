import {describe, expect, it} from 'vitest';
import type {CrashMarker} from '../../../source/store/logs/crash-markers.js';
import {buildSequence, gapEntry, markerEntry} from '../../../source/ui/logs/log-sequence.js';
import {numbered} from './fake-feed.js';

const lines = numbered(5);
const source = {count: lines.length, at: (index: number) => lines[index]!};
const died = (time: number): CrashMarker => ({kind: 'died', time, containerId: 'c1', exitCode: 1});

describe('buildSequence', () => {
	it('places markers by time among the lines, dropping ones older than the first line', () => {
		const markers = [died(lines[0]!.time - 5), died(lines[2]!.time + 1), died(lines[4]!.time + 10)];
		expect(buildSequence(source, markers, null)).toEqual([0, 1, 2, markerEntry(1), 3, 4, markerEntry(2)]);
	});

	it('marks gaps between filtered runs', () => {
		expect(buildSequence(source, [], [0, 1, 3])).toEqual([0, 1, gapEntry, 3]);
	});

	it('shows every marker when there are no lines', () => {
		expect(buildSequence({count: 0, at: () => lines[0]!}, [died(1), died(2)], null)).toEqual([markerEntry(0), markerEntry(1)]);
	});

	it("puts a marker above whole-second lines (Podman's timestamps) of its own second: the new run's first lines go below it", () => {
		const second = 1_800_000_005_000;
		const stamped = [second - 1000, second, second + 1000].map((time, index) => ({...lines[0]!, seq: index, time}));
		const whole = {count: stamped.length, at: (index: number) => stamped[index]!};
		// died at .926, restarted just after; the new run's first line is stamped 05 (it came at .95)
		const markers: CrashMarker[] = [died(second + 926), {kind: 'restarted', time: second + 926.001, at: second + 940, containerId: 'c1'}];
		expect(buildSequence(whole, markers, null, true, true)).toEqual([0, markerEntry(0), markerEntry(1), 1, 2]);
		// Docker's nanosecond stamps are taken as they are
		expect(buildSequence(whole, markers, null)).toEqual([0, 1, markerEntry(0), markerEntry(1), 2]);
		// an exit alone: the last line of its second stays above it
		expect(buildSequence(whole, [died(second + 926)], null, true, true)).toEqual([0, 1, markerEntry(0), 2]);
	});
});
