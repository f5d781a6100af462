import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createNotifyThrottle, throttleWindow} from '../../source/store/notify-throttle.js';

describe('throttleWindow', () => {
	it('stays at batchMs while changes are sparse and widens with the rate, capped', () => {
		expect(throttleWindow(1, 50, 1000)).toBe(50);
		expect(throttleWindow(4, 50, 1000)).toBe(50);
		expect(throttleWindow(10, 50, 1000)).toBe(500);
		expect(throttleWindow(90, 50, 1000)).toBe(1000);
	});
});

describe('createNotifyThrottle', () => {
	let clock = 0;
	beforeEach(() => {
		vi.useFakeTimers();
		clock = 0;
	});
	afterEach(() => vi.useRealTimers());
	const advance = (ms: number) => {
		clock += ms;
		vi.advanceTimersByTime(ms);
	};

	it('delivers a lone change on the next tick, and changes in one tick together', () => {
		const flush = vi.fn();
		const throttle = createNotifyThrottle(flush, {batchMs: 50, now: () => clock});
		throttle.schedule();
		throttle.schedule();
		expect(flush).not.toHaveBeenCalled();
		advance(0);
		expect(flush).toHaveBeenCalledTimes(1);
	});

	it('never flushes twice within batchMs', () => {
		const flush = vi.fn();
		const throttle = createNotifyThrottle(flush, {batchMs: 50, now: () => clock});
		throttle.schedule();
		advance(0);
		advance(10);
		throttle.schedule();
		advance(39);
		expect(flush).toHaveBeenCalledTimes(1);
		advance(1);
		expect(flush).toHaveBeenCalledTimes(2);
	});

	it('a steady burst of 25 changes a second for 5 s costs a handful of flushes', () => {
		// 30 containers starting: a network connect, a start and an inspect answer each
		const flushedAt: number[] = [];
		const throttle = createNotifyThrottle(() => flushedAt.push(clock), {batchMs: 50, now: () => clock});
		for (let t = 0; t < 5000; t += 40) {
			throttle.schedule();
			advance(40);
		}
		advance(2000);
		// a few while the rate builds up, then about one a second
		expect(flushedAt.length).toBeLessThanOrEqual(12);
		expect(flushedAt.filter(t => t >= 1000).length).toBeLessThanOrEqual(5);
		expect(flushedAt.at(-1)).toBeGreaterThanOrEqual(4950); // the last change is delivered
	});

	it('changes a second apart are each delivered at once', () => {
		const flush = vi.fn();
		const throttle = createNotifyThrottle(flush, {batchMs: 50, now: () => clock});
		for (let i = 0; i < 5; i++) {
			throttle.schedule();
			advance(1);
			expect(flush).toHaveBeenCalledTimes(i + 1);
			advance(999);
		}
	});

	it('cancel() drops the pending flush; flushNow() delivers at once', () => {
		const flush = vi.fn();
		const throttle = createNotifyThrottle(flush, {batchMs: 50, now: () => clock});
		throttle.schedule();
		throttle.cancel();
		advance(100);
		expect(flush).not.toHaveBeenCalled();
		throttle.schedule();
		throttle.flushNow();
		expect(flush).toHaveBeenCalledTimes(1);
		expect(vi.getTimerCount()).toBe(0);
	});
});
