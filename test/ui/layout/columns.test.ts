import {describe, expect, it} from 'vitest';
import {layoutColumns, type ColumnSpec} from '../../../source/ui/layout/columns.js';
import {screenLayout} from '../../../source/ui/layout/screen-layout.js';
import {containerColumns} from '../../../source/ui/lists/container-rows.js';

const columns: ColumnSpec[] = [
	{id: 'name', title: 'NAME', priority: 0, min: 8, flex: true},
	{id: 'state', title: 'STATE', priority: 1, min: 7, max: 10},
	{id: 'image', title: 'IMAGE', priority: 3, min: 8, max: 30},
	{id: 'ports', title: 'PORTS', priority: 6, min: 8, max: 30},
];
const natural = {name: 20, state: 7, image: 25, ports: 12};
const total = (placed: Array<{width: number}>) => placed.reduce((sum, column) => sum + column.width, 0) + placed.length - 1;

describe('layoutColumns', () => {
	it('fits everything on a wide terminal and gives the spare width to the flexible column', () => {
		const placed = layoutColumns(columns, natural, 120);
		expect(placed.map(column => column.id)).toEqual(['name', 'state', 'image', 'ports']);
		expect(placed.find(column => column.id === 'image')!.width).toBe(25);
		expect(total(placed)).toBe(120);
	});

	it('drops low-priority columns first on narrow terminals and never overflows', () => {
		for (const width of [60, 40, 30, 20, 10, 3]) {
			const placed = layoutColumns(columns, natural, width);
			expect(total(placed)).toBeLessThanOrEqual(width);
			expect(placed[0]!.id).toBe('name');
		}
		expect(layoutColumns(columns, natural, 40).map(column => column.id)).toEqual(['name', 'state', 'image']);
		expect(layoutColumns(columns, natural, 20).map(column => column.id)).toEqual(['name', 'state']);
	});

	it('keeps names readable on narrow terminals: the name column gets up to 40 % first', () => {
		const placed = layoutColumns(columns, natural, 40);
		expect(placed.find(column => column.id === 'name')!.width).toBeGreaterThanOrEqual(16);
	});

	it('leaves out columns that are empty in every row', () => {
		const placed = layoutColumns(columns, {...natural, ports: 0}, 120);
		expect(placed.map(column => column.id)).toEqual(['name', 'state', 'image']);
	});
});

describe('layoutColumns with the containers table', () => {
	// a 35-character name, an unhealthy container, a crash loop with 12 restarts
	const natural = {symbol: 1, name: 35, state: 10, status: 'up 12m (unhealthy)'.length, image: 'dockhand-test/busybox:1'.length, exit: 1, project: 0, ports: 0, restarts: 2};
	const width = (placed: Array<{id: string; width: number}>, id: string) => placed.find(column => column.id === id)?.width;

	it('shows STATUS and RESTARTS whole before names grow (160 columns: an 80-cell list)', () => {
		const placed = layoutColumns(containerColumns, natural, 79);
		expect(width(placed, 'status')).toBe(natural.status);
		expect(width(placed, 'restarts')).toBe('RESTARTS'.length);
		expect(width(placed, 'state')).toBe(10);
		expect(total(placed)).toBeLessThanOrEqual(79);
	});

	it('never cuts the RESTARTS title on a wide terminal (230 columns: a 115-cell list)', () => {
		const placed = layoutColumns(containerColumns, natural, 114);
		expect(width(placed, 'restarts')).toBe('RESTARTS'.length);
		expect(width(placed, 'image')).toBe(natural.image);
	});

	it('still shows STATUS, cut, when it cannot be whole (40 columns)', () => {
		const placed = layoutColumns(containerColumns, natural, 39);
		expect(width(placed, 'status')).toBe(6);
		expect(total(placed)).toBeLessThanOrEqual(39);
	});
});

describe('screenLayout', () => {
	it('puts panes side by side when wide, stacked at 80×24, and one at a time at 40×12', () => {
		expect(screenLayout(200, 50, 'list').mode).toBe('side');
		const stacked = screenLayout(80, 24, 'list');
		expect(stacked.mode).toBe('stack');
		expect(stacked.list!.height + stacked.detail!.height + 1).toBe(stacked.body);
		expect(screenLayout(40, 12, 'list')).toMatchObject({mode: 'single', detail: null});
		expect(screenLayout(40, 12, 'detail')).toMatchObject({mode: 'single', list: null});
	});
});
