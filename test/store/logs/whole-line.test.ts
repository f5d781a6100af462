import {describe, expect, it} from 'vitest';
import {decodeUtf8, wholeLineText} from '../../../source/store/logs/whole-line.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('wholeLineText', () => {
	it('gives the text of exactly one line ending in \\n or \\r\\n', () => {
		expect(wholeLineText(bytes('hello\n'), 0, 6, 100)).toBe('hello');
		expect(wholeLineText(bytes('hello\r\n'), 0, 7, 100)).toBe('hello');
		expect(wholeLineText(bytes('\n'), 0, 1, 100)).toBe('');
		expect(wholeLineText(bytes('\r\n'), 0, 2, 100)).toBe('');
		expect(wholeLineText(bytes('xxhéllo ✓\nyy'), 2, 13, 100)).toBe('héllo ✓');
	});

	it('leaves everything else to the line splitter', () => {
		expect(wholeLineText(bytes('no newline'), 0, 10, 100)).toBeUndefined();
		expect(wholeLineText(bytes(''), 0, 0, 100)).toBeUndefined();
		expect(wholeLineText(bytes('two\nlines\n'), 0, 10, 100)).toBeUndefined();
		expect(wholeLineText(bytes('10%\r20%\n'), 0, 8, 100)).toBeUndefined();
		expect(wholeLineText(bytes('done\r\r\n'), 0, 7, 100)).toBeUndefined();
		expect(wholeLineText(bytes('\r'), 0, 1, 100)).toBeUndefined();
		expect(wholeLineText(bytes('12345\n'), 0, 6, 4)).toBeUndefined(); // over the limit: cut by the splitter
		expect(wholeLineText(bytes('1234\n'), 0, 5, 4)).toBe('1234');
		expect(wholeLineText(bytes('€€€€€\n'), 0, 16, 4)).toBeUndefined(); // 15 bytes, 5 characters
		expect(wholeLineText(bytes('€€€€\n'), 0, 13, 4)).toBe('€€€€'); // 12 bytes, 4 characters: decoded, kept
	});
});

describe('decodeUtf8', () => {
	it('decodes as TextDecoder does, invalid bytes included, from a Buffer or any Uint8Array view', () => {
		let seed = 12345;
		const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		const interesting = [0x00, 0x0a, 0x0d, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
		const reference = new TextDecoder('utf-8', {ignoreBOM: true});
		for (let round = 0; round < 20_000; round++) {
			const length = 1 + Math.floor(next() * 10);
			const backing = new Uint8Array(length + 4);
			for (let index = 0; index < backing.length; index++) backing[index] = next() < 0.8 ? interesting[Math.floor(next() * interesting.length)]! : Math.floor(next() * 256);
			const view = backing.subarray(2, 2 + length); // a view at an offset, as a frame lies in a chunk
			const expected = reference.decode(view);
			expect(decodeUtf8(view, 0, length), [...view].join(',')).toBe(expected);
			expect(decodeUtf8(Buffer.from(backing), 2, 2 + length)).toBe(expected);
		}
		expect(decodeUtf8(bytes('\uFEFFbom'), 0, 6)).toBe('\uFEFFbom'); // kept: only a stream's first decode drops it
	});
});
