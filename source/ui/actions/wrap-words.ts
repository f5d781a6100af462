// Word-wraps dialog lines so a daemon's long refusal is read whole instead of cut at the border.
import {displayWidth} from '../text/display-width.js';

/** Splits at spaces into lines of at most `width` columns; a longer word is cut. */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		let rest = word;
		while (displayWidth(rest) > width) {
			if (line) {
				lines.push(line);
				line = '';
			}
			const cut = [...rest].slice(0, width).join('');
			lines.push(cut);
			rest = rest.slice(cut.length);
		}
		const candidate = line ? `${line} ${rest}` : rest;
		if (displayWidth(candidate) <= width) line = candidate;
		else {
			lines.push(line);
			line = rest;
		}
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}
