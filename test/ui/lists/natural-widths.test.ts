// Column widths kept up to date by measuring only the rows that changed must equal measuring all.
import {describe, expect, it} from 'vitest';
import type {ColumnSpec} from '../../../source/ui/layout/columns.js';
import {naturalWidths, updateNaturalWidths, type TableRow} from '../../../source/ui/lists/table-model.js';

const columns: ColumnSpec[] = [
	{id: 'name', title: 'NAME', priority: 0, min: 4, max: 40},
	{id: 'cpu', title: 'CPU', priority: 1, min: 4, max: 8},
];

let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const row = (index: number): TableRow => ({id: `r${index}`, cells: {name: 'x'.repeat(1 + Math.floor(random() * 30)), cpu: `${(random() * 200).toFixed(1)}%`}, search: ''});

describe('updateNaturalWidths', () => {
	it('equals measuring every row, over many rounds of a few changed rows (widest ones shrinking too)', () => {
		let rows = Array.from({length: 200}, (_, index) => row(index));
		let memo = updateNaturalWidths(null, columns, rows);
		for (let round = 0; round < 300; round++) {
			rows = [...rows];
			for (let change = 0; change < 1 + Math.floor(random() * 5); change++) rows[Math.floor(random() * rows.length)] = row(round);
			// now and then the widest row of a column becomes narrow
			if (round % 7 === 0) {
				const widest = rows.findIndex(item => item.cells.name!.length === memo.widths.name);
				if (widest >= 0) rows[widest] = {...rows[widest]!, cells: {name: 'y', cpu: '1%'}};
			}
			memo = updateNaturalWidths(memo, columns, rows);
			expect(memo.widths).toEqual(naturalWidths(columns, rows));
		}
	});

	it('keeps the widths object while no width changes, so the layout is not worked out again', () => {
		const rows = [{id: 'a', cells: {name: 'abcdef', cpu: '10.0%'}, search: ''}, {id: 'b', cells: {name: 'ab', cpu: '2.0%'}, search: ''}];
		const memo = updateNaturalWidths(null, columns, rows);
		const next = updateNaturalWidths(memo, columns, [rows[0]!, {id: 'b', cells: {name: 'abc', cpu: '3.0%'}, search: ''}]);
		expect(next.widths).toBe(memo.widths);
		const wider = updateNaturalWidths(next, columns, [rows[0]!, {id: 'b', cells: {name: 'abcdefgh', cpu: '3.0%'}, search: ''}]);
		expect(wider.widths).toEqual({name: 8, cpu: 5});
	});
});
