// The selected container's live stats: one /stats stream (a sample a second from dockerd, every
// 5 s from Podman) kept as figures and rates over the last two minutes, published to the board so
// the container's own list row shows the same numbers without a request of its own.
import type {Engine, StatsSample} from '../../engine/types.js';
import {describeError} from '../../engine/errors.js';
import {SampleRing} from './sample-ring.js';
import type {StatsBoard} from './stats-board.js';
import {statsFigures, statsRates, type StatsFigures, type StatsRates} from './stats-figures.js';

export type StatsPoint = StatsFigures & {rates: StatsRates};

export type StatsStreamState = {
	status: 'opening' | 'live' | 'ended' | 'failed';
	error?: string;
	points: readonly StatsPoint[];
};

export type StatsStream = {
	getState(): StatsStreamState;
	subscribe(listener: () => void): () => void;
	close(): void;
};

export function openStatsStream(engine: Pick<Engine, 'stats'>, id: string, board?: StatsBoard): StatsStream {
	const controller = new AbortController();
	const ring = new SampleRing<StatsPoint>();
	const listeners = new Set<() => void>();
	let state: StatsStreamState = {status: 'opening', points: []};
	const publish = (next: Partial<StatsStreamState>) => {
		state = {...state, ...next};
		for (const listener of [...listeners]) listener();
	};

	void (async () => {
		let previous: StatsSample | undefined;
		try {
			for await (const sample of engine.stats(id, {stream: true, signal: controller.signal})) {
				const figures = statsFigures(sample, previous);
				previous = sample;
				board?.set(id, figures);
				// a zero-time sample is the daemon saying the container stopped
				if (!figures) break;
				ring.push({...figures, rates: statsRates(ring.latest, figures)});
				publish({status: 'live', points: ring.toArray()});
			}
			if (!controller.signal.aborted) publish({status: 'ended'});
		} catch (error) {
			if (!controller.signal.aborted) publish({status: 'failed', error: describeError(error)});
		}
	})();

	return {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			controller.abort();
			listeners.clear();
		},
	};
}
