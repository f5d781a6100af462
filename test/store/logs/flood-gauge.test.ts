import {describe, expect, it} from 'vitest';
import {FloodGauge, isCalm, isFlood, rateOf} from '../../../source/store/logs/flood-gauge.js';

const limits = {linesPerSecond: 10_000, bytesPerSecond: 4 * 1024 * 1024};

/** Feeds `count` lines of `bytes` each, `gapMs` apart from `start`; true if any completed window was a flood. */
function feed(gauge: FloodGauge, count: number, gapMs: number, bytes = 20, start = 1_700_000_000_000): boolean {
	let flood = false;
	for (let index = 0; index < count; index++) flood = gauge.add(start + index * gapMs, bytes) || flood;
	return flood;
}

describe('FloodGauge', () => {
	it('calls 20,000 lines/s a flood within the first fraction of a second', () => {
		const gauge = new FloodGauge(limits);
		let seen = -1;
		for (let index = 0; index < 5000 && seen < 0; index++) if (gauge.add(1_700_000_000_000 + index * 0.05, 20)) seen = index;
		expect(seen).toBeGreaterThan(0);
		expect(seen).toBeLessThanOrEqual(1001); // 1,000 lines in 50 ms of the container's time
		expect(gauge.last.linesPerSecond).toBeGreaterThan(15_000);
	});

	it('does not call 2,000 lines/s or a 500-line burst a flood', () => {
		expect(feed(new FloodGauge(limits), 6000, 0.5)).toBe(false); // 2,000 lines/s for 3 s
		const gauge = new FloodGauge(limits);
		expect(feed(gauge, 500, 0.01)).toBe(false);
		expect(gauge.add(1_700_000_060_000, 20)).toBe(false); // the next line a minute later closes the window calmly
	});

	it('calls few but huge lines a flood by bytes', () => {
		expect(feed(new FloodGauge(limits), 200, 1.5, 100 * 1024)).toBe(true); // ~66 MB/s in 100 KB lines
		expect(feed(new FloodGauge(limits), 200, 100, 100 * 1024)).toBe(false); // 1 MB/s
	});
});

/** The writer: bursts of 2,001 lines (4 ms each) every 100 ms, ~20,000 lines/s on average. */
function bursts(gauge: FloodGauge, seconds: number, start = 1_700_000_000_000): boolean {
	let flood = false;
	for (let burst = 0; burst < seconds * 10; burst++) {
		for (let line = 0; line < 2001; line++) flood = gauge.add(start + burst * 100 + line * 0.002, 7) || flood;
	}
	return flood;
}

describe('FloodGauge and bursts', () => {
	it('bursts of 2,001 lines every 0.1 s are a flood, decided by the rate inside a burst', () => {
		const gauge = new FloodGauge(limits);
		expect(bursts(gauge, 3)).toBe(true);
		expect(gauge.last.linesPerSecond).toBeGreaterThan(400_000);
	});
});

describe('rates', () => {
	it('measures a run of lines by its first and last timestamps', () => {
		expect(rateOf(1001, 20_000, 0, 1000)).toEqual({linesPerSecond: 1000, bytesPerSecond: 20_000});
		expect(rateOf(5, 100, 10, 10).linesPerSecond).toBe(Number.POSITIVE_INFINITY);
		expect(rateOf(1, 100, 0, 10).linesPerSecond).toBe(0);
	});

	it('leaves a gap between a flood and calm so a log at the edge does not flip', () => {
		const edge = {linesPerSecond: 8000, bytesPerSecond: 0};
		expect(isFlood(edge, limits)).toBe(false);
		expect(isCalm(edge, limits)).toBe(false);
		expect(isCalm({linesPerSecond: 100, bytesPerSecond: 1000}, limits)).toBe(true);
	});
});
