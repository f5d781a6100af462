import {describe, expect, it} from 'vitest';
import {createActionService} from '../../../source/store/actions/action-service.js';
import {nodeAvailabilityFor, replicaInput, runNodeCommand, runServiceCommand} from '../../../source/ui/actions/swarm-commands.js';
import type {Presenter} from '../../../source/ui/actions/outcome-presenter.js';
import {keymap} from '../../../source/ui/keymap/index.js';
import {swarmCommands} from '../../../source/ui/keymap/swarm-bindings.js';
import {fakeEngine, fakeStore} from '../../store/actions/fakes.js';

function presenter() {
	const shown: string[] = [];
	const value: Presenter = {message: text => shown.push(text), confirm: title => shown.push(`confirm: ${title}`), choose: outcome => shown.push(outcome.title)};
	return {presenter: value, shown};
}

const swarmKeys = keymap.filter(binding => binding.context === 'list' && binding.tabs?.some(tab => tab === 'services' || tab === 'nodes'));

describe('Swarm action keys', () => {
	it('read-only: every Swarm action key says it is disabled and asks the engine for nothing', () => {
		const fake = fakeEngine({}, {readOnly: true});
		const actions = createActionService(fake.engine, fakeStore());
		const {presenter: shownTo, shown} = presenter();
		let asked = false;
		for (const binding of swarmKeys.filter(entry => entry.writes)) {
			const context = {actions, readOnly: true, presenter: shownTo, id: 'svc', askReplicas: () => (asked = true)};
			const used = binding.tabs!.includes('services') ? runServiceCommand(binding.command, context) : false;
			const usedOnNodes = binding.tabs!.includes('nodes') ? runNodeCommand(binding.command, {...context, availability: 'active'}) : false;
			expect({key: binding.keys[0], used: used || usedOnNodes}).toEqual({key: binding.keys[0], used: true});
		}
		expect(shown.length).toBe(8);
		expect(shown.every(text => /^read-only session: .* is disabled$/.test(text))).toBe(true);
		expect(asked).toBe(false);
		expect(fake.calls).toEqual([]);
	});

	it('the keys are + - = u r d on Services and ^D p on Nodes', () => {
		const keysOf = (tab: string) => swarmKeys.filter(binding => binding.tabs!.includes(tab as never) && binding.writes).flatMap(binding => binding.keys).sort();
		expect(keysOf('services')).toEqual(['+', '-', '=', 'd', 'r', 'u'].sort());
		expect(keysOf('nodes')).toEqual(['ctrl+d', 'p']);
	});

	it('ctrl+d drains, or activates a drained node; p pauses, or activates a paused one', () => {
		expect(nodeAvailabilityFor(swarmCommands.drain, 'active')).toBe('drain');
		expect(nodeAvailabilityFor(swarmCommands.drain, 'drain')).toBe('active');
		expect(nodeAvailabilityFor('action.pause', 'active')).toBe('pause');
		expect(nodeAvailabilityFor('action.pause', 'pause')).toBe('active');
		expect(nodeAvailabilityFor('action.pause', 'drain')).toBe('pause');
	});

	it('the replica prompt takes digits only', () => {
		expect(['1', '2', 'a', '-', '0'].reduce(replicaInput, '')).toBe('120');
		expect(replicaInput('0', '7')).toBe('7');
		expect(replicaInput('99999', '1')).toBe('99999');
	});
});
