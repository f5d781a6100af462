// The rows of a box drawn over other panes (dialogs, menus), as plain data: every row is exactly
// the box's inner width, padded with spaces, because Ink leaves a cell it writes nothing into as
// it was — text beneath would show through a short row. Long titles wrap; rows that do not fit
// the height are left out, the last one kept ending with '…'.
import {wrapWords} from '../actions/wrap-words.js';
import {displayWidth, truncateEnd} from '../text/display-width.js';
import type {TextStyle} from '../theme.js';

export type Segment = {text: string; style?: TextStyle};
/** One row: its pieces, and a style for the whole row, padding included (the selected choice). */
export type OverlayRow = {segments: Segment[]; style?: TextStyle};

/** The segments cut to `width` cells (the last one kept ending with '…') and padded to exactly `width`. */
export function fitSegments(segments: readonly Segment[], width: number): Segment[] {
	const out: Segment[] = [];
	let used = 0;
	const total = segments.reduce((sum, segment) => sum + displayWidth(segment.text), 0);
	for (const segment of segments) {
		const cells = displayWidth(segment.text);
		if (total > width && used + cells >= width) {
			// the cut segment plus '…' is wider than what is left, so truncateEnd ends it with '…'
			const text = truncateEnd(`${segment.text}…`, width - used);
			if (text) out.push({...segment, text});
			used = width;
			break;
		}
		out.push(segment);
		used += cells;
	}
	if (used < width) out.push({text: ' '.repeat(width - used)});
	return out;
}

/** Word-wrapped text as rows of one style. */
export function wrappedRows(text: string, width: number, style?: TextStyle): OverlayRow[] {
	return wrapWords(text, Math.max(1, width)).map(line => ({segments: [{text: line, style}]}));
}

/**
 * The rows of a box at most `height` rows tall (border included): the foot (keys) always stays,
 * then the head (title) and body as far as they fit; when rows are left out, the last row kept
 * says so with '…'.
 */
export function boxRows(parts: {head: readonly OverlayRow[]; body: readonly OverlayRow[]; foot: readonly OverlayRow[]}, height: number): OverlayRow[] {
	const room = Math.max(0, height - 2);
	const foot = parts.foot.slice(0, room);
	const rest = [...parts.head, ...parts.body];
	const fits = Math.max(0, room - foot.length);
	if (rest.length <= fits) return [...rest, ...foot];
	const kept = rest.slice(0, fits);
	const last = kept.at(-1);
	if (last) kept[kept.length - 1] = {...last, segments: [...last.segments, {text: '…'}]};
	return [...kept, ...foot];
}
