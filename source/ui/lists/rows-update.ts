// The container list's rows kept between renders and brought up to date with as little work as the
// change needs: a new CPU/MEM sample rebuilds the rows of the containers it is about, a clock tick
// before any status text can change rebuilds nothing, and only a new order or a due status text
// goes over all the rows (1,000 of them on a large host, for every sample and tick otherwise).
import type {StatsFigures} from '../../store/stats/stats-figures.js';
import type {Container} from '../../store/types.js';
import {rowOf, rowsInOrder, statusValidUntil, type RowCache} from './container-rows.js';
import type {TableRow} from './table-model.js';

export type RowsMemo = {
	ordered: readonly Container[];
	figures: ReadonlyMap<string, StatsFigures>;
	rows: TableRow[];
	/** Position of each container in `ordered` (and `rows`). */
	positions: ReadonlyMap<string, number>;
	/** The earliest time any row's status text changes. */
	nextChange: number;
};

export function updateRows(memo: RowsMemo | null, ordered: readonly Container[], now: number, cache: RowCache, figures: ReadonlyMap<string, StatsFigures>): RowsMemo {
	if (!memo || memo.ordered !== ordered || now >= memo.nextChange) {
		const rows = rowsInOrder(ordered, now, cache, figures);
		let nextChange = Number.POSITIVE_INFINITY;
		for (const row of rows) nextChange = Math.min(nextChange, statusValidUntil(row));
		return {ordered, figures, rows, positions: new Map(ordered.map((container, index) => [container.id, index])), nextChange};
	}
	if (memo.figures === figures) return memo;
	let rows = memo.rows;
	const refresh = (id: string) => {
		const at = memo.positions.get(id);
		if (at === undefined) return;
		const row = rowOf(ordered[at]!, now, cache, figures.get(id));
		if (row === rows[at]) return;
		if (rows === memo.rows) rows = [...rows];
		rows[at] = row;
	};
	for (const [id, own] of figures) if (memo.figures.get(id) !== own) refresh(id);
	for (const id of memo.figures.keys()) if (!figures.has(id)) refresh(id);
	return {...memo, figures, rows};
}
