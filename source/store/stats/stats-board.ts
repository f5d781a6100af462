// The newest figures per container, for the list's CPU and MEM cells. Answers of a sampling round
// arrive one by one over many seconds (~1 s each on dockerd, a few at a time); they are coalesced
// into at most one notification (one list render) per batch (the sampling interval): a render per
// answer cost more CPU than the requests themselves. A container's first figures (or its first CPU
// figure, which needs two samples) wait at most 2 s, so new rows do not wait a whole batch (sooner
// made a render per answer while a screenful is first sampled: +30 % CPU and up to +8 MB RSS).
import type {StatsFigures} from './stats-figures.js';

export type StatsBoard = {
	/** An immutable map, replaced on every notified change (safe for useSyncExternalStore). */
	getFigures(): ReadonlyMap<string, StatsFigures>;
	subscribe(listener: () => void): () => void;
	/** null: the container has no figures (stopped, gone). */
	set(id: string, figures: StatsFigures | null): void;
	/** Forgets every container not in `ids` (removed ones). */
	retain(ids: ReadonlySet<string>): void;
};

export function createStatsBoard(options: {batchMs?: number; firstMs?: number} = {}): StatsBoard {
	const batchMs = options.batchMs ?? 2000;
	const firstMs = Math.min(batchMs, options.firstMs ?? 2000);
	let figures: ReadonlyMap<string, StatsFigures> = new Map();
	let draft: Map<string, StatsFigures> | null = null;
	let timer: ReturnType<typeof setTimeout> | null = null;
	const listeners = new Set<() => void>();
	const flush = () => {
		timer = null;
		due = Number.POSITIVE_INFINITY;
		if (!draft) return;
		figures = draft;
		draft = null;
		for (const listener of [...listeners]) listener();
	};
	let due = Number.POSITIVE_INFINITY;
	const edit = (soon = false) => {
		draft ??= new Map(figures);
		const at = Date.now() + (soon ? firstMs : batchMs);
		if (at < due) {
			if (timer) clearTimeout(timer);
			due = at;
			timer = setTimeout(flush, at - Date.now());
		}
		return draft;
	};
	return {
		getFigures: () => figures,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		set(id, next) {
			const current = (draft ?? figures).get(id);
			if (next === null ? current === undefined : current === next) return;
			if (next === null) edit().delete(id);
			// figures where there were none (or a first CPU figure): soon; a change of figures: with the batch
			else edit(current === undefined || (current.cpuPercent === null && next.cpuPercent !== null)).set(id, next);
		},
		retain(ids) {
			for (const id of (draft ?? figures).keys()) if (!ids.has(id)) edit().delete(id);
		},
	};
}
