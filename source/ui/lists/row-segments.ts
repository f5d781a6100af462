// One list line as a few runs of text: the cells and gaps that share a tone are joined, so a row
// is drawn from a handful of pieces instead of one element per cell and per gap (at 50 rows a
// frame, that is most of what React and Ink walk when the CPU/MEM figures change).
import {columnGap, type PlacedColumn} from '../layout/columns.js';
import {fitCell} from '../text/display-width.js';
import type {Tone} from '../theme.js';
import type {TableRow} from './table-model.js';

export type CellOverride = {text: string; tone?: Tone};
/** A run of text in one tone (none: the line's own style); `bold` only for the mark. */
export type RowSegment = {text: string; tone?: Tone; bold?: boolean};

/**
 * The line of `row` in the placed columns: the mark gutter ('*' bold when marked), then each cell
 * fitted to its column. A selected row is plain inverse video, so its cells carry no tone (cell
 * colours would turn into coloured blocks).
 */
export function rowSegments(row: TableRow, placed: readonly PlacedColumn[], selected: boolean, marked: boolean, overrides?: Readonly<Record<string, CellOverride>>): RowSegment[] {
	const segments: RowSegment[] = marked ? [{text: '*', bold: true}] : [];
	let text = marked ? '' : ' ';
	let tone: Tone | undefined;
	const flush = () => {
		if (text !== '') segments.push(tone ? {text, tone} : {text});
		text = '';
	};
	const gap = ' '.repeat(columnGap);
	for (const [index, column] of placed.entries()) {
		const override = overrides?.[column.id];
		const cell = fitCell(override?.text ?? row.cells[column.id] ?? '', column.width, column.align);
		const cellTone = selected ? undefined : override ? override.tone : row.tones?.[column.id];
		if (index > 0) {
			// a gap belongs to the line: it ends a toned run
			if (tone) flush(), (tone = undefined);
			text += gap;
		}
		if (cellTone !== tone) flush(), (tone = cellTone);
		text += cell;
	}
	flush();
	return segments;
}
