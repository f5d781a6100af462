import {describe, expect, it} from 'vitest';
import {choiceReducer} from '../../../source/ui/actions/choice-state.js';
import {follow, type Presenter} from '../../../source/ui/actions/outcome-presenter.js';
import type {ChooseOutcome} from '../../../source/store/actions/types.js';

describe('follow', () => {
	it('makes daemon text inert and chains a confirmation to its result', async () => {
		const seen: string[] = [];
		let confirm: (() => void) | undefined;
		const presenter: Presenter = {
			message: (text, level) => seen.push(`${level}: ${text}`),
			confirm: (title, lines, onConfirm) => {
				seen.push(`confirm: ${title} | ${lines.join(' | ')}`);
				confirm = onConfirm;
			},
			choose: () => {},
		};
		await follow({kind: 'confirm', title: 'Remove \u001B[31mred\u001B[0m?', lines: ['a\u0007b'], proceed: async () => ({kind: 'message', level: 'info', text: 'removed red'})}, presenter);
		expect(seen).toEqual(['confirm: Remove red? | a␇b']);
		confirm!();
		await new Promise(resolve => setTimeout(resolve, 0));
		expect(seen[1]).toBe('info: removed red');
	});

	it('an unexpected failure still ends as a message', async () => {
		const seen: string[] = [];
		const presenter: Presenter = {message: text => seen.push(text), confirm: () => {}, choose: () => {}};
		await follow(Promise.reject(new Error('boom')), presenter);
		expect(seen).toEqual(['action failed: boom']);
	});
});

describe('choiceReducer', () => {
	const outcome: ChooseOutcome = {kind: 'choose', title: 't', initial: 2, choices: ['a', 'b', 'c'].map(label => ({label, proceed: async () => ({kind: 'none'})}))};

	it('opens on the preselected entry and wraps around both ways', () => {
		const open = choiceReducer(null, {type: 'choice.open', outcome});
		expect(open?.index).toBe(2);
		expect(choiceReducer(open, {type: 'choice.move', delta: 1})?.index).toBe(0);
		expect(choiceReducer(choiceReducer(open, {type: 'choice.move', delta: 1}), {type: 'choice.move', delta: -1})?.index).toBe(2);
		expect(choiceReducer(open, {type: 'choice.close'})).toBeNull();
	});
});

describe('wrapWords', () => {
	it('wraps at spaces within the width and cuts a word that is longer', async () => {
		const {wrapWords} = await import('../../../source/ui/actions/wrap-words.js');
		expect(wrapWords('conflict: unable to delete abc (must be forced)', 20)).toEqual(['conflict: unable to', 'delete abc (must be', 'forced)']);
		expect(wrapWords('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
		expect(wrapWords('', 10)).toEqual(['']);
	});
});
