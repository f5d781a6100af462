import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {Engine, StatsSample} from '../../../source/engine/types.js';
import {createStatsBoard} from '../../../source/store/stats/stats-board.js';
import {createStatsSampler} from '../../../source/store/stats/stats-sampler.js';

type Call = {id: string; options: Parameters<Engine['stats']>[1]; answer: (sample: StatsSample) => void; aborted: () => boolean};

/** A stats call that answers when the test says so (a one-shot sample takes ~1 s on dockerd). */
function fakeEngine() {
	const calls: Call[] = [];
	const open = () => calls.filter(call => !call.aborted() && !answered.has(call));
	const answered = new Set<Call>();
	const engine: Pick<Engine, 'stats'> = {
		stats(id, options) {
			let resolve!: (sample: StatsSample | null) => void;
			const pending = new Promise<StatsSample | null>(done => (resolve = done));
			options?.signal?.addEventListener('abort', () => resolve(null));
			const call: Call = {id, options, answer: sample => (answered.add(call), resolve(sample)), aborted: () => options?.signal?.aborted ?? false};
			calls.push(call);
			return (async function* () {
				const sample = await pending;
				if (sample) yield sample;
			})();
		},
	};
	return {engine, calls, open};
}

const sample = (total: number, system: number): StatsSample => ({
	read: new Date(Date.UTC(2026, 10, 28) + system / 1e6).toISOString(),
	cpu_stats: {cpu_usage: {total_usage: total}, system_cpu_usage: system, online_cpus: 2},
	precpu_stats: {cpu_usage: {total_usage: 0}},
	memory_stats: {usage: 1000, limit: 4000},
});

