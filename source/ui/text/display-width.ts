// Terminal cell widths of text: wide (CJK, emoji) graphemes take two cells, combining marks none.
// Tables pad and cut by these widths, never by string length, so rows never wrap or overflow.

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u200B]+$/u;
const EMOJI = /\p{Emoji_Presentation}|\uFE0F/u;

// East Asian Wide/Fullwidth blocks (the common ranges; enough for names, tags and labels).
const WIDE: Array<[number, number]> = [
	[0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
	[0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
	[0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

function isWide(code: number): boolean {
	if (code < 0x1100) return false;
	for (const [low, high] of WIDE) if (code >= low && code <= high) return true;
	return false;
}

function graphemeWidth(grapheme: string): number {
	const code = grapheme.codePointAt(0)!;
	if (code < 0x7f && grapheme.length === 1) return code < 0x20 ? 0 : 1;
	if (ZERO_WIDTH.test(grapheme)) return 0;
	if (isWide(code) || EMOJI.test(grapheme)) return 2;
	return 1;
}

function isAscii(text: string): boolean {
	// eslint-disable-next-line no-control-regex
	return /^[\u0020-\u007E]*$/.test(text);
}

/** Cells the text takes in a terminal (for sanitised, single-line text). */
export function displayWidth(text: string): number {
	if (isAscii(text)) return text.length;
	let width = 0;
	for (const {segment} of segmenter.segment(text)) width += graphemeWidth(segment);
	return width;
}

/** Cut to at most `width` cells, ending with '…' when something was cut. */
export function truncateEnd(text: string, width: number): string {
	if (width <= 0) return '';
	if (isAscii(text)) return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
	if (displayWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	for (const {segment} of segmenter.segment(text)) {
		const cells = graphemeWidth(segment);
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
