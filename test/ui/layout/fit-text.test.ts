import {describe, expect, it} from 'vitest';
import {fitParagraphs, keepRows} from '../../../source/ui/layout/fit-text.js';
import {displayWidth} from '../../../source/ui/text/display-width.js';

describe('keepRows', () => {
	it('keeps every row when they fit, and ends the last kept row with … when some are left out', () => {
		expect(keepRows(['one', 'two'], 2, 10)).toEqual(['one', 'two']);
		expect(keepRows(['one', 'two', 'three'], 2, 10)).toEqual(['one', 'two…']);
		expect(keepRows(['0123456789', 'rest'], 1, 10)).toEqual(['012345678…']);
		expect(keepRows(['one'], 0, 10)).toEqual([]);
	});
});

describe('fitParagraphs', () => {
	const paragraphs = [
		{text: 'Cannot reach the Docker daemon', priority: 0},
		{text: 'Fix: Is dockerd running? Check that the socket exists and you may open it', priority: 3},
		{text: 'Retrying in 2s (attempt 4) …', priority: 1},
		{text: 'q quits', priority: 1},
	];

	it('wraps each paragraph into whole rows no wider than the box', () => {
		const rows = fitParagraphs(paragraphs, 38, 20);
		expect(rows[1]).toEqual(['Fix: Is dockerd running? Check that', 'the socket exists and you may open it']);
		for (const row of rows.flat()) expect(displayWidth(row)).toBeLessThanOrEqual(38);
	});

	it('in a box too small gives every paragraph a row in priority order first, then cuts the least important with …', () => {
		const rows = fitParagraphs(paragraphs, 38, 4);
		expect(rows).toEqual([['Cannot reach the Docker daemon'], ['Fix: Is dockerd running? Check that…'], ['Retrying in 2s (attempt 4) …'], ['q quits']]);
		expect(fitParagraphs(paragraphs, 38, 3)).toEqual([['Cannot reach the Docker daemon'], [], ['Retrying in 2s (attempt 4) …'], ['q quits']]);
		expect(fitParagraphs(paragraphs, 38, 0).flat()).toEqual([]);
	});
});
