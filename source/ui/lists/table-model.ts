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

/** Each row's cell widths, measured once per row object (rows are rebuilt only when their texts change). */
const cellWidths = new WeakMap<TableRow, Record<string, number>>();

function widthsOf(row: TableRow): Record<string, number> {
	let widths = cellWidths.get(row);
	if (!widths) {
		widths = {};
		for (const [id, text] of Object.entries(row.cells)) widths[id] = displayWidth(text);
		cellWidths.set(row, widths);
	}
	return widths;
}

/** Widest cell per column (titles not included; 0 = the column is empty), for layoutColumns. */
export function naturalWidths(columns: readonly ColumnSpec[], rows: readonly TableRow[]): Record<string, number> {
	const widths: Record<string, number> = {};
	for (const column of columns) widths[column.id] = 0;
	for (const row of rows) {
		const own = widthsOf(row);
		for (const column of columns) {
			const width = own[column.id] ?? 0;
			if (width > widths[column.id]!) widths[column.id] = width;
		}
	}
	return widths;
}

export type WidthsMemo = {columns: readonly ColumnSpec[]; rows: readonly TableRow[]; widths: Record<string, number>};

/**
 * naturalWidths kept up to date: when the same number of rows comes back with a few of them new
 * (a sample, a tick), only those are measured; a column measured again only when a changed row
 * was its widest and got narrower. The widths object is kept while no width changes.
 */
export function updateNaturalWidths(memo: WidthsMemo | null, columns: readonly ColumnSpec[], rows: readonly TableRow[]): WidthsMemo {
	// a copy: a caller that changes its array in place afterwards must not change what was measured
	const full = (): WidthsMemo => ({columns, rows: rows.slice(), widths: naturalWidths(columns, rows)});
	if (!memo || memo.columns !== columns || memo.rows.length !== rows.length) return full();
	let widths = memo.widths;
	for (let index = 0; index < rows.length; index++) {
		const before = memo.rows[index]!;
		const row = rows[index]!;
		if (row === before) continue;
		const old = widthsOf(before);
		const own = widthsOf(row);
		for (const column of columns) {
			const width = own[column.id] ?? 0;
			if (width > widths[column.id]!) {
				if (widths === memo.widths) widths = {...widths};
				widths[column.id] = width;
			} else if (width < (old[column.id] ?? 0) && old[column.id] === memo.widths[column.id]) return full();
		}
	}
	return {columns, rows: rows.slice(), widths};
}

/** Rows whose text contains every word of the query (case-insensitive). */
export function filterRows(rows: readonly TableRow[], query: string): readonly TableRow[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return rows;
	return rows.filter(row => words.every(word => row.search.includes(word)));
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Natural ordering for names: "web-2" before "web-10", case ignored (then case-sensitive, so the
 * order is total). Plain code rather than Intl.Collator: ICU's collation data would stay mapped
 * for the whole session (~2 MB of RSS) for a list sort.
 */
export function compareNames(a: string, b: string): number {
	return compareFolded(a.toLowerCase(), b.toLowerCase()) || (a === b ? 0 : a < b ? -1 : 1);
}

/**
 * compareNames on names already lower-cased, without the case-sensitive tie-break (0: equal but
 * for case). No slices or regular expressions: a list of 1,000 names sorts in ~10,000 of these.
 */
export function compareFolded(x: string, y: string): number {
	let i = 0;
	let j = 0;
	while (i < x.length && j < y.length) {
		if (isDigit(x.charCodeAt(i)) && isDigit(y.charCodeAt(j))) {
			// whole runs of digits compare as numbers: leading zeros skipped, then the longer run is larger
			let endX = i;
			let endY = j;
			while (endX < x.length && isDigit(x.charCodeAt(endX))) endX++;
			while (endY < y.length && isDigit(y.charCodeAt(endY))) endY++;
			while (i < endX - 1 && x.charCodeAt(i) === 48) i++;
			while (j < endY - 1 && y.charCodeAt(j) === 48) j++;
			if (endX - i !== endY - j) return endX - i - (endY - j);
			for (; i < endX; i++, j++) if (x.charCodeAt(i) !== y.charCodeAt(j)) return x.charCodeAt(i) - y.charCodeAt(j);
			continue;
		}
		if (x[i] !== y[j]) return x[i]! < y[j]! ? -1 : 1;
		i++;
		j++;
	}
	return x.length - i - (y.length - j);
}

export function shortId(id: string): string {
	const bare = id.startsWith('sha256:') ? id.slice(7) : id;
	return bare.slice(0, 12);
}
