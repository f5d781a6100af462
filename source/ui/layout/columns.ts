// Column layout for list tables: columns are kept in priority order while their minimum widths
// fit (a `whole` column reserves its full content and title), grow to their content in priority
// order, and the flexible column takes what is left. Nothing ever wraps.
import {displayWidth} from '../text/display-width.js';

export type ColumnSpec = {
	id: string;
	title: string;
	/** 0 = never dropped first; higher numbers go first on narrow terminals */
	priority: number;
	min: number;
	max?: number;
	/** Takes the remaining width (at most one per table). */
	flex?: boolean;
	/** Shown whole (content and title) before other columns grow; cut to `min` only when it cannot be. */
	whole?: boolean;
	align?: 'left' | 'right';
};

export type PlacedColumn = ColumnSpec & {width: number};

export const columnGap = 1;

/**
 * Widths for a table `total` cells wide. `natural` holds each column's widest cell (0: empty in
 * every row, so the column is left out). Returned in the original column order; dropped columns are absent.
 */
export function layoutColumns(columns: readonly ColumnSpec[], natural: Readonly<Record<string, number>>, total: number): PlacedColumn[] {
	const byPriority = columns.map((column, index) => ({column, index})).sort((a, b) => a.column.priority - b.column.priority || a.index - b.index);
	// Content and title, within the column's bounds: what the column needs to show everything.
	const want = (column: ColumnSpec) => Math.min(column.max ?? Infinity, Math.max(column.min, displayWidth(column.title), natural[column.id] ?? 0));
	// The flexible column (names) first keeps a quarter of the width (16 cells, at most 40 %, on narrow terminals),
	// whole columns their content; then names grow first, up to their cap.
	const reserve = (column: ColumnSpec) =>
		column.flex ? Math.max(column.min, Math.min(natural[column.id] ?? 0, column.max ?? Infinity, Math.floor(total * 0.4), Math.max(16, Math.floor(total / 4)))) : column.whole ? want(column) : column.min;
	const widths = new Map<string, number>();
	let used = 0;
	for (const {column} of byPriority) {
		if (!column.flex && (natural[column.id] ?? 0) === 0) continue;
		const gap = widths.size > 0 ? columnGap : 0;
		// a whole column that cannot be whole here still shows, cut, rather than not at all
		const width = [reserve(column), column.min].find(candidate => used + gap + candidate <= total);
		if (width === undefined) continue;
		widths.set(column.id, width);
		used += gap + width;
	}
	if (widths.size === 0 && columns.length > 0) {
		// Narrower than any minimum: show the most important column cut to fit.
		const first = byPriority[0]!.column;
		return total > 0 ? [{...first, width: total}] : [];
	}
	let spare = total - used;
	// Grow to content in priority order, then give the rest to the flexible column.
	for (const {column} of byPriority) {
		if (!widths.has(column.id) || spare <= 0) continue;
		const grow = Math.min(spare, want(column) - widths.get(column.id)!);
		if (grow > 0) {
			widths.set(column.id, widths.get(column.id)! + grow);
			spare -= grow;
		}
	}
	const flex = columns.find(column => column.flex && widths.has(column.id));
	if (flex && spare > 0) widths.set(flex.id, widths.get(flex.id)! + spare);
	return columns.filter(column => widths.has(column.id)).map(column => ({...column, width: widths.get(column.id)!}));
}
