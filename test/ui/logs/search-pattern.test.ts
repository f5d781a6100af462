import {describe, expect, it} from 'vitest';
import {compileSearch, matchesText, matchRanges} from '../../../source/ui/logs/search-pattern.js';

describe('compileSearch', () => {
	it('ignores case for an all-lowercase query, not for one with capitals', () => {
		expect(matchesText('ERROR here', compileSearch('error').pattern!)).toBe(true);
		expect(matchesText('ERROR here', compileSearch('Error').pattern!)).toBe(false);
		expect(matchRanges('an ERROR', compileSearch('error').pattern!)).toEqual([[3, 8]]);
	});

	it('turns an invalid regex into an error message instead of throwing', () => {
		const result = compileSearch('a(b');
		expect(result.pattern).toBeNull();
		expect(result.error).toMatch(/^invalid regex: .*/);
	});

	it('has no pattern for an empty query', () => {
		expect(compileSearch('')).toEqual({pattern: null, error: null});
	});
});

describe('matchRanges', () => {
	it('finds every match and skips empty ones', () => {
		expect(matchRanges('an error, another error', compileSearch('error').pattern!)).toEqual([[3, 8], [18, 23]]);
		expect(matchRanges('abc', compileSearch('x*').pattern!)).toEqual([]);
	});

	it('is not thrown off by a previous search (global regex state)', () => {
		const pattern = compileSearch('a').pattern!;
		matchRanges('aaaa', pattern, 2);
		expect(matchRanges('a', pattern)).toEqual([[0, 1]]);
	});
});

describe('patterns that could freeze the program', () => {
	const hopeless = `${'a'.repeat(16 * 1024 - 1)}!`;

	it.each(['(.*a){20}', '(a)\\1', 'x(?=y)', '(?!a)b', 'a{100}'])('refuses %s with one line saying why', query => {
		const result = compileSearch(query);
		expect(result.pattern).toBeNull();
		expect(result.error).toMatch(/^refused: .*could run for minutes/);
		expect(result.error).not.toContain('\n');
	});

	it.each(['(a+)+$', '(a|aa)+$', '(a*)*b', '(\\w+\\s?)+$'])('runs %s over a 16 KB line that defeats backtracking in bounded time', query => {
		const {pattern, error} = compileSearch(query);
		expect(error).toBeNull();
		const started = performance.now();
		expect(matchesText(hopeless, pattern!)).toBe(false);
		matchRanges(hopeless, pattern!);
		// plain backtracking would take longer than the age of the universe here; this allows a loaded machine
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('still finds what ordinary patterns match, ignoring case by the smart-case rule', () => {
		expect(matchesText('GET /api 500 took 12ms', compileSearch('\\d+ms').pattern!)).toBe(true);
		expect(matchRanges('Straße İstanbul ERROR', compileSearch('error').pattern!)).toEqual([[16, 21]]);
	});
});
