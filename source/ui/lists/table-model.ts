// The generic shape every list pane renders: rows of plain, already-sanitised cell text keyed by
// column id, with an optional tone per cell. Row builders per resource type live beside this file.
import type {ColumnSpec} from '../layout/columns.js';
import {displayWidth} from '../text/display-width.js';
import type {Tone} from '../theme.js';

export type TableRow = {
	id: string;
	cells: Readonly<Record<string, string>>;
	tones?: Readonly<Record<string, Tone>>;
	/** Lower-cased text the list filter matches against. */
	search: string;
};

/** Widest cell per column (titles not included; 0 = the column is empty), for layoutColumns. */
export function naturalWidths(columns: readonly ColumnSpec[], rows: readonly TableRow[]): Record<string, number> {
	const widths: Record<string, number> = {};
	for (const column of columns) widths[column.id] = 0;
	for (const row of rows) {
		for (const column of columns) {
			const width = displayWidth(row.cells[column.id] ?? '');
			if (width > widths[column.id]!) widths[column.id] = width;
		}
	}
	return widths;
}

/** Rows whose text contains every word of the query (case-insensitive). */
export function filterRows(rows: readonly TableRow[], query: string): readonly TableRow[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return rows;
	return rows.filter(row => words.every(word => row.search.includes(word)));
}

/** Natural ordering for names: "web-2" before "web-10". */
export const compareNames = new Intl.Collator(undefined, {numeric: true, sensitivity: 'base'}).compare;

export function shortId(id: string): string {
	const bare = id.startsWith('sha256:') ? id.slice(7) : id;
	return bare.slice(0, 12);
}
