import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createNotifyThrottle} from '../../source/store/notify-throttle.js';

describe('createNotifyThrottle', () => {
	let clock = 0;
	beforeEach(() => {
		vi.useFakeTimers();
		clock = 0;
	});
	afterEach(() => vi.useRealTimers());
	// one millisecond at a time, so a flush reads the clock of the moment its timer fires
	const advance = (ms: number) => {
		if (ms === 0) vi.advanceTimersByTime(0);
		for (let step = 0; step < ms; step++) {
			clock++;
			vi.advanceTimersByTime(1);
		}
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

	it('a person\'s pace: each action\'s several changes show within 50 ms, however many came in the last second', () => {
		// one action every 0.7 s, each making four changes (kill, die, stop, the inspect answer) over ~60 ms
		const flushedAt: number[] = [];
		const throttle = createNotifyThrottle(() => flushedAt.push(clock), {batchMs: 50, now: () => clock});
		const lags: number[] = [];
		for (let action = 0; action < 12; action++) {
			for (const offset of [0, 5, 20, 60]) {
				advance(Math.max(0, action * 700 + offset - clock));
				throttle.schedule();
				const changedAt = clock;
				const before = flushedAt.length;
				while (flushedAt.length === before) advance(1);
				lags.push(flushedAt.at(-1)! - changedAt);
			}
		}
		expect(Math.max(...lags)).toBeLessThanOrEqual(50);
	});

	it('a storm: at most 20 flushes a second, and the last change shows within 50 ms of its end', () => {
		// 30+ containers starting at once: ~300 changes a second for 3 s
		const flushedAt: number[] = [];
		const throttle = createNotifyThrottle(() => flushedAt.push(clock), {batchMs: 50, now: () => clock});
		let lastChange = 0;
		for (let t = 0; t < 3000; t += 3) {
			throttle.schedule();
			lastChange = clock;
			advance(3);
		}
		advance(1000);
		for (let second = 0; second < 3; second++) {
			expect(flushedAt.filter(t => t >= second * 1000 && t < (second + 1) * 1000).length).toBeLessThanOrEqual(20);
		}
		expect(flushedAt.at(-1)! - lastChange).toBeLessThanOrEqual(50);
		expect(flushedAt.at(-1)).toBeGreaterThanOrEqual(lastChange);
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
