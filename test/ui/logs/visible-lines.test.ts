import {describe, expect, it} from 'vitest';
import {compileSearch} from '../../../source/ui/logs/search-pattern.js';
import {filterIndices, MatchCache} from '../../../source/ui/logs/visible-lines.js';
import {logLine} from './fake-feed.js';

const source = (texts: string[]) => {
	const lines = texts.map((text, seq) => logLine(seq, text));
	return {count: lines.length, at: (index: number) => lines[index]!};
};

describe('filterIndices', () => {
	const texts = ['a', 'b', 'ERR 1', 'c', 'd', 'e', 'ERR 2', 'f', 'ERR 3', 'g'];

	it('keeps only matching lines', () => {
		expect(filterIndices(source(texts), new MatchCache(compileSearch('err').pattern!), 0)).toEqual([2, 6, 8]);
	});

	it('adds context lines around each match without repeating any', () => {
		expect(filterIndices(source(texts), new MatchCache(compileSearch('err').pattern!), 1)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
		expect(filterIndices(source(texts), new MatchCache(compileSearch('err').pattern!), 5)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
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
		filterIndices(lines, cache, 0);
		filterIndices(lines, cache, 2);
		expect(tests).toBe(texts.length);
	});
});
