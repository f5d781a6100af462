import {describe, expect, it} from 'vitest';
import {compileSearch} from '../../../source/ui/logs/search-pattern.js';
import {filterIndices, MatchCache} from '../../../source/ui/logs/visible-lines.js';
import {logLine} from './fake-feed.js';

const source = (texts: string[]) => {
	const lines = texts.map((text, seq) => logLine(seq, text));
	return {count: lines.length, at: (index: number) => lines[index]!};
};

/** Lines with every one tested, and the cache that holds the results. */
const scanned = (texts: string[]): [ReturnType<typeof source>, MatchCache] => {
	const lines = source(texts);
	const cache = new MatchCache(compileSearch('err').pattern!);
	expect(cache.scan(lines, 1000)).toBe(0);
	return [lines, cache];
};

describe('filterIndices', () => {
	const texts = ['a', 'b', 'ERR 1', 'c', 'd', 'e', 'ERR 2', 'f', 'ERR 3', 'g'];

	it('keeps only matching lines', () => {
		expect(filterIndices(...scanned(texts), 0)).toEqual([2, 6, 8]);
	});

	it('adds context lines around each match without repeating any', () => {
		expect(filterIndices(...scanned(texts), 1)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
		expect(filterIndices(...scanned(texts), 5)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('tests each line object once', () => {
		const lines = source(texts);
		const cache = new MatchCache(compileSearch('err').pattern!);
		let tests = 0;
		const original = cache.pattern.test.test.bind(cache.pattern.test);
		cache.pattern.test.test = (text: string) => {
			tests++;
			return original(text);
		};
		cache.scan(lines, 1000);
		cache.scan(lines, 1000);
		filterIndices(lines, cache, 0);
		filterIndices(lines, cache, 2);
		expect(tests).toBe(texts.length);
	});
});

describe('MatchCache.scan', () => {
	it('tests lines newest first within its budget and picks up where it stopped', () => {
		const lines = source(Array.from({length: 1000}, (_, index) => `line ${index}${index % 100 === 0 ? ' err' : ''}`));
		const cache = new MatchCache(compileSearch('err').pattern!);
		expect(cache.scan(lines, 0)).toBe(1000);
		expect(filterIndices(lines, cache, 0)).toEqual([]);
		let left = 1000;
		while (left > 0) {
			const next = cache.scan(lines, 0.05);
			expect(next).toBeLessThanOrEqual(left);
			left = next;
			if (left > 0) expect(cache.known(lines.at(lines.count - 1))).toBe(false);
		}
		expect(filterIndices(lines, cache, 0)).toEqual(Array.from({length: 10}, (_, index) => index * 100));
	});
});
