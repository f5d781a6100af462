// Every binding of the keymap is reachable by exactly its keys, through Ink's real key parsing:
// the bytes a terminal sends for each key spec reach the handler of that context as its command.
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {CommandRouter, useCommands} from '../../../source/ui/hooks/use-commands.js';
import {keymap, type Command, type KeyContext} from '../../../source/ui/keymap/index.js';
import {matchesSpec} from '../../../source/ui/keymap/match.js';
import {renderInk, type InkHarness} from '../../support/ink.js';

function Recorder({context, seen}: {context: KeyContext; seen: Array<Command | undefined>}) {
	useCommands(context, command => {
		seen.push(command);
		return true;
	});
	return null;
}

const contexts = [...new Set(keymap.map(binding => binding.context))];
let app: InkHarness | undefined;
afterEach(() => app?.unmount());

describe('keymap reachability', () => {
	it.each(contexts)('each %s binding is reached by each of its keys and by nothing else', async context => {
		const seen: Array<Command | undefined> = [];
		app = await renderInk(
			<CommandRouter focused={[context]}>
				<Recorder context={context} seen={seen} />
			</CommandRouter>,
		);
		for (const binding of keymap.filter(entry => entry.context === context)) {
			for (const spec of binding.keys) {
				seen.length = 0;
				await app.press(spec);
				expect({spec, command: seen.at(-1)}).toEqual({spec, command: binding.command});
			}
		}
		app.unmount();
		app = undefined;
	});

	it('no two bindings of one context share a key', () => {
		for (const context of contexts) {
			const specs = keymap.filter(binding => binding.context === context).flatMap(binding => binding.keys.map(spec => ({spec, command: binding.command})));
			const keys = specs.map(entry => entry.spec);
			expect({context, duplicates: keys.filter((spec, index) => keys.indexOf(spec) !== index)}).toEqual({context, duplicates: []});
		}
	});

	it('+ is the plus key: Esc, arrows and Enter (no text) do not match it', () => {
		const none = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false};
		expect(matchesSpec('+', '+', none)).toBe(true);
		expect(matchesSpec('+', '', {...none, escape: true})).toBe(false);
		expect(matchesSpec('+', '', {...none, return: true})).toBe(false);
		expect(matchesSpec('ctrl++', '+', {...none, ctrl: true})).toBe(true);
	});

	it('a misspelt command name is a type error', () => {
		// @ts-expect-error 'list.dwn' is not a command
		const misspelt: Command = 'list.dwn';
		expect(keymap.some(binding => binding.command === misspelt)).toBe(false);
	});
});
