import {describe, expect, it} from 'vitest';
import {backoffDelay} from '../../source/store/backoff.js';

describe('backoffDelay', () => {
	const exact = {jitter: 0};

	it('retries fast first, doubles, and caps at a few seconds', () => {
		expect([1, 2, 3, 4, 5, 6, 20].map(attempt => backoffDelay(attempt, exact))).toEqual([200, 400, 800, 1600, 3000, 3000, 3000]);
	});

	it('spreads retries by the jitter, never past the cap or below zero', () => {
		expect(backoffDelay(1, {random: () => 0})).toBe(160);
		expect(backoffDelay(1, {random: () => 1})).toBe(240);
		expect(backoffDelay(10, {random: () => 1})).toBe(3000);
		expect(backoffDelay(1, {firstMs: 10, jitter: 5, random: () => 0})).toBe(0);
	});
});
