import {describe, expect, it} from 'vitest';
import {fitPath} from '../../../source/ui/format/fit-path.js';

describe('fitPath', () => {
	const path = '/home/ana/projects/dockhand/logs/dockhand-bigline-20261128-215959.log';

	it('keeps a path that fits, with the home folder as ~', () => {
		expect(fitPath(path, 200)).toBe(path);
		expect(fitPath(path, 200, '/home/ana')).toBe('~/projects/dockhand/logs/dockhand-bigline-20261128-215959.log');
		expect(fitPath('/home/anab/x.log', 200, '/home/ana')).toBe('/home/anab/x.log');
	});

	it('drops the folders nearest the root first and keeps the file name whole', () => {
		expect(fitPath(path, 52, '/home/ana')).toBe('~/…/logs/dockhand-bigline-20261128-215959.log');
		expect(fitPath(path, 46)).toBe('/…/logs/dockhand-bigline-20261128-215959.log');
		expect(fitPath(path, 40)).toBe('/…/dockhand-bigline-20261128-215959.log');
		for (const width of [30, 46, 52, 60]) expect(fitPath(path, width).length).toBeLessThanOrEqual(width);
	});

	it('cuts the file name only when nothing else is left', () => {
		expect(fitPath(path, 20)).toBe('…/dockhand-bigline-…');
	});
});
