import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Engine, StatsSample} from '../../../source/engine/types.js';
import {createStatsService} from '../../../source/store/stats/stats-service.js';

const recorded = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8')) as StatsSample;

/** Plays recorded samples as the stream, then stays open until aborted (or ends after them). */
function playing(samples: StatsSample[], endAfter: boolean): Pick<Engine, 'stats'> & {calls: Array<{id: string; stream?: boolean}>} {
	const calls: Array<{id: string; stream?: boolean}> = [];
	return {
		calls,
		stats(id, options) {
			calls.push({id, stream: options?.stream});
			return (async function* () {
				for (const sample of samples) yield sample;
				if (!endAfter) await new Promise(resolve => options?.signal?.addEventListener('abort', resolve));
			})();
		},
	};
}

const settle = () => new Promise(resolve => setTimeout(resolve, 80));

describe('stats stream (the stats view)', () => {
	it('keeps figures with rates, feeds the container\'s own row, and says when the container stopped mid-stream', async () => {
		const engine = playing([recorded('docker-20.10-cgroup1-once'), recorded('docker-20.10-cgroup1-stream-first'), recorded('docker-20.10-cgroup1-stopped')], true);
		const service = createStatsService(engine, {intervalMs: 0});
		const stream = service.openStream('c1');
		await settle();
		const state = stream.getState();
		expect(state.status).toBe('ended');
		expect(state.points).toHaveLength(2);
		// the second sample has no precpu_stats: computed against the first
		expect(state.points[1]!.cpuPercent).toBeCloseTo(66.23, 1);
		expect(state.points[1]!.rates.netRx).toBeNull();
		// stopped: the row has no figures left
		expect(service.board.getFigures().has('c1')).toBe(false);
		stream.close();
		service.close();
	});

	it('while open, the list sampler leaves that container to the stream', async () => {
		const engine = playing([recorded('docker-cgroup2-stream')], false);
		const service = createStatsService(engine, {intervalMs: 60_000});
		const stream = service.openStream('c1');
		service.sampler!.setTargets(['c1', 'c2']);
		// the board tells the list at most every two seconds
		await new Promise(resolve => setTimeout(resolve, 2100));
		expect(engine.calls).toEqual([{id: 'c1', stream: true}, {id: 'c2', stream: false}]);
		expect(service.board.getFigures().get('c1')!.cpuPercent).toBeCloseTo(50, 6);
		expect(stream.getState().status).toBe('live');
		stream.close();
		service.close();
	});
});
