import {describe, expect, it, vi} from 'vitest';
import {createActionService} from '../../../source/store/actions/action-service.js';
import {actionBindings, actionCommands} from '../../../source/ui/keymap/action-bindings.js';
import {runContainerCommand, type CommandContext} from '../../../source/ui/actions/container-commands.js';
import {runResourceCommand} from '../../../source/ui/actions/resource-commands.js';
import type {Presenter} from '../../../source/ui/actions/outcome-presenter.js';
import {container, fakeEngine, fakeStore} from '../../store/actions/fakes.js';

const store = fakeStore({containers: [container({id: 'w1', name: 'web'}), container({id: 'd1', name: 'db'})]});

function recorder() {
	const shown: Array<{kind: string; text: string}> = [];
	const presenter: Presenter = {
		message: (text, level) => shown.push({kind: level, text}),
		confirm: (title, _lines, onConfirm) => {
			shown.push({kind: 'confirm', text: title});
			confirms.push(onConfirm);
		},
		choose: outcome => shown.push({kind: 'choose', text: outcome.title}),
	};
	const confirms: Array<() => void> = [];
	return {presenter, shown, confirms};
}

function context(readOnly: boolean, patch: Partial<CommandContext> = {}) {
	const fake = fakeEngine({}, {readOnly});
	const {presenter, shown, confirms} = recorder();
	const runExternal = vi.fn((fn: () => Promise<unknown>) => fn()) as unknown as CommandContext['runExternal'] & ReturnType<typeof vi.fn>;
	const toggleMark = vi.fn();
	const ctx: CommandContext = {actions: createActionService(fake.engine, store), readOnly, runExternal, presenter, ids: ['w1'], selectedId: 'w1', toggleMark, ...patch};
	return {ctx, fake, shown, confirms, runExternal, toggleMark};
}

const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('action keys on the Containers tab', () => {
	it('read-only: every action key explains it is disabled and nothing reaches the engine', async () => {
		const {ctx, fake, shown, runExternal} = context(true);
		const actionKeys = actionBindings.filter(binding => binding.writes).map(binding => binding.command);
		for (const command of actionKeys) expect(runContainerCommand(command, ctx)).toBe(true);
		await settle();
		expect(shown.map(item => item.text)).toEqual([
			'read-only session: start/stop is disabled', 'read-only session: restart is disabled', 'read-only session: pause/unpause is disabled',
			'read-only session: kill is disabled', 'read-only session: kill is disabled', 'read-only session: remove is disabled',
			'read-only session: remove is disabled', 'read-only session: exec is disabled', 'read-only session: prune is disabled',
		]);
		expect(fake.calls).toEqual([]);
		expect(runExternal).not.toHaveBeenCalled();
	});

	it('read-only still lets rows be marked', () => {
		const {ctx, toggleMark} = context(true);
		expect(runContainerCommand(actionCommands.mark, ctx)).toBe(true);
		expect(toggleMark).toHaveBeenCalledWith('w1');
	});

	it('actions apply to the given (marked) ids', async () => {
		const {ctx, fake, shown, confirms} = context(false, {ids: ['w1', 'd1']});
		runContainerCommand(actionCommands.startStop, ctx);
		await settle();
		expect(shown).toEqual([{kind: 'confirm', text: 'Stop 2 containers?'}]);
		confirms[0]!();
		await settle();
		expect(fake.calls.map(call => call.args[0]).sort()).toEqual(['d1', 'w1']);
		expect(shown[1]).toEqual({kind: 'info', text: 'stopped 2 containers'});
	});

	it('keys it does not own pass on, and an empty selection says so', async () => {
		const {ctx, shown} = context(false, {ids: [], selectedId: undefined});
		expect(runContainerCommand('list.down', ctx)).toBe(false);
		expect(runContainerCommand(undefined, ctx)).toBe(false);
		expect(runContainerCommand(actionCommands.restart, ctx)).toBe(true);
		expect(shown).toEqual([{kind: 'info', text: 'no container selected'}]);
	});
});

describe('action keys on the resource tabs', () => {
	it('only remove and prune are taken; read-only refuses them', () => {
		const {ctx, shown, fake} = context(true);
		const resource = {kind: 'image' as const, id: 'sha256:x', actions: ctx.actions, readOnly: true, presenter: ctx.presenter};
		expect(runResourceCommand(actionCommands.startStop, resource)).toBe(false);
		expect(runResourceCommand(actionCommands.remove, resource)).toBe(true);
		expect(runResourceCommand(actionCommands.prune, resource)).toBe(true);
		expect(shown.map(item => item.text)).toEqual(['read-only session: remove is disabled', 'read-only session: prune is disabled']);
		expect(fake.calls).toEqual([]);
	});
});
