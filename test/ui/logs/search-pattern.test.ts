import {describe, expect, it} from 'vitest';
import {compileSearch, matchRanges} from '../../../source/ui/logs/search-pattern.js';

describe('compileSearch', () => {
	it('ignores case for an all-lowercase query, not for one with capitals', () => {
		expect(compileSearch('error').pattern!.test.test('ERROR here')).toBe(true);
		expect(compileSearch('Error').pattern!.test.test('ERROR here')).toBe(false);
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
