// The CPU/MEM figures as the container list shows them: the board's map, but the previous one kept
// while no figure's text changed. A sample that reads "0.1%" again then costs no list render and no
// frame (most samples of idle containers change nothing a user can see).
import {useCallback, useRef, useSyncExternalStore} from 'react';
import type {StatsBoard} from '../../store/stats/stats-board.js';
import type {StatsFigures} from '../../store/stats/stats-figures.js';
import {formatPercent, formatSize} from '../format/stats-format.js';

type Figures = ReadonlyMap<string, StatsFigures>;

const none: Figures = new Map();
const noSubscription = () => () => {};

/** True when both maps have the same containers and every CPU and MEM cell reads the same. */
export function sameShownFigures(a: Figures, b: Figures): boolean {
	if (a.size !== b.size) return false;
	for (const [id, next] of b) {
		const previous = a.get(id);
		if (!previous) return false;
		if (previous === next) continue;
		if (formatPercent(previous.cpuPercent) !== formatPercent(next.cpuPercent) || formatSize(previous.memUsed) !== formatSize(next.memUsed)) return false;
	}
	return true;
}

export function useShownFigures(board: StatsBoard | undefined): Figures {
	const kept = useRef<{source: Figures; shown: Figures} | null>(null);
	const getSnapshot = useCallback(() => {
		const source = board?.getFigures() ?? none;
		const last = kept.current;
		if (last?.source === source) return last.shown;
		const shown = last && sameShownFigures(last.shown, source) ? last.shown : source;
		kept.current = {source, shown};
		return shown;
	}, [board]);
	return useSyncExternalStore(board?.subscribe ?? noSubscription, getSnapshot);
}
