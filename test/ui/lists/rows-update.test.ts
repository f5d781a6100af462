// The list's rows are brought up to date with the work the change needs, not a pass over every row.
import {describe, expect, it} from 'vitest';
import type {StatsFigures} from '../../../source/store/stats/stats-figures.js';
import type {Container} from '../../../source/store/types.js';
import {containerRow, type RowCache} from '../../../source/ui/lists/container-rows.js';
import {updateRows} from '../../../source/ui/lists/rows-update.js';
import {container} from '../fixtures.js';

const figures = (cpu: number): StatsFigures => ({cpuPercent: cpu, memUsed: 1_000_000, memLimit: 8_000_000, memPercent: 12.5}) as StatsFigures;

/** Containers that count how often their fields are read (a row built or checked reads them). */
function counted(count: number, now: number) {
	const reads = new Map<string, number>();
	const list = Array.from({length: count}, (_, index) => {
		const id = `c${index}`;
		const plain = container({id, name: `svc-${index}`, startedAt: now - 3 * 3_600_000 - index * 1000});
		// the id is not counted: it is what a row is found by
		return new Proxy(plain, {get: (target, key) => (key !== 'id' && reads.set(id, (reads.get(id) ?? 0) + 1), target[key as keyof Container])});
	});
	return {list, reads};
}

describe('updateRows', () => {
	it('a new sample rebuilds only its own rows; a tick before any status is due touches no row', () => {
		const now = Date.now();
		const {list, reads} = counted(1000, now);
		const cache: RowCache = new WeakMap();
		const own = figures(1);
		const first = updateRows(null, list, now, cache, new Map([['c1', own]]));
		reads.clear();
		const sampled = updateRows(first, list, now + 100, cache, new Map([['c1', own], ['c7', figures(42)]]));
		expect([...reads.keys()]).toEqual(['c7']);
		expect(sampled.rows[7]!.cells.cpu).toBe(containerRow(list[7]!, now, figures(42)).cells.cpu);
		expect(sampled.rows.filter((row, index) => row !== first.rows[index])).toHaveLength(1);
		reads.clear();
		const ticked = updateRows(sampled, list, now + 200, cache, sampled.figures);
		expect(ticked).toBe(sampled);
		expect(reads.size).toBe(0);
	});

	it('once a status text is due, the rows show the new time', () => {
		const now = Date.now();
		const young = container({id: 'y', name: 'young', startedAt: now - 4500});
		const old = container({id: 'o', name: 'old', startedAt: now - 7_200_000});
		const cache: RowCache = new WeakMap();
		const first = updateRows(null, [old, young], now, cache, new Map());
		expect(first.rows[1]!.cells.status).toBe('up 4s');
		const later = updateRows(first, [old, young], now + 600, cache, new Map());
		expect(later.rows[1]!.cells.status).toBe('up 5s');
		expect(later.rows[0]).toBe(first.rows[0]);
	});
});

describe('updateRows, work by what changed', () => {
	it('a tick rebuilds only the rows whose status text it changes, not a pass over all of them', () => {
		const now = Date.now();
		const {list, reads} = counted(1000, now);
		const young = container({id: 'young', name: 'young', startedAt: now - 4500});
		const ordered = [...list.slice(0, 500), new Proxy(young, {get: (target, key) => (reads.set('young', (reads.get('young') ?? 0) + 1), target[key as keyof Container])}), ...list.slice(500)];
		const cache: RowCache = new WeakMap();
		const first = updateRows(null, ordered, now, cache, new Map());
		expect(first.rows[500]!.cells.status).toBe('up 4s');
		reads.clear();
		const ticked = updateRows(first, ordered, now + 600, cache, first.figures);
		expect([...reads.keys()]).toEqual(['young']);
		expect(ticked.rows[500]!.cells.status).toBe('up 5s');
		expect(ticked.rows.filter((row, index) => row !== first.rows[index])).toHaveLength(1);
		// and the next change is the young row's next second, not now
		expect(updateRows(ticked, ordered, now + 700, cache, ticked.figures)).toBe(ticked);
	});

	it('a new order of the same containers and samples formats nothing again', () => {
		const now = Date.now();
		const {list, reads} = counted(300, now);
		const cache: RowCache = new WeakMap();
		const samples = new Map(list.map((item, index) => [item.id, figures(index / 10)]));
		const first = updateRows(null, list, now, cache, samples);
		reads.clear();
		const reversed = updateRows(first, [...list].reverse(), now + 100, cache, samples);
		expect(reads.size).toBe(0);
		expect(reversed.rows).toEqual([...first.rows].reverse());
		expect(reversed.rows.every(row => first.rows.includes(row))).toBe(true);
	});

	it('a new order array with the very same rows keeps the rows array (nothing made from it is made again)', () => {
		const now = Date.now();
		const {list} = counted(50, now);
		const cache: RowCache = new WeakMap();
		const first = updateRows(null, list, now, cache, new Map());
		expect(updateRows(first, [...list], now + 100, cache, new Map()).rows).toBe(first.rows);
	});
});
