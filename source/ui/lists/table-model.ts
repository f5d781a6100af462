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

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Natural ordering for names: "web-2" before "web-10", case ignored (then case-sensitive, so the
 * order is total). Plain code rather than Intl.Collator: ICU's collation data would stay mapped
 * for the whole session (~2 MB of RSS) for a list sort.
 */
export function compareNames(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	let i = 0;
	let j = 0;
	while (i < x.length && j < y.length) {
		if (isDigit(x.charCodeAt(i)) && isDigit(y.charCodeAt(j))) {
			// whole runs of digits compare as numbers: leading zeros skipped, then the longer run is larger
			let endX = i;
			let endY = j;
			while (endX < x.length && isDigit(x.charCodeAt(endX))) endX++;
			while (endY < y.length && isDigit(y.charCodeAt(endY))) endY++;
			const digitsX = x.slice(i, endX).replace(/^0+(?=\d)/, '');
			const digitsY = y.slice(j, endY).replace(/^0+(?=\d)/, '');
			if (digitsX.length !== digitsY.length) return digitsX.length - digitsY.length;
			if (digitsX !== digitsY) return digitsX < digitsY ? -1 : 1;
			i = endX;
			j = endY;
			continue;
		}
		if (x[i] !== y[j]) return x[i]! < y[j]! ? -1 : 1;
		i++;
		j++;
	}
	if (x.length - i !== y.length - j) return x.length - i - (y.length - j);
	return a === b ? 0 : a < b ? -1 : 1;
}

export function shortId(id: string): string {
	const bare = id.startsWith('sha256:') ? id.slice(7) : id;
	return bare.slice(0, 12);
}
