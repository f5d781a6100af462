import {describe, expect, it} from 'vitest';
import {LineSplitter, type SplitLine} from '../../../source/store/logs/line-splitter.js';

function split(chunks: string[], max?: number): SplitLine[] {
	const splitter = new LineSplitter(max);
	const out: SplitLine[] = [];
	chunks.forEach((chunk, index) => splitter.push(chunk, index, out));
	splitter.flush(out);
	return out;
}

const texts = (chunks: string[], max?: number) => split(chunks, max).map(line => line.text);

describe('LineSplitter', () => {
	it('splits on newlines across any chunk boundary', () => {
		expect(texts(['one\ntw', 'o\nthr', 'ee\n'])).toEqual(['one', 'two', 'three']);
		expect(texts(['a', 'b', 'c', '\n', '\n', 'd\n'])).toEqual(['abc', '', 'd']);
	});

	it('keeps empty lines and a last line without a newline', () => {
		expect(texts(['\n\nx'])).toEqual(['', '', 'x']);
	});

	it('treats \\r\\n as one line end, also split between chunks', () => {
		expect(texts(['a\r\nb\r', '\nc\r\n'])).toEqual(['a', 'b', 'c']);
	});

	it('collapses lone \\r progress redraws to what was shown last', () => {
		expect(texts(['10%\r20%\r30%\r\n'])).toEqual(['30%']);
		expect(texts(['10%\r', '20%\r', '100%\n'])).toEqual(['100%']);
		expect(texts(['done\r\r\n'])).toEqual(['done']);
		expect(texts(['x\ry\rz\n'])).toEqual(['z']);
	});

	it('dates a line by the message that started it, a redraw by the message that redrew it', () => {
		const lines = split(['sta', 'rt\nnext', '\n', 'a\r', 'b\n']);
		expect(lines.map(line => [line.text, line.time])).toEqual([['start', 0], ['next', 1], ['b', 4]]);
	});

	it('cuts an over-long line, counting what it dropped, without keeping it', () => {
		const chunk = 'a'.repeat(64 * 1024);
		const chunks = [...Array.from({length: 16}, () => chunk), 'tail\nnext\n'];
		const lines = split(chunks, 1000);
		expect(lines).toHaveLength(2);
		expect(lines[0]!.text).toBe('a'.repeat(1000));
		expect(lines[0]!.cut).toBe(16 * 64 * 1024 + 4 - 1000);
		expect(lines[1]).toMatchObject({text: 'next', cut: 0});
	});

	it('shows the line still waiting for its newline', () => {
		const splitter = new LineSplitter();
		const out: SplitLine[] = [];
		splitter.push('50%\r60', 7, out);
		expect(out).toEqual([]);
		expect(splitter.pending()?.text).toBe('60');
	});
});

describe('LineSplitter.full', () => {
	it('says when the line in progress keeps nothing more, and skip() counts what was dropped', () => {
		const splitter = new LineSplitter(5);
		const out: SplitLine[] = [];
		splitter.push('abc', 0, out);
		expect(splitter.full).toBe(false);
		splitter.push('defg', 0, out);
		expect(splitter.full).toBe(true);
		splitter.skip(1000);
		splitter.push('xy\nnext\n', 0, out);
		expect(out).toEqual([{time: 0, text: 'abcde', cut: 2 + 1000 + 2}, {time: 0, text: 'next', cut: 0}]);
	});
});
