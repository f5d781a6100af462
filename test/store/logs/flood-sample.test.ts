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

describe('sampleSize', () => {
	const options = {bytes: 1024 * 1024, min: 10, max: 1000};
	it('asks for about a megabyte of lines: many short ones, few long ones', () => {
		expect(sampleSize({linesPerSecond: 100_000, bytesPerSecond: 2_000_000}, options)).toBe(1000);
		expect(sampleSize({linesPerSecond: 650, bytesPerSecond: 650 * 102_400}, options)).toBe(10);
		expect(sampleSize({linesPerSecond: 10_000, bytesPerSecond: 10_000 * 2048}, options)).toBe(512);
		expect(sampleSize({linesPerSecond: 0, bytesPerSecond: 0}, options)).toBe(1000);
	});
});
