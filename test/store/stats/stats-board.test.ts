import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createStatsBoard} from '../../../source/store/stats/stats-board.js';
import type {StatsFigures} from '../../../source/store/stats/stats-figures.js';

const figures = (cpuPercent: number): StatsFigures => ({at: 1, cpuPercent, memUsed: 1, memLimit: 2, memPercent: 50, netRx: null, netTx: null, blkRead: null, blkWrite: null, pids: 1});

describe('stats board', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('answers of one round arrive as one notification, with a new map (the old one unchanged)', async () => {
		const board = createStatsBoard({batchMs: 50});
		let notified = 0;
		board.subscribe(() => (notified += 1));
		const before = board.getFigures();
		board.set('a', figures(1));
		board.set('b', figures(2));
		expect(board.getFigures()).toBe(before);
		await vi.advanceTimersByTimeAsync(50);
		expect(notified).toBe(1);
		expect([...board.getFigures().keys()]).toEqual(['a', 'b']);
		expect(before.size).toBe(0);
	});

	it('forgets removed containers; nothing changed, nothing notified', async () => {
		const board = createStatsBoard({batchMs: 50});
		board.set('a', figures(1));
		board.set('b', figures(2));
		await vi.advanceTimersByTimeAsync(50);
		let notified = 0;
		board.subscribe(() => (notified += 1));
		board.retain(new Set(['a', 'b']));
		board.set('x', null);
		await vi.advanceTimersByTimeAsync(100);
		expect(notified).toBe(0);
		board.retain(new Set(['b']));
		await vi.advanceTimersByTimeAsync(50);
		expect([...board.getFigures().keys()]).toEqual(['b']);
		expect(notified).toBe(1);
	});

	it('a new row\'s first figures (and its first CPU figure) show within a fraction of a second; changes wait for the batch', async () => {
		const board = createStatsBoard({batchMs: 5000, firstMs: 300});
		let notified = 0;
		board.subscribe(() => (notified += 1));
		board.set('a', {...figures(1), cpuPercent: null}); // one sample: memory, no CPU yet
		await vi.advanceTimersByTimeAsync(300);
		expect(notified).toBe(1);
		board.set('a', figures(1)); // the second sample brings CPU
		await vi.advanceTimersByTimeAsync(300);
		expect(notified).toBe(2);
		board.set('a', figures(2)); // a change: with the next batch, once
		board.set('a', figures(3));
		await vi.advanceTimersByTimeAsync(4900);
		expect(notified).toBe(2);
		board.set('b', figures(1)); // a new row meanwhile brings the batch forward
		await vi.advanceTimersByTimeAsync(100);
		expect(notified).toBe(3);
		expect(board.getFigures().get('a')!.cpuPercent).toBe(3);
		board.set('a', figures(4));
		await vi.advanceTimersByTimeAsync(4999);
		expect(notified).toBe(3);
		await vi.advanceTimersByTimeAsync(1);
		expect(notified).toBe(4);
	});
});
