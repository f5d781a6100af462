import {describe, expect, it} from 'vitest';
import {WrittenRate} from '../../../source/store/logs/written-rate.js';

describe('WrittenRate: the flood rate a user reads', () => {
	it('claims nothing from one read, nor from reads less than a second apart', () => {
		const rate = new WrittenRate();
		rate.add(0, 0, 0);
		expect(rate.rate()).toBeNull();
		rate.add(500, 10_000, 70_000);
		expect(rate.rate()).toBeNull();
	});

	it('is what the reads found written over the wall clock between them, not what one read held', () => {
		const rate = new WrittenRate();
		rate.add(0, 0, 0); // the first read only starts the clock: what it found was written before
		rate.add(1000, 20_000, 140_000);
		expect(rate.rate()).toEqual({linesPerSecond: 20_000, bytesPerSecond: 140_000});
		// a late read on a busy machine found more, over more time: the same rate
		rate.add(2500, 30_000, 210_000);
		expect(rate.rate()!.linesPerSecond).toBeCloseTo(20_000);
	});

	it('follows a change within a few seconds: it covers the last two seconds or more', () => {
		const rate = new WrittenRate();
		rate.add(0, 0, 0);
		for (let second = 1; second <= 5; second++) rate.add(second * 1000, 20_000, 0);
		for (let second = 6; second <= 8; second++) rate.add(second * 1000, 5000, 0);
		expect(rate.rate()!.linesPerSecond).toBe(5000);
	});
});
