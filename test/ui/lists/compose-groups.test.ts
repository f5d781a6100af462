import {describe, expect, it} from 'vitest';
import {groupRows, projectMembers, projectOfRow, projectRowId, updateGrouped} from '../../../source/ui/lists/compose-groups.js';
import {containerRows} from '../../../source/ui/lists/container-rows.js';
import type {StatsFigures} from '../../../source/store/stats/stats-figures.js';
import {container} from '../fixtures.js';

const now = Date.UTC(2026, 10, 28, 12);
const member = (id: string, name: string, service: string, state: 'running' | 'exited' = 'running') =>
	container({id, name, state, composeProject: 'shop', composeService: service, labels: {'com.docker.compose.project.working_dir': '/srv/shop'}});
const list = [
	container({id: 'a', name: 'alpha'}),
	member('w', 'shop-web-1', 'web'),
	member('d', 'shop-db-1', 'db', 'exited'),
	container({id: 'z', name: 'zulu'}),
];
const grouped = (folded: ReadonlySet<string> = new Set()) => {
	const byId = new Map(list.map(item => [item.id, item]));
	return groupRows(containerRows(list, now).map(row => ({container: byId.get(row.id)!, row})), folded);
};

describe('compose grouping', () => {
	it('puts a project row (running/total, working dir) above its containers, named by service; others stay as they are', () => {
		const rows = grouped();
		expect(rows.map(row => row.cells.name)).toEqual(['alpha', 'shop', '  db · shop-db-1', '  web · shop-web-1', 'zulu']);
		const project = rows[1]!;
		expect(project.id).toBe(projectRowId('shop'));
		expect(project.cells).toMatchObject({symbol: '▾', state: '1/2', status: '/srv/shop'});
		expect(projectOfRow(project.id)).toBe('shop');
		expect(projectOfRow('w')).toBeNull();
		expect(projectMembers(list, 'shop')).toEqual(['w', 'd']);
	});

	it('a folded project is its one row', () => {
		const rows = grouped(new Set(['shop']));
		expect(rows.map(row => row.cells.name)).toEqual(['alpha', 'shop', 'zulu']);
		expect(rows[1]!.cells.symbol).toBe('▸');
	});

	it('the filter finds a project by its services and container names', () => {
		expect(grouped()[1]!.search).toContain('shop-web-1');
		expect(grouped()[1]!.search).toContain('db');
	});
});

describe('updateGrouped', () => {
	const byPosition = (rows: ReturnType<typeof containerRows>) => list.map(item => rows.find(row => row.id === item.id)!);
	it('puts new rows of a sample in place and equals grouping again; folded members stay away', () => {
		const cache = new WeakMap();
		for (const folded of [new Set<string>(), new Set(['shop'])]) {
			const rows = byPosition(containerRows(list, now));
			const first = updateGrouped(null, list, rows, folded, cache);
			expect(first.rows).toEqual(groupRows(list.map((item, index) => ({container: item, row: rows[index]!})), folded));
			// a CPU/MEM sample for a plain container and a project member
			const sample = {cpuPercent: 12.5, memUsed: 3_000_000, memLimit: 8_000_000, memPercent: 37.5} as StatsFigures;
			const later = byPosition(containerRows(list, now, undefined, {figures: new Map([['a', sample], ['w', sample]])}));
			const updated = updateGrouped(first, list, later, folded, cache);
			expect(updated.rows).toEqual(groupRows(list.map((item, index) => ({container: item, row: later[index]!})), folded));
			expect(updated.rows).not.toEqual(first.rows);
			// the project row is not made again
			expect(updated.rows[1]).toBe(first.rows[1]);
			expect(updateGrouped(updated, list, later, folded, cache)).toBe(updated);
		}
	});
});
