import {describe, expect, it} from 'vitest';
import {movedIndex, resolveSelection, windowTop} from '../../../source/ui/lists/list-window.js';

describe('windowTop', () => {
	it('scrolls only as far as needed to keep the selection visible', () => {
		expect(windowTop(0, 1000, 10, 0)).toBe(0);
		expect(windowTop(9, 1000, 10, 0)).toBe(0);
		expect(windowTop(10, 1000, 10, 0)).toBe(1);
		expect(windowTop(500, 1000, 10, 1)).toBe(491);
		expect(windowTop(495, 1000, 10, 491)).toBe(491);
		expect(windowTop(3, 1000, 10, 491)).toBe(3);
		expect(windowTop(999, 1000, 10, 0)).toBe(990);
	});

	it('shows from the top when everything fits, and clamps after rows vanish', () => {
		expect(windowTop(4, 5, 10, 3)).toBe(0);
		expect(windowTop(19, 20, 10, 50)).toBe(10);
	});
});

describe('selection', () => {
	it('follows the id when rows move, and falls back to the old position when the row vanished', () => {
		expect(resolveSelection(['a', 'b', 'c'], 'c', 0)).toBe(2);
		expect(resolveSelection(['a', 'c'], 'b', 1)).toBe(1);
		expect(resolveSelection(['a'], 'z', 5)).toBe(0);
		expect(resolveSelection([], 'a', 0)).toBe(-1);
	});

	it('clamps moves', () => {
		expect(movedIndex(0, -1, 5)).toBe(0);
		expect(movedIndex(3, 10, 5)).toBe(4);
		expect(movedIndex(0, 1, 0)).toBe(0);
	});
});
