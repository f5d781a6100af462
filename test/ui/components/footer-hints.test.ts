import {describe, expect, it} from 'vitest';
import {fitHints, footerHints, helpSections} from '../../../source/ui/components/footer-hints.js';
import {keymap} from '../../../source/ui/keymap/index.js';
import type {Binding} from '../../../source/ui/keymap/types.js';

const bindings: Binding[] = [
	{command: 'list.up', keys: ['up', 'k'], context: 'list', description: 'move up', hint: 'move'},
	{command: 'list.down', keys: ['down', 'j'], context: 'list', description: 'move down', hint: 'move'},
	{command: 'list.top', keys: ['g'], context: 'list', description: 'first row'},
	{command: 'app.quit', keys: ['q', 'ctrl+c'], context: 'global', description: 'quit', hint: 'quit'},
];

describe('footer hints', () => {
	it('come from the keymap, focused context first, bindings sharing a hint joined', () => {
		expect(footerHints(bindings, ['list', 'global'])).toEqual([{keys: '↑/↓', hint: 'move'}, {keys: 'q', hint: 'quit'}]);
	});

	it('stop before the width is exceeded, but keep quit when it fits', () => {
		const hints = footerHints(bindings, ['list', 'global']);
		expect(fitHints(hints, 6)).toEqual([{keys: 'q', hint: 'quit'}]);
		expect(fitHints(hints, 16)).toEqual(hints);
		expect(fitHints(hints, 3)).toEqual([]);
	});

	it('help lists every binding of the contexts, with all its keys', () => {
		const sections = helpSections(bindings, ['list', 'global']);
		expect(sections[0]!.lines).toContainEqual({keys: 'g', description: 'first row'});
		expect(sections[1]!.lines).toEqual([{keys: 'q ^C', description: 'quit'}]);
	});

	it('the real keymap has the keys the issue asks for', () => {
		const keys = (command: string) => keymap.find(binding => binding.command === command)?.keys;
		expect(keys('app.quit')).toEqual(['q', 'ctrl+c']);
		expect(keys('list.top')).toEqual(['g', 'home']);
		expect(keys('list.bottom')).toEqual(['G', 'end']);
		expect(keys('list.filter')).toEqual(['/']);
		expect(keys('focus.prev')).toEqual(['shift+tab']);
		expect(keys('tab.images')).toEqual(['2']);
	});
});