describe('stats sampler (list CPU/MEM columns)', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('samples only the rows on screen, one-shot, at most three at a time, once per interval', async () => {
		const {engine, calls, open} = fakeEngine();
		const sampler = createStatsSampler(engine, createStatsBoard(), {intervalMs: 5000});
		sampler.setTargets(['a', 'b', 'c', 'd', 'e']);
		expect(calls.map(call => call.id)).toEqual(['a', 'b', 'c']);
		expect(calls[0]!.options).toMatchObject({stream: false, oneShot: true});
		open()[0]!.answer(sample(1, 1));
		await vi.advanceTimersByTimeAsync(0);
		expect(calls.map(call => call.id)).toEqual(['a', 'b', 'c', 'd']);
		for (const call of open()) call.answer(sample(1, 1));
		await vi.advanceTimersByTimeAsync(0);
		for (const call of open()) call.answer(sample(1, 1));
		await vi.advanceTimersByTimeAsync(0);
		expect(calls).toHaveLength(5);
		await vi.advanceTimersByTimeAsync(4900);
		expect(calls).toHaveLength(5);
		await vi.advanceTimersByTimeAsync(100);
		expect(calls.slice(5).map(call => call.id)).toEqual(['a', 'b', 'c']);
		sampler.close();
	});

	it('rows scrolled away stop being sampled: queued ones dropped, requests in flight aborted', async () => {
		const {engine, calls} = fakeEngine();
		const sampler = createStatsSampler(engine, createStatsBoard(), {intervalMs: 5000});
		sampler.setTargets(['a', 'b', 'c', 'd', 'e']);
		sampler.setTargets(['d', 'e']);
		expect(calls.slice(0, 3).every(call => call.aborted())).toBe(true);
		await vi.advanceTimersByTimeAsync(0);
		expect(calls.slice(3).map(call => call.id).sort()).toEqual(['d', 'e']);
		await vi.advanceTimersByTimeAsync(20_000);
		expect(new Set(calls.map(call => call.id))).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
		expect(calls.slice(5).every(call => call.id === 'd' || call.id === 'e')).toBe(true);
		sampler.close();
	});

	it('paused (help over the list, a shell running) samples nothing; the streamed container is left to its stream', async () => {
		const {engine, calls, open} = fakeEngine();
		const sampler = createStatsSampler(engine, createStatsBoard(), {intervalMs: 5000});
		sampler.setPaused(true);
		sampler.setTargets(['a', 'b']);
		await vi.advanceTimersByTimeAsync(30_000);
		expect(calls).toHaveLength(0);
		sampler.setStreamed('a');
		sampler.setPaused(false);
		expect(calls.map(call => call.id)).toEqual(['b']);
		open()[0]!.answer(sample(1, 1));
		await vi.advanceTimersByTimeAsync(15_000);
		expect(calls.every(call => call.id === 'b')).toBe(true);
		sampler.close();
	});

	it('CPU from two one-shot answers (a one-shot has no precpu_stats); memory at once', async () => {
		const {engine, open} = fakeEngine();
		const board = createStatsBoard();
		const sampler = createStatsSampler(engine, board, {intervalMs: 5000});
		sampler.setTargets(['a']);
		open()[0]!.answer(sample(1_000_000_000, 10_000_000_000));
		await vi.advanceTimersByTimeAsync(2000);
		expect(board.getFigures().get('a')).toMatchObject({cpuPercent: null, memPercent: 25});
		await vi.advanceTimersByTimeAsync(3000);
		open()[0]!.answer(sample(2_500_000_000, 12_000_000_000));
		await vi.advanceTimersByTimeAsync(2000);
		expect(board.getFigures().get('a')!.cpuPercent).toBeCloseTo(150, 6);
		sampler.close();
	});

	it('an engine that answers at once gets a screenful at once, then at most 3 requests a second', async () => {
		const answered: string[] = [];
		const engine: Pick<Engine, 'stats'> = {
			stats: id =>
				(async function* () {
					answered.push(id);
					yield sample(1, 1);
				})(),
		};
		const sampler = createStatsSampler(engine, createStatsBoard(), {intervalMs: 5000});
		const ids = Array.from({length: 100}, (_, index) => `c${index}`);
		sampler.setTargets(ids);
		await vi.advanceTimersByTimeAsync(50);
		expect(answered).toHaveLength(60);
		await vi.advanceTimersByTimeAsync(10_000);
		// 30 more in those 10 s, not the 100 a 5 s interval alone would ask for twice
		expect(answered.length).toBeGreaterThanOrEqual(89);
		expect(answered.length).toBeLessThanOrEqual(91);
		expect(new Set(answered).size).toBe(answered.length); // still going round the rows, none twice yet
		sampler.close();
	});

	it('once the burst is spent, paced requests go in batches (6 every 2 s), not one every third of a second', async () => {
		const startedAt: number[] = [];
		const engine: Pick<Engine, 'stats'> = {
			stats: () =>
				(async function* () {
					startedAt.push(Date.now());
					yield sample(1, 1);
				})(),
		};
		const sampler = createStatsSampler(engine, createStatsBoard(), {intervalMs: 5000});
		sampler.setTargets(Array.from({length: 100}, (_, index) => `c${index}`));
		await vi.advanceTimersByTimeAsync(50);
		const spent = startedAt.length;
		expect(spent).toBe(60);
		await vi.advanceTimersByTimeAsync(6000);
		const paced = startedAt.slice(spent);
		// the same pace (3 a second) ...
		expect(paced.length).toBeGreaterThanOrEqual(17);
		expect(paced.length).toBeLessThanOrEqual(19);
		// ... at a few moments (every 2 s, and the interval's round sends what has accrued), not eighteen
		expect(new Set(paced).size).toBeLessThanOrEqual(4);
		sampler.close();
	});

	it('a row that comes on screen while a round is queued is sampled before the queued rows', async () => {
		const {engine, calls, open} = fakeEngine();
		const sampler = createStatsSampler(engine, createStatsBoard(), {intervalMs: 5000});
		sampler.setTargets(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(calls.map(call => call.id)).toEqual(['a', 'b', 'c']);
		// scrolled: f stays, g and h come on screen while d, e, f wait
		sampler.setTargets(['c', 'd', 'e', 'f', 'g', 'h']);
		for (const call of open()) call.answer(sample(1, 1));
		await vi.advanceTimersByTimeAsync(0);
		expect(calls.slice(3, 5).map(call => call.id)).toEqual(['g', 'h']);
		sampler.close();
	});
});
