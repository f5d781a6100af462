// The container list's rows kept between renders and brought up to date with as little work as the
// change needs: a new CPU/MEM sample rebuilds the rows of the containers it is about, a clock tick
// rebuilds only the rows whose status text it changes ("up 41s" → "up 42s" for one young container
// among 1,000), and only a new order (a container changed, a new sort) goes over all the rows.
import type {StatsFigures} from '../../store/stats/stats-figures.js';
import type {Container} from '../../store/types.js';
import {rowOf, statusValidUntil, type RowCache} from './container-rows.js';
import {sameItems} from './same-items.js';
import type {TableRow} from './table-model.js';

export type RowsMemo = {
	ordered: readonly Container[];
	figures: ReadonlyMap<string, StatsFigures>;
	rows: TableRow[];
	/** Position of each container in `ordered` (and `rows`). */
	positions: ReadonlyMap<string, number>;
	/** Until when each row's status text holds, by position. */
	validUntil: number[];
	/** The earliest of validUntil. */
	nextChange: number;
};

const earliest = (times: readonly number[]) => {
	let next = Number.POSITIVE_INFINITY;
	for (const time of times) if (time < next) next = time;
	return next;
};

export function updateRows(memo: RowsMemo | null, ordered: readonly Container[], now: number, cache: RowCache, figures: ReadonlyMap<string, StatsFigures>): RowsMemo {
	if (!memo || memo.ordered !== ordered) {
		const built = ordered.map(container => rowOf(container, now, cache, figures.get(container.id)));
		// the very same rows (a change no row shows) keep their array: what is made from it is not made again
		const rows = memo && sameItems(memo.rows, built) ? memo.rows : built;
		const validUntil = rows.map(row => statusValidUntil(row));
		return {ordered, figures, rows, positions: new Map(ordered.map((container, index) => [container.id, index])), validUntil, nextChange: earliest(validUntil)};
	}
	const due = now >= memo.nextChange;
	if (memo.figures === figures && !due) return memo;
	let {rows, validUntil} = memo;
	const refresh = (at: number) => {
		const container = ordered[at]!;
		const row = rowOf(container, now, cache, figures.get(container.id));
		if (row !== rows[at]) {
			if (rows === memo.rows) rows = [...rows];
			rows[at] = row;
		}
		const until = statusValidUntil(row);
		if (until !== validUntil[at]) {
			if (validUntil === memo.validUntil) validUntil = [...validUntil];
			validUntil[at] = until;
		}
	};
	if (memo.figures !== figures) {
		const refreshId = (id: string) => {
			const at = memo.positions.get(id);
			if (at !== undefined) refresh(at);
		};
		for (const [id, own] of figures) if (memo.figures.get(id) !== own) refreshId(id);
		for (const id of memo.figures.keys()) if (!figures.has(id)) refreshId(id);
	}
	if (due) for (let at = 0; at < rows.length; at++) if (validUntil[at]! <= now) refresh(at);
	return {...memo, figures, rows, validUntil, nextChange: due || validUntil !== memo.validUntil ? earliest(validUntil) : memo.nextChange};
}
