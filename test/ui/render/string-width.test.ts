import realStringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import stringWidth, {isSimpleText} from '../../../source/ui/render/string-width.js';
import {randomPlain, randomStyled, seeded} from './random-text.js';

describe('fast string width', () => {
	it('gives string-width’s answer for thousands of mixed strings (ASCII, boxes, CJK, emoji, marks, styles)', () => {
		const random = seeded(7);
		for (let round = 0; round < 4000; round++) {
			const text = round % 2 === 0 ? randomPlain(random, 40) : randomStyled(random, 4);
			expect(stringWidth(text), JSON.stringify(text)).toBe(realStringWidth(text));
		}
	});

	it('measures printable text and the UI’s narrow glyphs by length', () => {
		expect(isSimpleText('line 42 │ ● running ▸ …')).toBe(true);
		expect(stringWidth('line 42 │ ● running ▸ …')).toBe(23);
		expect(stringWidth('\u001B[2m12:00:00.000\u001B[22m line │')).toBe(realStringWidth('\u001B[2m12:00:00.000\u001B[22m line │'));
	});

	it('sends wide, combining, joined and control characters to string-width', () => {
		for (const text of ['日本', '🐳', 'e\u0301', 'a\u200db', '\u1100\u1161', 'a\tb', '\u001B[1mx\u001B[22m', '◽']) {
			expect(isSimpleText(text), JSON.stringify(text)).toBe(false);
			expect(stringWidth(text)).toBe(realStringWidth(text));
		}
	});

	it('passes options through', () => {
		expect(stringWidth('\u001B[1mx\u001B[22m', {countAnsiEscapeCodes: true})).toBe(realStringWidth('\u001B[1mx\u001B[22m', {countAnsiEscapeCodes: true}));
		expect(stringWidth('±', {ambiguousIsNarrow: false})).toBe(realStringWidth('±', {ambiguousIsNarrow: false}));
	});
});
