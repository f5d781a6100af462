// The newest figures per container, for the list's CPU and MEM cells. Answers of a sampling round
// arrive one by one over a few seconds; they are coalesced into at most one notification (one
// list render) every two seconds — a render per answer cost more CPU than the requests themselves.
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

export function createStatsBoard(options: {batchMs?: number} = {}): StatsBoard {
	const batchMs = options.batchMs ?? 2000;
	let figures: ReadonlyMap<string, StatsFigures> = new Map();
	let draft: Map<string, StatsFigures> | null = null;
	let timer: ReturnType<typeof setTimeout> | null = null;
	const listeners = new Set<() => void>();
	const flush = () => {
		timer = null;
		if (!draft) return;
		figures = draft;
		draft = null;
		for (const listener of [...listeners]) listener();
	};
	const edit = () => {
		draft ??= new Map(figures);
		timer ??= setTimeout(flush, batchMs);
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
			else edit().set(id, next);
		},
		retain(ids) {
			for (const id of (draft ?? figures).keys()) if (!ids.has(id)) edit().delete(id);
		},
	};
}
