import {describe, expect, it} from 'vitest';
import {menuRows, menuWidth} from '../../../source/ui/actions/choice-menu.js';

const signals = ['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'].map(label => ({label, detail: 'what it does', proceed: async () => ({kind: 'none' as const})}));
const text = (rows: ReturnType<typeof menuRows>) => rows.map(row => row.segments.map(segment => segment.text).join(''));

describe('the choice menu rows', () => {
	it('fits a small pane: the title wraps, the choices scroll to keep the selected one, the keys stay', () => {
		const state = {title: 'Send a signal to some-very-long-container-name', choices: signals, index: 6};
		const rows = text(menuRows(state, 36, 8));
		expect(rows).toEqual(['Send a signal to', 'some-very-long-container-name', '5. SIGQUIT · what it does', '6. SIGUSR1 · what it does', '7. SIGUSR2 · what it does', '↑↓ Enter/1–7 pick · Esc cancel']);
		expect(menuRows(state, 36, 8)[4]!.style).toMatchObject({inverse: true});
	});

	it('is as wide as its widest row, up to the room it has', () => {
		expect(menuWidth({title: 'Prune', choices: signals.slice(0, 2), index: 0}, 80)).toBe('↑↓ Enter/1–2 pick · Esc cancel'.length + 4);
		expect(menuWidth({title: 'x'.repeat(100), choices: signals, index: 0}, 30)).toBe(30);
	});
});
