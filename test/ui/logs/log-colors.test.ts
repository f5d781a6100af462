import {describe, expect, it} from 'vitest';
import {applySgr, styledLine} from '../../../source/ui/logs/log-colors.js';

describe('styledLine', () => {
	it('keeps SGR colours and styles as runs over the plain text', () => {
		expect(styledLine('\u001B[31mred\u001B[0m plain \u001B[1;4mbold\u001B[22m under\u001B[m', true)).toEqual({
			text: 'red plain bold under',
			spans: [
				{start: 0, end: 3, style: {color: 'red'}},
				{start: 10, end: 14, style: {bold: true, underline: true}},
				{start: 14, end: 20, style: {underline: true}},
			],
		});
	});

	it('reads bright, background, 256 and true colours, and their resets', () => {
		expect(applySgr({}, '91;104')).toEqual({color: 'redBright', backgroundColor: 'blueBright'});
		expect(applySgr({}, '38;5;208;48;2;10;20;30')).toEqual({color: 'ansi256(208)', backgroundColor: 'rgb(10,20,30)'});
		expect(applySgr({color: 'red', backgroundColor: 'blue', italic: true, inverse: true, strikethrough: true, dimColor: true}, '39;49;23;27;29;22')).toEqual({});
	});

	it('ignores what is not on the allow-list: blink, conceal, fonts, malformed extended colours', () => {
		expect(applySgr({}, '5;6;8;11;53')).toEqual({});
		expect(applySgr({}, '38;5;999')).toEqual({});
		expect(applySgr({}, '38;2;1;2')).toEqual({});
	});

	it('drops every other sequence mixed in with colours: OSC titles, hyperlinks, clipboard, cursor moves, C1 forms', () => {
		const hostile = '\u001B[32m\u001B]0;PWNED\u0007ok\u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007\u001B[2J\u001B[5A\u001B]52;c;UFdO\u0007\u009B31mc1\u009D0;t\u009C\u001B[?1049h done\u001B[0m\u0007';
		const {text, spans} = styledLine(hostile, true);
		expect(text).toBe('oklinkc1 done\u2407');
		expect(spans).toEqual([{start: 0, end: 13, style: {color: 'green'}}]);
	});

	it('keeps tab stops across colour changes', () => {
		expect(styledLine('a\u001B[31mb\tc', true).text).toBe('ab  c');
	});

	it('with colours off: the plain sanitised text and no runs', () => {
		expect(styledLine('\u001B[31mred\u001B[0m\u001B]0;t\u0007', false)).toEqual({text: 'red', spans: []});
	});
});
