// The list redraws only what changed: a row whose text changed (a clock tick, a new CPU figure)
// is rendered again, the other rows on screen are not, unless the column layout itself changed.
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {ListTable, type ListTableProps} from '../../../source/ui/components/list-table.js';
import type {ColumnSpec} from '../../../source/ui/layout/columns.js';
import type {TableRow} from '../../../source/ui/lists/table-model.js';
import {renderInk, type InkHarness} from '../../support/ink.js';

const columns: ColumnSpec[] = [
	{id: 'name', title: 'NAME', priority: 0, min: 8, max: 30, flex: true},
	{id: 'status', title: 'STATUS', priority: 1, min: 6, max: 20, whole: true},
];

let harness: InkHarness | undefined;
afterEach(() => {
	harness?.unmount();
	harness = undefined;
});

/** A row whose cells count how often they are read (a row is read only when it is rendered). */
function countedRow(id: string, status: string, reads: Map<string, number>): TableRow {
	const cells = new Proxy({name: id, status} as Record<string, string>, {
		get(target, key) {
			if (typeof key === 'string') reads.set(id, (reads.get(id) ?? 0) + 1);
			return target[key as string];
		},
	});
	return {id, cells, search: id};
}

describe('ListTable', () => {
	it('renders again only the row whose text changed when the columns keep their widths', async () => {
		const reads = new Map<string, number>();
		const rows = Array.from({length: 10}, (_, index) => countedRow(`svc-${index}`, `up ${index + 10}m`, reads));
		const view = (list: TableRow[]) => <ListTable columns={columns} rows={list} width={60} height={12} selectedIndex={0} focused />;
		harness = await renderInk(view(rows), {columns: 60, rows: 12});
		await harness.waitFor(/svc-9 +up 19m/);
		reads.clear();
		const next = [...rows];
		next[4] = countedRow('svc-4', 'up 15m', reads); // same width: the layout stays
		harness.instance.rerender(view(next));
		await harness.waitFor(/svc-4 +up 15m/);
		expect([...reads.keys()].filter(id => id !== 'svc-4')).toEqual([]);
		// a wider status widens its column: every row is laid out again
		reads.clear();
		next[5] = countedRow('svc-5', 'up 16m (unhealthy)', reads);
		harness.instance.rerender(view([...next]));
		await harness.waitFor(/svc-5 +up 16m \(unhealthy\)/);
		expect(reads.has('svc-0')).toBe(true);
	});

	it('runs a row decorator only for the rows that changed', async () => {
		const decorated = new Map<string, number>();
		const Decorator: NonNullable<ListTableProps['RowDecorator']> = ({row, children}) => {
			decorated.set(row.id, (decorated.get(row.id) ?? 0) + 1);
			return <>{children(undefined)}</>;
		};
		const reads = new Map<string, number>();
		const rows = Array.from({length: 10}, (_, index) => countedRow(`svc-${index}`, `up ${index + 10}m`, reads));
		const view = (list: TableRow[]) => <ListTable columns={columns} rows={list} width={60} height={12} selectedIndex={0} focused RowDecorator={Decorator} />;
		harness = await renderInk(view(rows), {columns: 60, rows: 12});
		await harness.waitFor(/svc-9 +up 19m/);
		decorated.clear();
		const next = [...rows];
		next[3] = countedRow('svc-3', 'up 14m', reads);
		harness.instance.rerender(view(next));
		await harness.waitFor(/svc-3 +up 14m/);
		expect([...decorated.keys()]).toEqual(['svc-3']);
	});
});
