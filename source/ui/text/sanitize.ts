// One-line display text on top of the daemon-text boundary (source/text/inert-text.ts): log lines
// (which are not API objects and stay raw in the store) and labels laid out on one row, so tabs
// are expanded and newlines shown as ␊.
import {inertText} from '../../text/inert-text.js';

/** Text safe to print on one line: escape sequences removed, tabs expanded, controls made visible.
 * `column`: where the text starts on its line (tab stops count from the line's start). */
export function sanitizeLine(text: string, tabWidth = 4, column = 0): string {
	let out = inertText(text);
	if (out.includes('\t')) out = expandTabs(out, tabWidth, column);
	return out.includes('\n') ? out.replaceAll('\n', '\u240A') : out;
}

function expandTabs(text: string, tabWidth: number, startColumn: number): string {
	let out = '';
	let column = startColumn;
	for (const char of text) {
		if (char === '\t') {
			const pad = tabWidth - (column % tabWidth);
			out += ' '.repeat(pad);
			column += pad;
		} else {
			out += char;
			column += 1;
		}
	}
	return out;
}

/** For short labels (names, tags, keys): also turns tabs into a single space. */
export function sanitizeLabel(text: string): string {
	return sanitizeLine(text.replaceAll('\t', ' '));
}
