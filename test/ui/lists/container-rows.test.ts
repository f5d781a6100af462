import {describe, expect, it} from 'vitest';
import {containerRow, containerRows, containerStatus, stateSymbol} from '../../../source/ui/lists/container-rows.js';
import {imageRows} from '../../../source/ui/lists/image-rows.js';
import {compareNames, filterRows} from '../../../source/ui/lists/table-model.js';
import {container, image} from '../fixtures.js';

const now = Date.UTC(2026, 10, 26, 12);

describe('container rows', () => {
	it('show state as symbol and word, so it reads without colour', () => {
		const row = containerRow(container({id: 'a', name: 'web', state: 'exited', exitCode: 137, finishedAt: now - 120_000}), now);
		expect(row.cells.symbol).toBe('■');
		expect(row.cells.state).toBe('exited');
		expect(row.cells.status).toBe('2m ago');
		expect(row.cells.exit).toBe('137');
		expect(row.tones?.state).toBe('error');
		expect(stateSymbol('paused')).toBe('‖');
	});

	it('compute uptime from timestamps at render time, with health', () => {
		const running = container({id: 'a', name: 'web', startedAt: now - 3 * 3_600_000, health: 'healthy'});
		expect(containerStatus(running, now)).toBe('up 3h (healthy)');
		expect(containerStatus(running, now + 3_600_000)).toBe('up 4h (healthy)');
	});

	it('say a crash loop briefly: the exit code and when it last stopped, not the daemon\'s long frozen text', () => {
		const looping = container({id: 'a', name: 'loop', state: 'restarting', status: 'Restarting (3) Less than a second ago', finishedAt: now - 5_000});
		expect(containerStatus(looping, now)).toBe('exit 3 · 5s ago');
		expect(containerStatus({...looping, finishedAt: null}, now)).toBe('exit 3');
	});

	it('carry the compose project/service and sort names numerically', () => {
		const rows = containerRows([
			container({id: '1', name: 'shop-web-10', composeProject: 'shop', composeService: 'web'}),
			container({id: '2', name: 'shop-web-2', composeProject: 'shop', composeService: 'web'}),
		], now);
		expect(rows.map(row => row.cells.name)).toEqual(['shop-web-2', 'shop-web-10']);
		expect(rows[0]!.cells.project).toBe('shop/web');
	});

	it('keep a row object while its container and status text stay the same', () => {
		const web = container({id: 'a', name: 'web', startedAt: now - 3 * 3_600_000});
		const cache = new WeakMap();
		const [first] = containerRows([web], now, cache);
		expect(containerRows([web], now + 5000, cache)[0]).toBe(first);
		expect(containerRows([web], now + 3_600_000, cache)[0]).not.toBe(first);
		expect(containerRows([{...web, state: 'paused'}], now, cache)[0]).not.toBe(first);
	});

	it('make hostile names inert', () => {
		const row = containerRow(container({id: 'a', name: 'evil\u001B]0;pwned\u0007\u001B[31mred\r\n', image: 'x\u001B[2Jy'}), now);
		expect(row.cells.name).not.toMatch(/\u001B|\u0007|\r|\n/);
		expect(row.cells.name).toContain('red');
		expect(row.cells.image).toBe('xy');
	});

	it('are found by the filter by name, image or project, case-insensitive', () => {
		const rows = containerRows([
			container({id: '1', name: 'api', image: 'node:22'}),
			container({id: '2', name: 'db', image: 'postgres:16', composeProject: 'Shop', composeService: 'db'}),
		], now);
		expect(filterRows(rows, 'POSTGRES').map(row => row.id)).toEqual(['2']);
		expect(filterRows(rows, 'shop db').map(row => row.id)).toEqual(['2']);
		expect(filterRows(rows, '')).toBe(rows);
	});
});

describe('image rows', () => {
	it('show the first tag with a count of more, and put dangling images last', () => {
		const rows = imageRows([
			image({id: 'sha256:0123456789abcdef', tags: [], dangling: true}),
			image({id: 'sha256:fedcba9876543210', tags: ['busybox:1', 'busybox:latest'], containers: 2}),
		], now);
		expect(rows.map(row => row.cells.tag)).toEqual(['busybox:1 +1', '<none>:<none>']);
		expect(rows[0]!.cells.id).toBe('fedcba987654');
		expect(rows[0]!.cells.used).toBe('2');
		expect(rows[0]!.cells.size).toBe('1.98MB');
	});
});

describe('compareNames', () => {
	it('orders names naturally and ignores case first', () => {
		const names = ['web-10', 'Web-2', 'web-2', 'api', 'web-02x', 'web-1', 'db', 'web'];
		expect([...names].sort(compareNames)).toEqual(['api', 'db', 'web', 'web-1', 'Web-2', 'web-2', 'web-02x', 'web-10']);
		expect(compareNames('a9', 'a10')).toBeLessThan(0);
		expect(compareNames('same', 'same')).toBe(0);
	});
});
