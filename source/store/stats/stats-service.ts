// Live resource figures: the board the list reads, the sampler for its CPU/MEM columns (null when
// statsInterval is 0) and the selected container's stream for the stats view.
import type {Engine} from '../../engine/types.js';
import {createStatsBoard, type StatsBoard} from './stats-board.js';
import {createStatsSampler, type StatsSampler} from './stats-sampler.js';
import {openStatsStream, type StatsStream} from './stats-stream.js';

export type StatsService = {
	board: StatsBoard;
	sampler: StatsSampler | null;
	/** Opens the container's stream; its list row is fed by it (not sampled) until close(). */
	openStream(id: string): StatsStream;
	close(): void;
};

export function createStatsService(engine: Pick<Engine, 'stats'>, options: {intervalMs: number}): StatsService {
	// one list update per sampling interval (a round of a screenful takes longer than that on dockerd)
	const board = createStatsBoard({batchMs: Math.max(2000, options.intervalMs)});
	const sampler = options.intervalMs > 0 ? createStatsSampler(engine, board, {intervalMs: options.intervalMs}) : null;
	const open = new Set<StatsStream>();
	return {
		board,
		sampler,
		openStream(id) {
			const stream = openStatsStream(engine, id, board);
			open.add(stream);
			sampler?.setStreamed(id);
			return {
				...stream,
				close() {
					stream.close();
					open.delete(stream);
					sampler?.setStreamed(null);
				},
			};
		},
		close() {
			sampler?.close();
			for (const stream of open) stream.close();
			open.clear();
		},
	};
}
