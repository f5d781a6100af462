// Terminal cell widths of text, measured exactly as Ink measures its frames (string-width, through
// the fast path of ui/render/string-width.ts): tables pad and cut by the same numbers Ink lays out
// with, so a padded row can never overflow where Ink would count differently.
import stringWidth from '../render/string-width.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

function isAscii(text: string): boolean {
	// eslint-disable-next-line no-control-regex
	return /^[\u0020-\u007E]*$/.test(text);
}

/** Cells the text takes in a terminal (for sanitised, single-line text). */
export function displayWidth(text: string): number {
	return isAscii(text) ? text.length : stringWidth(text);
}

/** Cut to at most `width` cells, ending with '…' when something was cut. */
export function truncateEnd(text: string, width: number): string {
	if (width <= 0) return '';
	if (isAscii(text)) return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
	if (stringWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	for (const {segment} of segmenter.segment(text)) {
		const cells = stringWidth(segment);
		if (used + cells > width - 1) break;
		out += segment;
		used += cells;
	}
	return `${out}…`;
}

/** Exactly `width` cells: truncated with an ellipsis, then padded (left-aligned or right-aligned). */
export function fitCell(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const cut = truncateEnd(text, width);
	const pad = ' '.repeat(Math.max(0, width - displayWidth(cut)));
	return align === 'left' ? cut + pad : pad + cut;
}
