// Colours and styles a program writes into its log, kept under a strict allow-list. Escape
// sequences are found exactly as the sanitiser finds them; an SGR one (ESC [ digits;… m) is parsed
// into a style — 16/256/true colours, bold, dim, italic, underline, inverse, strikethrough, and their
// resets — and Ink draws that style itself, so no sequence from the log ever reaches the terminal.
// Everything else (cursor moves, OSC, blink, conceal, fonts, C1 forms) is dropped as before.
import {ESCAPE_SEQUENCE} from '../../text/inert-text.js';
import {sanitizeLine} from '../text/sanitize.js';

export type LogStyle = {
	color?: string;
	backgroundColor?: string;
	bold?: true;
	dimColor?: true;
	italic?: true;
	underline?: true;
	inverse?: true;
	strikethrough?: true;
};

/** A run of the sanitised text, [start, end), drawn with `style`. */
export type StyledSpan = {start: number; end: number; style: LogStyle};

const strictSgr = /^\u001B\[([0-9;]*)m$/;
const names = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
const flags: Record<number, keyof LogStyle> = {1: 'bold', 2: 'dimColor', 3: 'italic', 4: 'underline', 7: 'inverse', 9: 'strikethrough'};
const resets: Record<number, Array<keyof LogStyle>> = {22: ['bold', 'dimColor'], 23: ['italic'], 24: ['underline'], 27: ['inverse'], 29: ['strikethrough'], 39: ['color'], 49: ['backgroundColor']};

const byte = (value: number | undefined) => value !== undefined && Number.isInteger(value) && value >= 0 && value <= 255;

/** An extended colour (38/48 ;5;n or ;2;r;g;b) starting at params[at]: the colour and how many params it took. */
function extendedColor(params: number[], at: number): {color: string; used: number} | null {
	if (params[at] === 5 && byte(params[at + 1])) return {color: `ansi256(${params[at + 1]})`, used: 2};
	if (params[at] === 2 && byte(params[at + 1]) && byte(params[at + 2]) && byte(params[at + 3])) return {color: `rgb(${params[at + 1]},${params[at + 2]},${params[at + 3]})`, used: 4};
	return null;
}

/** The style after one SGR sequence's parameters; anything outside the allow-list is ignored. */
export function applySgr(style: LogStyle, text: string): LogStyle {
	const params = text === '' ? [0] : text.split(';').map(part => (part === '' ? 0 : Number(part)));
	let next: LogStyle = {...style};
	for (let index = 0; index < params.length; index++) {
		const code = params[index]!;
		if (code === 0) next = {};
		else if (flags[code]) next[flags[code]] = true as never;
		else if (resets[code]) for (const key of resets[code]) delete next[key];
		else if (code >= 30 && code <= 37) next.color = names[code - 30];
		else if (code >= 40 && code <= 47) next.backgroundColor = names[code - 40];
		else if (code >= 90 && code <= 97) next.color = `${names[code - 90]}Bright`;
		else if (code >= 100 && code <= 107) next.backgroundColor = `${names[code - 100]}Bright`;
		else if (code === 38 || code === 48) {
			const extended = extendedColor(params, index + 1);
			if (!extended) break; // malformed: the rest of this sequence means nothing
			next[code === 38 ? 'color' : 'backgroundColor'] = extended.color;
			index += extended.used;
		}
	}
	return next;
}

const plain = (style: LogStyle) => Object.keys(style).length === 0;

/** Sanitised text of a raw log line and the styled runs of it (none when `colors` is off). */
export function styledLine(raw: string, colors: boolean): {text: string; spans: StyledSpan[]} {
	if (!colors || !raw.includes('\u001B[')) return {text: sanitizeLine(raw), spans: []};
	let text = '';
	const spans: StyledSpan[] = [];
	let style: LogStyle = {};
	let from = 0;
	const add = (piece: string) => {
		const clean = sanitizeLine(piece, 4, text.length);
		if (clean === '') return;
		const last = spans.at(-1);
		if (!plain(style)) {
			if (last && last.style === style && last.end === text.length) last.end += clean.length;
			else spans.push({start: text.length, end: text.length + clean.length, style});
		}
		text += clean;
	};
	for (const match of raw.matchAll(new RegExp(ESCAPE_SEQUENCE))) {
		add(raw.slice(from, match.index));
		from = match.index + match[0].length;
		const sgr = strictSgr.exec(match[0]);
		if (sgr) style = applySgr(style, sgr[1]!);
	}
	add(raw.slice(from));
	return {text, spans};
}
