import {describe, expect, it} from 'vitest';
import {sanitizeLabel, sanitizeLine} from '../../../source/ui/text/sanitize.js';

// eslint-disable-next-line no-control-regex
const anyControl = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/;

describe('sanitizeLine', () => {
	it('keeps plain text and unicode as it is', () => {
		expect(sanitizeLine('hello wörld 日本 ✓')).toBe('hello wörld 日本 ✓');
	});

	it('drops colour, cursor and erase sequences whole', () => {
		expect(sanitizeLine('\u001B[31mred\u001B[0m \u001B[2J\u001B[H\u001B[10;5Hx')).toBe('red x');
	});

	it('drops OSC titles and hyperlinks terminated by BEL or ST', () => {
		expect(sanitizeLine('a\u001B]0;pwned\u0007b')).toBe('ab');
		expect(sanitizeLine('\u001B]8;;http://evil\u001B\\link\u001B]8;;\u001B\\')).toBe('link');
	});

	it('drops DCS and 8-bit CSI', () => {
		expect(sanitizeLine('x\u001BPq#0;2;0;0;0\u001B\\y')).toBe('xy');
		expect(sanitizeLine('x\u009B31my')).toBe('xy');
	});

	it('an unterminated OSC cannot swallow the terminal: it is removed, no ESC survives', () => {
		const out = sanitizeLine('before\u001B]0;never ends');
		expect(out).toBe('before');
	});

	it('turns other controls into visible pictures', () => {
		expect(sanitizeLine('a\u0007b\u0008c\rd\u0000')).toBe('a␇b␈c␍d␀');
		expect(sanitizeLine('bidi\u202Eevil')).toBe('bidi\uFFFDevil');
	});

	it('expands tabs to the next stop', () => {
		expect(sanitizeLine('a\tbc\td', 4)).toBe('a   bc  d');
	});

	it('never lets ESC or a C0/C1 control through, whatever the input', () => {
		const nasty = ['\u001B', '\u001B[', '\u001B]', '\u009B', '\u009D', '\u0090', '\u001B[?1049h', '\u001Bc', '\u001B(0', '\u0085', '\u001B[6n'];
		for (const a of nasty) for (const b of nasty) {
			const out = sanitizeLine(`x${a}y${b}z`);
			expect(out).not.toMatch(anyControl);
		}
	});
});

describe('sanitizeLabel', () => {
	it('makes a hostile container name inert and one line', () => {
		expect(sanitizeLabel('web\u001B[2J\n\tevil')).toBe('web␊ evil');
	});
});
