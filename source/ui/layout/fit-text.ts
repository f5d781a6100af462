// Text that must fit a box of fixed size: wrapped by words into whole rows here, never by Ink, so
// a row that does not fit is left out or cut with '…' instead of being drawn over the next one.
import {wrapWords} from '../actions/wrap-words.js';
import {displayWidth, truncateEnd} from '../text/display-width.js';

/** The first `count` rows; when rows were left out, the last one kept ends with '…'. */
export function keepRows(rows: readonly string[], count: number, width: number): string[] {
	if (count <= 0) return [];
	if (rows.length <= count) return [...rows];
	const kept = rows.slice(0, count);
	const last = kept[count - 1]!;
	kept[count - 1] = displayWidth(last) < width ? `${last}…` : truncateEnd(`${last}…`, width);
	return kept;
}

export type Paragraph = {
	text: string;
	/** Lower numbers get their rows first when the box is too small. */
	priority: number;
};

/**
 * Each paragraph word-wrapped to `width`, with at most `height` rows in all. Every paragraph that
 * fits gets one row first (in priority order), then the rest of its rows in priority order; a
 * paragraph cut short ends with '…'; one with no row left is dropped (an empty array).
 */
export function fitParagraphs(paragraphs: readonly Paragraph[], width: number, height: number): string[][] {
	const wrapped = paragraphs.map(paragraph => wrapWords(paragraph.text, Math.max(1, width)));
	const order = paragraphs.map((_, index) => index).sort((a, b) => paragraphs[a]!.priority - paragraphs[b]!.priority || a - b);
	const rows = paragraphs.map(() => 0);
	let left = Math.max(0, height);
	for (const index of order) {
		if (left === 0) break;
		rows[index] = 1;
		left--;
	}
	for (const index of order) {
		if (left === 0 || rows[index] === 0) continue;
		const more = Math.min(left, wrapped[index]!.length - rows[index]!);
		rows[index]! += more;
		left -= more;
	}
	return wrapped.map((lines, index) => keepRows(lines, rows[index]!, width));
}
