import {describe, expect, it} from 'vitest';
import {defaultFloodLimits} from '../../../source/store/logs/flood-gauge.js';
import {planSample, sampleSize, type SampledLine} from '../../../source/store/logs/flood-sample.js';

const t0 = 1_700_000_000_000;
/** `count` lines `gapMs` apart from `start`, text "line N". */
const lines = (count: number, gapMs: number, start = t0): SampledLine[] =>
	Array.from({length: count}, (_, index) => ({stream: 'stdout', time: start + index * gapMs, text: `line ${index}`, cut: 0}));

describe('planSample', () => {
	it('while flooding: keeps only lines newer than those held and estimates what was skipped in between', () => {
		// held up to t0; the read covers t0+100 … t0+100+999×0.01 ms: 100,000 lines/s, 100 ms unseen
		const read = lines(1000, 0.01, t0 + 100);
		const plan = planSample(read, 1000, t0, defaultFloodLimits);
		expect(plan.fresh).toHaveLength(999); // the first may be the end of a long line: dropped
		expect(plan.rate.linesPerSecond).toBeCloseTo(100_000, -3);
		expect(plan.skipped).toBeGreaterThan(9000);
		expect(plan.skipped).toBeLessThan(11_000);
		expect(plan.calm).toBe(false);
	});

	it('calls it calm when the read reaches back to what is held and the rate is low', () => {
		const read = lines(50, 20, t0 - 400); // 50 lines/s; the first ones are already held
		const plan = planSample(read, 1000, t0, defaultFloodLimits);
		expect(plan.fresh.every(line => line.time > t0)).toBe(true);
		expect(plan.fresh).toHaveLength(29);
		expect(plan.skipped).toBe(0);
		expect(plan.calm).toBe(true);
	});

	it('calls a read with nothing new calm (a burst that is over)', () => {
		const plan = planSample(lines(1000, 0.001, t0 - 10), 1000, t0, defaultFloodLimits);
		expect(plan.fresh).toHaveLength(0);
		expect(plan.calm).toBe(true);
	});

	it('is not calm while the newest lines still come faster than half the limit, even without a gap', () => {
		const plan = planSample(lines(800, 0.1, t0 - 1), 1000, t0, defaultFloodLimits); // whole log, 10,000 lines/s
		expect(plan.skipped).toBe(0);
		expect(plan.calm).toBe(false);
	});
});

describe('a read of a log written in bursts', () => {
	// bursts of 2,001 lines (4 ms each) every 100 ms: ~20,000 lines/s on average, ~500,000 inside a burst
	const burstLines = (seconds: number, start: number): SampledLine[] =>
		Array.from({length: seconds * 10 * 2001}, (_, index) => ({stream: 'stdout', time: start + Math.floor(index / 2001) * 100 + (index % 2001) * 0.002, text: String(100_000 + (index % 2001)), cut: 0}));

	it('is asked for a second or more of lines, and measures the rate over all of them: ~20k lines/s', () => {
		const tail = sampleSize({linesPerSecond: 500_000, bytesPerSecond: 3_500_000}, {bytes: 256 * 1024, min: 10, max: 100_000, spanMs: 1250});
		expect(tail).toBeGreaterThan(20_000); // 1.25 s at the average, within the bytes
		const read = burstLines(2, t0).slice(-tail);
		const plan = planSample(read, tail, t0, defaultFloodLimits, 500); // the first line written is held
		expect(plan.rate.linesPerSecond).toBeGreaterThan(18_000);
		expect(plan.rate.linesPerSecond).toBeLessThan(24_000);
		expect(plan.calm).toBe(false);
		// only the newest 500 are kept; the others read are counted as skipped, with the gap before the read
		expect(plan.fresh).toHaveLength(500);
		expect(plan.fresh.at(-1)!.time).toBe(read.at(-1)!.time);
		// really skipped: the 2 s written (40,020 lines) less the one held and the 500 kept
		expect(plan.skipped).toBeGreaterThan(39_519 * 0.9);
		expect(plan.skipped).toBeLessThan(39_519 * 1.1);
	});
});

describe('sampleSize', () => {
	const options = {bytes: 1024 * 1024, min: 10, max: 1000};
	it('asks for about a megabyte of lines: many short ones, few long ones', () => {
		expect(sampleSize({linesPerSecond: 100_000, bytesPerSecond: 2_000_000}, options)).toBe(1000);
		expect(sampleSize({linesPerSecond: 650, bytesPerSecond: 650 * 102_400}, options)).toBe(10);
		expect(sampleSize({linesPerSecond: 10_000, bytesPerSecond: 10_000 * 2048}, options)).toBe(512);
		expect(sampleSize({linesPerSecond: 0, bytesPerSecond: 0}, options)).toBe(1000);
	});
});
