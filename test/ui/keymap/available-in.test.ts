import {describe, expect, it} from 'vitest';
import {keymap} from '../../../source/ui/keymap/index.js';
import {availableIn} from '../../../source/ui/keymap/types.js';
import {helpSections} from '../../../source/ui/components/footer-hints.js';

const prune = keymap.find(binding => binding.keys.includes('X') && binding.context === 'list')!;

describe('keys that need a newer API version', () => {
	it('prune is offered from API 1.25 on, and while the version is not known yet', () => {
		expect(availableIn(prune, {tab: 'containers', readOnly: false, apiVersion: '1.41'})).toBe(true);
		expect(availableIn(prune, {tab: 'containers', readOnly: false, apiVersion: '1.25'})).toBe(true);
		expect(availableIn(prune, {tab: 'containers', readOnly: false, apiVersion: null})).toBe(true);
		expect(availableIn(prune, {tab: 'containers', readOnly: false, apiVersion: '1.24'})).toBe(false);
	});

	it('help leaves prune out at 1.24 and lists it at 1.41', () => {
		const described = (apiVersion: string) => helpSections(keymap, ['list', 'global'], {tab: 'containers', readOnly: false, apiVersion}).flatMap(section => section.lines.map(line => line.description));
		expect(described('1.41')).toContain(prune.description);
		expect(described('1.24')).not.toContain(prune.description);
		expect(described('1.24')).toContain(keymap.find(binding => binding.command === 'action.restart')!.description);
	});
});
