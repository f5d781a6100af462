import {describe, expect, it} from 'vitest';
import {formatLineTime, layoutLine, prefixWidth, wrapCells, type LineFormat} from '../../../source/ui/logs/line-format.js';
import {logLine} from './fake-feed.js';

const format = (patch: Partial<LineFormat> = {}): LineFormat => ({width: 20, wrap: false, timestamps: false, showDate: false, nameWidth: 0, ...patch});

describe('layoutLine', () => {
	it('cuts to the width with an ellipsis when not wrapping', () => {
		const rows = layoutLine(logLine(0, 'x'.repeat(50)), format()).rows;
		expect(rows).toEqual([{text: `${'x'.repeat(18)}…`, start: 0}]);
	});

	it('wraps into rows of the text width', () => {
		const rows = layoutLine(logLine(0, 'abcdefghij'.repeat(4)), format({wrap: true})).rows;
		expect(rows.map(row => row.text)).toEqual(['abcdefghijabcdefghi', 'jabcdefghijabcdefgh', 'ij']);
		expect(rows.map(row => row.start)).toEqual([0, 19, 38]);
	});

	it('makes escape sequences inert and control bytes visible', () => {
		const {body} = layoutLine(logLine(0, 'red \u001B[31mtext\u001B[0m\u0007 \u001B]0;title\u0007ok\u0000'), format({width: 80}));
		expect(body).toBe('red text␇ ok␀');
		expect(body).not.toMatch(/\u001B/);
	});

	it('labels a line that was cut', () => {
		const layout = layoutLine(logLine(0, 'y'.repeat(100), {cut: 1_200_000}), format({width: 60}));
		expect(layout.cutLabel).toBe(' ⋯ kept 100 of 1.2M chars');
		expect(layout.rows[0]!.text.length + layout.cutLabel!.length).toBeLessThanOrEqual(60 - prefixWidth(format()));
	});

	it('wrapped, shows every character kept and says how many of the whole line those are', () => {
		// the splitter keeps 16,384 characters of a 204,800-character line
		const layout = layoutLine(logLine(0, 'w'.repeat(16_384), {cut: 204_800 - 16_384}), format({width: 101, wrap: true}));
		expect(layout.rows.map(row => row.text).join('')).toBe('w'.repeat(16_384));
		expect(layout.cutLabel).toBe(' ⋯ kept 16.4k of 204.8k chars');
	});

	it('adds time and name columns', () => {
		const line = logLine(0, 'hi', {time: new Date(2026, 0, 2, 3, 4, 5, 6).getTime()});
		const layout = layoutLine(line, format({timestamps: true, nameWidth: 6}), 'web');
		expect(layout.time).toBe('03:04:05.006 ');
		expect(layout.name).toBe('web    ');
		expect(formatLineTime(line.time, true)).toBe('01-02 03:04:05.006');
	});
});

describe('wrapCells', () => {
	it('never splits a wide character and counts it as two cells', () => {
		expect(wrapCells('日本語テキスト', 5).map(piece => piece.text)).toEqual(['日本', '語テ', 'キス', 'ト']);
	});
});

describe('layoutLine on long lines', () => {
	it('sanitises only the head it shows when not wrapping, still ending with an ellipsis', () => {
		const layout = layoutLine(logLine(0, `${'\u001B[1m'.repeat(10)}${'z'.repeat(20_000)}`), format());
		expect(layout.body.length).toBeLessThan(200);
		expect(layout.rows[0]!.text).toBe(`${'z'.repeat(18)}…`);
		// a head that is nearly all escapes falls back to the whole line
		const escapes = layoutLine(logLine(0, `${'\u001B[1m'.repeat(100)}${'q'.repeat(500)}`), format());
		expect(escapes.rows[0]!.text).toBe(`${'q'.repeat(18)}…`);
	});
});
