import {describe, expect, it} from 'vitest';
import {inertText, inertValue, parseInert} from '../../source/text/inert-text.js';

describe('inertText', () => {
	it('drops OSC titles, hyperlinks and clipboard writes whole, CSI and C1 sequences too', () => {
		expect(inertText('a\u001B]0;title\u0007b\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\c\u001B]52;c;Zm9v\u0007d')).toBe('ablinkcd');
		expect(inertText('x\u001B[6ny\u009B21tz\u009D0;t\u009C.')).toBe('xyz.');
	});

	it('shows bidi controls (U+061C included) and other controls as pictures, keeps tab and newline', () => {
		expect(inertText('a\u061Cb\u202Ec\u2066d\u200Fe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
		expect(inertText('a\rb\u0008c\u0007d\u007Fe')).toBe('a\u240Db\u2408c\u2407d\u2421e');
		expect(inertText('a\tb\nc')).toBe('a\tb\nc');
	});

	it('returns the same string when there is nothing to do', () => {
		const text = 'plain — 漢字 🙂';
		expect(inertText(text)).toBe(text);
	});
});

describe('inertValue', () => {
	it('cleans every string of a parsed object, map keys included, and leaves other values alone', () => {
		const value = inertValue({Names: ['/a\u001B]0;t\u0007'], Labels: {'k\u202E': 'v\u009B2J'}, Size: 3, Tty: true, Health: null});
		expect(value).toEqual({Names: ['/a'], Labels: {'k\uFFFD': 'v'}, Size: 3, Tty: true, Health: null});
	});
});

describe('parseInert', () => {
	it('walks a body only when its JSON text could hold something to clean, and then cleans it', () => {
		const clean = {Names: ['/web'], Labels: {'<none>': 'a\tb\nc'}};
		expect(parseInert(JSON.stringify(clean))).toEqual(clean);
		expect(parseInert(JSON.stringify({Name: 'x\u001B]0;t\u0007', Other: 'y\u202E', Raw: 'z\u009B2J'}))).toEqual({Name: 'x', Other: 'y\uFFFD', Raw: 'z'});
		expect(parseInert('{"Status":"a\\rb","Key\\u061c":"\\u200f"}')).toEqual({Status: 'a\u240Db', 'Key\uFFFD': '\uFFFD'});
	});
});
