import {describe, expect, it} from 'vitest';
import {initialUiState, uiReducer, type UiAction, type UiState} from '../../../source/ui/state/ui-reducer.js';
import {focusedContexts} from '../../../source/ui/state/focus-contexts.js';

const run = (...actions: UiAction[]): UiState => actions.reduce(uiReducer, initialUiState());

describe('uiReducer', () => {
	it('keeps a filter and a selection per tab', () => {
		const state = run(
			{type: 'filter.start'},
			{type: 'filter.set', text: 'web'},
			{type: 'filter.keep'},
			{type: 'select', tab: 'containers', id: 'c1', index: 3},
			{type: 'tab.select', tab: 'images'},
		);
		expect(state.filter.containers).toBe('web');
		expect(state.filter.images).toBe('');
		expect(state.selection.containers).toEqual({id: 'c1', index: 3});
		expect(state.filterEditing).toBe(false);
	});

	it('Esc in the filter clears it', () => {
		const state = run({type: 'filter.start'}, {type: 'filter.set', text: 'x'}, {type: 'filter.clear'});
		expect(state.filter.containers).toBe('');
		expect(state.filterEditing).toBe(false);
	});

	it('switching tabs puts focus back on the list', () => {
		const state = run({type: 'focus.toggle'}, {type: 'tab.select', tab: 'volumes'});
		expect(state.focus).toBe('list');
	});

	it('toggles marks and returns the same state for no-ops', () => {
		const marked = run({type: 'marks.toggle', id: 'a'}, {type: 'marks.toggle', id: 'b'}, {type: 'marks.toggle', id: 'a'});
		expect([...marked.marked]).toEqual(['b']);
		const initial = initialUiState();
		expect(uiReducer(initial, {type: 'marks.clear'})).toBe(initial);
		expect(uiReducer(initial, {type: 'overlay.close'})).toBe(initial);
	});

	it('opens and closes overlays', () => {
		const onConfirm = () => {};
		const state = run({type: 'confirm.open', title: 'Stop?', lines: ['web'], onConfirm});
		expect(state.overlay).toEqual({type: 'confirm', title: 'Stop?', lines: ['web'], onConfirm});
		expect(uiReducer(state, {type: 'overlay.close'}).overlay).toBeNull();
	});

	it('offers keys to the logs before the detail pane when a container detail has focus', () => {
		expect(focusedContexts('list', 'containers')).toEqual(['list']);
		expect(focusedContexts('detail', 'containers')).toEqual(['logs', 'detail']);
		expect(focusedContexts('detail', 'images')).toEqual(['detail']);
	});
});
