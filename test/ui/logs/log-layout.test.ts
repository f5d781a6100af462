import {describe, expect, it} from 'vitest';
import {bottomTop, isAtBottom, moveTop, visibleRows, type Layout} from '../../../source/ui/logs/log-layout.js';

// entries of 1, 3, 1, 2, 1 rows = 8 rows
const heights = [1, 3, 1, 2, 1];
const layout = (height: number, list = heights): Layout => ({count: list.length, height, rowsOf: entry => list[entry]!});

describe('log layout', () => {
	it('shows the last rows when following, starting inside a wrapped entry if needed', () => {
		expect(bottomTop(layout(4))).toEqual({entry: 2, row: 0});
		expect(bottomTop(layout(5))).toEqual({entry: 1, row: 2});
		expect(bottomTop(layout(20))).toEqual({entry: 0, row: 0});
	});

	it('moves by rows through wrapped entries, clamped to the first row and the bottom', () => {
		expect(moveTop(layout(3), {entry: 0, row: 0}, 2)).toEqual({entry: 1, row: 1});
		expect(moveTop(layout(3), {entry: 1, row: 1}, -5)).toEqual({entry: 0, row: 0});
		expect(moveTop(layout(3), {entry: 0, row: 0}, 100)).toEqual(bottomTop(layout(3)));
		expect(isAtBottom(layout(3), moveTop(layout(3), {entry: 0, row: 0}, 100))).toBe(true);
	});

	it('lists the rows on screen', () => {
		expect(visibleRows(layout(4), {entry: 1, row: 1})).toEqual([{entry: 1, row: 1}, {entry: 1, row: 2}, {entry: 2, row: 0}, {entry: 3, row: 0}]);
	});

	it('handles an empty view', () => {
		expect(bottomTop(layout(5, []))).toEqual({entry: 0, row: 0});
		expect(visibleRows(layout(5, []), {entry: 0, row: 0})).toEqual([]);
	});
});
