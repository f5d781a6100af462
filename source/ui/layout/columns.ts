// Column layout for list tables: columns are kept in priority order while their minimum widths
// fit, grow to their content, and the flexible column takes what is left. Nothing ever wraps.

export type ColumnSpec = {
	id: string;
	title: string;
	/** 0 = never dropped first; higher numbers go first on narrow terminals */
	priority: number;
	min: number;
	max?: number;
	/** Takes the remaining width (at most one per table). */
	flex?: boolean;
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
	// The flexible column (names) keeps up to 40 % of the width before low-priority columns get any.
	const reserve = (column: ColumnSpec) =>
		column.flex ? Math.max(column.min, Math.min(natural[column.id] ?? 0, column.max ?? Infinity, Math.floor(total * 0.4))) : column.min;
	const chosen = new Set<string>();
	let used = 0;
	for (const {column} of byPriority) {
		if (!column.flex && (natural[column.id] ?? 0) === 0) continue;
		const cost = reserve(column) + (chosen.size > 0 ? columnGap : 0);
		if (used + cost > total) continue;
		chosen.add(column.id);
		used += cost;
	}
	if (chosen.size === 0 && columns.length > 0) {
		// Narrower than any minimum: show the most important column cut to fit.
		const first = byPriority[0]!.column;
		return total > 0 ? [{...first, width: total}] : [];
	}
	const widths = new Map<string, number>();
	for (const {column} of byPriority) if (chosen.has(column.id)) widths.set(column.id, reserve(column));
	let spare = total - used;
	// Grow to content in priority order, then give the rest to the flexible column.
	for (const {column} of byPriority) {
		if (!chosen.has(column.id) || spare <= 0) continue;
		const want = Math.min(column.max ?? Infinity, Math.max(column.min, column.title.length, natural[column.id] ?? 0));
		const grow = Math.min(spare, want - widths.get(column.id)!);
		if (grow > 0) {
			widths.set(column.id, widths.get(column.id)! + grow);
			spare -= grow;
		}
	}
	const flex = columns.find(column => column.flex && chosen.has(column.id));
	if (flex && spare > 0) widths.set(flex.id, widths.get(flex.id)! + spare);
	return columns.filter(column => chosen.has(column.id)).map(column => ({...column, width: widths.get(column.id)!}));
}
