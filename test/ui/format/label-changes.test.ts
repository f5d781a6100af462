// A label is formatted again only when its text can change: labelChangesAt must never be late
// (a stale "up 12m"), and is exact so a tick does no work for nothing.
import {describe, expect, it} from 'vitest';
import {formatAgo, formatDuration, labelChangesAt} from '../../../source/ui/format/durations.js';
import {containerRow, rowsInOrder} from '../../../source/ui/lists/container-rows.js';
import {seeded} from '../../support/seeded-random.js';
import {container} from '../fixtures.js';

describe('labelChangesAt', () => {
	it('the uptime and "ago" texts stay the same until then and change right then, at every scale', () => {
		const random = seeded(3);
		const since = 1_700_000_000_000;
		for (let index = 0; index < 3000; index++) {
			const age = Math.floor(random() ** 4 * 3 * 365 * 86_400_000) - 1500;
			const now = since + age;
			const at = labelChangesAt(since, now);
			expect(at).toBeGreaterThan(now);
			const texts = (time: number) => [formatDuration(time - since), formatAgo(since, time)].join('|');
			for (const probe of [now + 1, Math.floor((now + at) / 2), at - 1]) if (probe < at) expect(texts(probe)).toBe(texts(now));
			if (age >= 0) expect(texts(at)).not.toBe(texts(now));
		}
	});

	it("a tick formats again only the rows whose status it changes, and they show the new time", () => {
		const now = Date.now();
		const old = container({id: 'old', name: 'old', startedAt: now - 3 * 3_600_000 - 5000});
		const young = container({id: 'young', name: 'young', startedAt: now - 4500});
		const cache = new WeakMap();
		const first = rowsInOrder([old, young], now, cache);
		const later = rowsInOrder([old, young], now + 1000, cache);
		expect(later[0]).toBe(first[0]);
		expect(later[1]!.cells.status).toBe('up 5s');
		expect(later[1]!.cells.status).toBe(containerRow(young, now + 1000).cells.status);
		const hourLater = rowsInOrder([old, young], now + 3_600_000, cache);
		expect(hourLater[0]!.cells.status).toBe('up 4h');
	});
});
