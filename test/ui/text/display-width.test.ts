import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {displayWidth, fitCell, truncateEnd} from '../../../source/ui/text/display-width.js';

describe('displayWidth', () => {
	it('counts ASCII by length and wide graphemes as two cells', () => {
		expect(displayWidth('web-1')).toBe(5);
		expect(displayWidth('日本語')).toBe(6);
		expect(displayWidth('🐳')).toBe(2);
		expect(displayWidth('é')).toBe(1); // e + combining acute
		expect(displayWidth('👩‍💻x')).toBe(3); // one ZWJ emoji + x
	});

	it('agrees with string-width (what Ink measures frames with) across the BMP and the emoji planes (every third character)', () => {
		const disagree: string[] = [];
		const ranges: Array<[number, number]> = [[0xa0, 0xd7ff], [0xe000, 0xfffd], [0x1_f000, 0x1_faff], [0x2_0000, 0x2_0100]];
		for (const [low, high] of ranges) {
			for (let code = low; code <= high; code += 3) {
				const text = String.fromCodePoint(code);
				if (displayWidth(text) !== stringWidth(text)) disagree.push(code.toString(16));
			}
		}
		expect(disagree).toEqual([]);
	}, 120_000);
});

describe('truncateEnd', () => {
	it('leaves text that fits alone and cuts the rest with an ellipsis', () => {
		expect(truncateEnd('short', 10)).toBe('short');
		expect(truncateEnd('a-very-long-name', 8)).toBe('a-very-…');
		expect(truncateEnd('abc', 0)).toBe('');
	});

	it('never splits a wide character across the limit', () => {
		const cut = truncateEnd('日本語のコンテナ', 6);
		expect(cut).toBe('日本…');
		expect(displayWidth(cut)).toBeLessThanOrEqual(6);
		expect(displayWidth(truncateEnd('日本語のコンテナ', 7))).toBeLessThanOrEqual(7);
	});
});

describe('fitCell', () => {
	it('pads or cuts to exactly the width, by cells', () => {
		expect(fitCell('ab', 4)).toBe('ab  ');
		expect(fitCell('ab', 4, 'right')).toBe('  ab');
		expect(displayWidth(fitCell('日本語のコンテナ', 7))).toBe(7);
		expect(fitCell('abcdef', 4)).toBe('abc…');
	});
});
