// One-shot samples for the list's CPU and MEM columns: only the containers the UI says are on
// screen and running, each once per interval, a few requests at a time. Nothing while paused (an
// overlay hides the list, a shell has the terminal); the container whose stream is open is
// skipped (its stream feeds the board). CPU needs two readings: the previous sample stands in
// for the empty precpu_stats of a one-shot answer. Requests are paced: a screenful at once (rows
// that just came on screen get figures now), then at most 3 a second — the pace dockerd answers
// one-shot samples at anyway (~1 s each, 3 in flight); an engine that answers at once (Podman)
// would otherwise be asked ~9 a second for a 200×50 screen, most of an idle session's CPU.
import type {Engine, StatsSample} from '../../engine/types.js';
import type {StatsBoard} from './stats-board.js';
import {statsFigures} from './stats-figures.js';

export type StatsSampler = {
	/** The running containers on screen now; others stop being sampled (their requests are aborted). */
	setTargets(ids: readonly string[]): void;
	setPaused(paused: boolean): void;
	/** The container whose stream is open: not sampled while it is. */
	setStreamed(id: string | null): void;
	close(): void;
};

export type SamplerOptions = {
	intervalMs: number;
	maxInFlight?: number;
	/**
	 * Requests started per second once the burst is spent (default 3), the burst (default 60: a
	 * screenful), and how many are let go together once spent (default 6: every 2 s at 3 a second).
	 */
	pace?: {perSecond: number; burst: number; batch?: number};
};

const defaultPace = {perSecond: 3, burst: 60, batch: 6};

const maxRemembered = 500;

export function createStatsSampler(engine: Pick<Engine, 'stats'>, board: StatsBoard, options: SamplerOptions): StatsSampler {
	const maxInFlight = options.maxInFlight ?? 3;
	const pace = options.pace ?? defaultPace;
	let tokens = pace.burst;
	let filledAt = Date.now();
	let paceTimer: ReturnType<typeof setTimeout> | null = null;
	/** Takes a request's token; false when none is left (the pump is called again when one is). */
	const takeToken = () => {
		const now = Date.now();
		tokens = Math.min(pace.burst, tokens + ((now - filledAt) * pace.perSecond) / 1000);
		filledAt = now;
		if (tokens >= 1) {
			tokens -= 1;
			return true;
		}
		// woken once a few requests' worth is back, not for each one: requests sent together cost less
		// CPU than the same requests spread out, each on a process gone cold (same average pace)
		const wanted = Math.max(1, Math.min(pace.batch ?? defaultPace.batch, queue.length));
		paceTimer ??= setTimeout(() => {
			paceTimer = null;
			pump();
		}, Math.ceil(((wanted - tokens) * 1000) / pace.perSecond));
		paceTimer.unref?.();
		return false;
	};
	let targets = new Set<string>();
	let paused = false;
	let streamed: string | null = null;
	let closed = false;
	const queue: string[] = [];
	const inFlight = new Map<string, AbortController>();
	const previous = new Map<string, StatsSample>();
	const lastDone = new Map<string, number>();

	const wanted = (id: string) => !closed && !paused && targets.has(id) && id !== streamed;
	const enqueue = (id: string) => {
		if (wanted(id) && !inFlight.has(id) && !queue.includes(id)) queue.push(id);
	};
	/** Ahead of the queued round, in their order (rows that just came on screen have blank cells). */
	const enqueueFirst = (ids: readonly string[]) => {
		const first = ids.filter(id => wanted(id) && !inFlight.has(id));
		const rest = queue.filter(id => !first.includes(id));
		queue.splice(0, queue.length, ...first, ...rest);
	};

	async function sample(id: string) {
		const controller = new AbortController();
		inFlight.set(id, controller);
		try {
			for await (const answer of engine.stats(id, {stream: false, oneShot: true, signal: controller.signal})) {
				if (controller.signal.aborted) break;
				board.set(id, statsFigures(answer, previous.get(id)));
				previous.delete(id);
				previous.set(id, answer);
				// bounded: the oldest readings go first (containers long gone)
				if (previous.size > maxRemembered) previous.delete(previous.keys().next().value!);
				break;
			}
		} catch {
			// stopped or removed between the list and the request: the row simply shows no figures
			if (!controller.signal.aborted) board.set(id, null);
		} finally {
			inFlight.delete(id);
			lastDone.set(id, Date.now());
			pump();
		}
	}

	function pump() {
		while (inFlight.size < maxInFlight && queue.length > 0) {
			if (!wanted(queue[0]!) || inFlight.has(queue[0]!)) {
				queue.shift();
				continue;
			}
			if (!takeToken()) return;
			void sample(queue.shift()!);
		}
	}

	function round() {
		for (const id of targets) enqueue(id);
		pump();
	}

	const timer = setInterval(round, options.intervalMs);
	timer.unref?.();

	function dropUnwanted() {
		for (let index = queue.length - 1; index >= 0; index -= 1) if (!wanted(queue[index]!)) queue.splice(index, 1);
		for (const [id, controller] of inFlight) if (!wanted(id)) controller.abort();
	}

	return {
		setTargets(ids) {
			const next = new Set(ids);
			if (next.size === targets.size && ids.every(id => targets.has(id))) return;
			const added = ids.filter(id => !targets.has(id));
			targets = next;
			dropUnwanted();
			// a row that just came on screen goes ahead of the queued round (its cells are blank), unless it was sampled within the interval
			const now = Date.now();
			enqueueFirst(added.filter(id => now - (lastDone.get(id) ?? 0) >= options.intervalMs));
			pump();
		},
		setPaused(next) {
			if (paused === next) return;
			paused = next;
			if (paused) dropUnwanted();
			else round();
		},
		setStreamed(id) {
			streamed = id;
			dropUnwanted();
		},
		close() {
			closed = true;
			clearInterval(timer);
			if (paceTimer) clearTimeout(paceTimer);
			dropUnwanted();
		},
	};
}
