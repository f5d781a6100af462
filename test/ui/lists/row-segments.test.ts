import {describe, expect, it} from 'vitest';
import type {PlacedColumn} from '../../../source/ui/layout/columns.js';
import {rowSegments} from '../../../source/ui/lists/row-segments.js';

const placed: PlacedColumn[] = [
	{id: 'symbol', title: ' ', priority: 0, min: 1, max: 1, width: 1},
	{id: 'name', title: 'NAME', priority: 0, min: 4, width: 6},
	{id: 'state', title: 'STATE', priority: 1, min: 7, width: 7},
	{id: 'cpu', title: 'CPU', priority: 5, min: 5, width: 5, align: 'right'},
];
const row = {id: 'a', cells: {symbol: '●', name: 'web', state: 'running', cpu: '2.5%'}, tones: {symbol: 'ok' as const, state: 'ok' as const}, search: 'web'};

describe('rowSegments', () => {
	it('joins the cells and gaps of one tone: the line reads the same, in a few runs', () => {
		const segments = rowSegments(row, placed, false, false);
		expect(segments.map(segment => segment.text).join('')).toBe(' ● web    running  2.5%');
		expect(segments).toEqual([{text: ' '}, {text: '●', tone: 'ok'}, {text: ' web    '}, {text: 'running', tone: 'ok'}, {text: '  2.5%'}]);
	});

	it('a selected row has no cell tones; a marked row starts with a bold *; an override replaces a cell and its tone', () => {
		expect(rowSegments(row, placed, true, false)).toEqual([{text: ' ● web    running  2.5%'}]);
		expect(rowSegments(row, placed, false, true)[0]).toEqual({text: '*', bold: true});
		const overridden = rowSegments(row, placed, false, false, {state: {text: 'stop…', tone: 'warn'}});
		expect(overridden).toContainEqual({text: 'stop…  ', tone: 'warn'});
	});
});
