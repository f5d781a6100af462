// Ink's changed-line writer (ink/build/line-update.js, Ink 8.0) with one fast path widened: a line
// whose common prefix is printable ASCII skips grapheme segmentation, and so here does a line made
// of any characters that are one cell each (box lines, bullets, arrows: nearly every line of
// dockhand's screen has a `│`). Same output; test/ui/render/line-update.test.ts compares it with
// Ink's. The build swaps it in (scripts/ink-fast-paths.mjs).
import ansiEscapes from 'ansi-escapes';
import stringWidth, {isSimpleText, sgr} from './string-width.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const control = /\p{Control}/u;

export default function lineUpdate(previous: string, next: string, columns: number | undefined): string {
	const full = ansiEscapes.cursorTo(0) + ansiEscapes.eraseEndLine + next;
	if (columns === undefined || Number.isNaN(columns) || columns < 1) return full;
	let commonLength = 0;
	while (commonLength < previous.length && commonLength < next.length && previous[commonLength] === next[commonLength]) commonLength++;
	if (commonLength === 0) return full;
	const previousText = previous.replaceAll(sgr, '');
	const nextText = next.replaceAll(sgr, '');
	if (control.test(previousText) || control.test(nextText)) return full;
	const codes = [...next.matchAll(sgr)];
	let textLimit = commonLength;
	for (const match of codes) {
		if (match.index >= commonLength) break;
		// a difference inside an SGR sequence must repaint from before that sequence
		textLimit -= Math.min(match[0].length, commonLength - match.index);
	}
	let textLength = 0;
	let column = 0;
	if (isSimpleText(previousText) && isSimpleText(nextText)) {
		textLength = textLimit;
		column = textLimit;
	} else {
		const previousSegments = segmenter.segment(previousText)[Symbol.iterator]();
		for (const {segment, index} of segmenter.segment(nextText)) {
			if (index + segment.length > textLimit || previousSegments.next().value?.segment !== segment) break;
			textLength = index + segment.length;
		}
		column = stringWidth(nextText.slice(0, textLength));
	}
	if (column === 0 || column >= columns || column + stringWidth(previousText.slice(textLength)) > columns || column + stringWidth(nextText.slice(textLength)) > columns) {
		return full;
	}
	let offset = textLength;
	let styles = '';
	for (const match of codes) {
		if (match.index > offset || match.index + match[0].length > commonLength) break;
		offset += match[0].length;
		styles += match[0];
	}
	const partial = ansiEscapes.cursorTo(column) + ansiEscapes.eraseEndLine + styles + next.slice(offset);
	return partial.length < full.length ? partial : full;
}
