import {describe, expect, it} from 'vitest';
import type {StatsFigures} from '../../../source/store/stats/stats-figures.js';
import {containerColumns, containerRows} from '../../../source/ui/lists/container-rows.js';
import {sortedColumns} from '../../../source/ui/lists/container-sort-columns.js';
import {nextSortKey, sortContainers, type ContainerSort} from '../../../source/ui/lists/container-sort.js';
import {container} from '../fixtures.js';

const now = Date.UTC(2026, 10, 28, 12);
const figures = (cpuPercent: number | null, memUsed: number | null): StatsFigures => ({
	at: now, cpuPercent, memUsed, memLimit: 1e9, memPercent: memUsed === null ? null : memUsed / 1e7, netRx: null, netTx: null, blkRead: null, blkWrite: null, pids: 1,
});
const list = [
	container({id: 'a', name: 'api', startedAt: now - 60_000, createdAt: now - 90_000}),
	container({id: 'b', name: 'batch', startedAt: now - 3_600_000, createdAt: now - 4_000_000}),
	container({id: 'c', name: 'cache', state: 'exited', exitCode: 0, finishedAt: now - 1000, createdAt: now - 10_000}),
	container({id: 'd', name: 'db', startedAt: now - 600_000, createdAt: now - 700_000}),
];
const stats = new Map([['a', figures(2, 50e6)], ['b', figures(90, 10e6)], ['d', figures(null, 300e6)]]);
const order = (sort: ContainerSort) => sortContainers(list, sort, stats).map(item => item.name);

describe('container sort', () => {
	it('o cycles name → state → CPU → MEM → created → uptime → name', () => {
		const seen = ['name'];
		for (let step = 0; step < 6; step += 1) seen.push(nextSortKey(seen.at(-1) as never));
		expect(seen).toEqual(['name', 'state', 'cpu', 'mem', 'created', 'uptime', 'name']);
	});

	it('orders busiest first for CPU and MEM; rows without a figure stay last, also reversed', () => {
		expect(order({key: 'cpu', reversed: false})).toEqual(['batch', 'api', 'cache', 'db']);
		expect(order({key: 'cpu', reversed: true})).toEqual(['api', 'batch', 'cache', 'db']);
		expect(order({key: 'mem', reversed: false})).toEqual(['db', 'api', 'batch', 'cache']);
	});

	it('orders by name, state, newest created and longest up', () => {
		expect(order({key: 'name', reversed: true})).toEqual(['db', 'cache', 'batch', 'api']);
		expect(order({key: 'state', reversed: false})).toEqual(['api', 'batch', 'db', 'cache']);
		expect(order({key: 'created', reversed: false})).toEqual(['cache', 'api', 'db', 'batch']);
		expect(order({key: 'uptime', reversed: false})).toEqual(['batch', 'db', 'api', 'cache']);
	});

	it('the sorted column header shows the direction', () => {
		const titles = (sort: ContainerSort) => sortedColumns(containerColumns, sort).map(column => column.title).filter(title => /[▲▼]/.test(title));
		expect(titles({key: 'name', reversed: false})).toEqual(['NAME▲']);
		expect(titles({key: 'cpu', reversed: false})).toEqual(['CPU▼']);
		expect(titles({key: 'mem', reversed: true})).toEqual(['MEM▲']);
		expect(titles({key: 'uptime', reversed: false})).toEqual(['UPTIME▼']);
		expect(titles({key: 'created', reversed: false})).toEqual(['CREATED▼']);
	});

	it('rows carry CPU and MEM for running containers only; an unknown CPU reads "–"; a new sample rebuilds only that row', () => {
		const cache = new WeakMap();
		const rows = containerRows(list, now, cache, {figures: stats});
		const cells = Object.fromEntries(rows.map(row => [row.cells.name, `${row.cells.cpu}|${row.cells.mem}`]));
		expect(cells).toEqual({api: '2.0%|50MB', batch: '90.0%|10MB', cache: '|', db: '–|300MB'});
		const next = containerRows(list, now, cache, {figures: new Map([...stats, ['a', figures(3, 50e6)]])});
		expect(next.find(row => row.id === 'a')).not.toBe(rows.find(row => row.id === 'a'));
		expect(next.find(row => row.id === 'b')).toBe(rows.find(row => row.id === 'b'));
	});
});
