import {describe, expect, it} from 'vitest';
import type {Key} from 'ink';
import {commandFor, displayKey, matchesSpec} from '../../../source/ui/keymap/match.js';
import type {Binding} from '../../../source/ui/keymap/types.js';

const none: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};
const k = (patch: Partial<Key>): Key => ({...none, ...patch});

describe('matchesSpec', () => {
	it('matches printable characters exactly, case-sensitive', () => {
		expect(matchesSpec('g', 'g', none)).toBe(true);
		expect(matchesSpec('G', 'g', none)).toBe(false);
		expect(matchesSpec('G', 'G', k({shift: true}))).toBe(true);
	});

	it('matches ctrl combinations and not the bare letter', () => {
		expect(matchesSpec('ctrl+c', 'c', k({ctrl: true}))).toBe(true);
		expect(matchesSpec('ctrl+c', 'c', none)).toBe(false);
		expect(matchesSpec('c', 'c', k({ctrl: true}))).toBe(false);
	});

	it('tells tab from shift+tab', () => {
		expect(matchesSpec('tab', '', k({tab: true}))).toBe(true);
		expect(matchesSpec('tab', '', k({tab: true, shift: true}))).toBe(false);
		expect(matchesSpec('shift+tab', '', k({tab: true, shift: true}))).toBe(true);
	});

	it('matches named keys', () => {
		expect(matchesSpec('pagedown', '', k({pageDown: true}))).toBe(true);
		expect(matchesSpec('space', ' ', none)).toBe(true);
		expect(matchesSpec('enter', '\r', k({return: true}))).toBe(true);
	});
});

describe('commandFor', () => {
	const bindings: Binding[] = [
		{command: 'app.quit', keys: ['q'], context: 'global', description: 'quit'},
		{command: 'logs.search', keys: ['/'], context: 'logs', description: 'search'},
		{command: 'list.filter', keys: ['/'], context: 'list', description: 'filter'},
	];

	it('prefers the focused context over global', () => {
		expect(commandFor(bindings, ['logs', 'global'], '/', none)).toBe('logs.search');
		expect(commandFor(bindings, ['list', 'global'], '/', none)).toBe('list.filter');
		expect(commandFor(bindings, ['list', 'global'], 'q', none)).toBe('app.quit');
		expect(commandFor(bindings, ['list', 'global'], 'x', none)).toBeUndefined();
	});
});

describe('displayKey', () => {
	it('writes keys the way help screens do', () => {
		expect(displayKey('ctrl+c')).toBe('^C');
		expect(displayKey('pagedown')).toBe('PgDn');
		expect(displayKey('shift+tab')).toBe('Shift-Tab');
		expect(displayKey('/')).toBe('/');
	});
});
