import {describe, expect, it} from 'vitest';
import type {StatsPoint} from '../../../source/store/stats/stats-stream.js';
import {sparkline} from '../../../source/ui/stats/sparkline.js';
import {statsLines, statsStatus} from '../../../source/ui/stats/stats-lines.js';
import {displayWidth} from '../../../source/ui/text/display-width.js';

const point = (at: number, cpuPercent: number | null, extra: Partial<StatsPoint> = {}): StatsPoint => ({
	at, cpuPercent, memUsed: 50e6, memLimit: 1e9, memPercent: 5, netRx: null, netTx: null, blkRead: null, blkWrite: null, pids: 3,
	rates: {netRx: null, netTx: null, blkRead: null, blkWrite: null}, ...extra,
});

describe('sparkline', () => {
	it('scales to the largest value shown, blanks unknowns, keeps the newest values', () => {
		expect(sparkline([0, 50, 100], 3)).toBe('▁▅█');
		expect(sparkline([100, null, 0], 3)).toBe('█ ▁');
		expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8], 2)).toBe('▇█');
		// an idle container under a floor of 10 %: low bars, not full ones
		expect(sparkline([0.5, 1], 2, 10)).toBe('▁▂');
		expect(sparkline([], 5)).toBe('');
	});
});

describe('stats lines', () => {
	it('one line per figure, each exactly the width; unknown figures read "–", never NaN', () => {
		const points = [point(1000, null), point(2000, 52.9, {rates: {netRx: null, netTx: null, blkRead: 2048, blkWrite: 0}})];
		for (const width of [30, 38, 80, 120]) {
			const lines = statsLines(points, width);
			expect(lines.map(line => line.slice(0, 7).trim())).toEqual(['CPU', 'MEM', 'NET RX', 'NET TX', 'BLK R', 'BLK W', 'PIDS']);
			for (const line of lines) expect(displayWidth(line)).toBe(width);
			expect(lines.join('\n')).not.toMatch(/NaN|undefined|Infinity/);
		}
		const lines = statsLines(points, 80).map(line => line.trimEnd());
		expect(lines[0]).toMatch(/^CPU\s+52\.9%\s+ █$/);
		expect(lines[1]).toContain('50MB / 1GB 5.0%');
		expect(lines[2]).toBe('NET RX –');
		expect(lines[4]).toContain('2.05kB/s');
		expect(lines[6]).toMatch(/^PIDS\s+3\s+██$/);
	});

	it('says why there is nothing: not running, stopped mid-stream, refused', () => {
		expect(statsStatus({status: 'live', points: []}, false)).toBe('not running: no live stats');
		expect(statsStatus({status: 'ended', points: []}, true)).toBe('the container stopped: stream ended');
		expect(statsStatus({status: 'failed', error: 'no such container', points: []}, true)).toBe('no stats: no such container');
		expect(statsLines([], 40).every(line => /–/.test(line))).toBe(true);
	});
});
