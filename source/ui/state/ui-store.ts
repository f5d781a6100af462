// The UI state store: one instance outside React, read through narrow selectors so a key press
// re-renders only the components whose slice changed.
import {useSyncExternalStore} from 'react';
import {initialUiState, uiReducer, type UiAction, type UiState} from './ui-reducer.js';

export type UiStore = {
	getState(): UiState;
	subscribe(listener: () => void): () => void;
	dispatch(action: UiAction): void;
	/** Back to the initial state (tests, a fresh app). */
	reset(): void;
};

export function createUiStore(): UiStore {
	let state = initialUiState();
	const listeners = new Set<() => void>();
	const notify = () => {
		for (const listener of [...listeners]) listener();
	};
	return {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		dispatch(action) {
			const next = uiReducer(state, action);
			if (next === state) return;
			state = next;
			notify();
		},
		reset() {
			state = initialUiState();
			notify();
		},
	};
}

export const uiStore: UiStore = createUiStore();

/** A slice of the UI state; the component re-renders only when the slice changes (Object.is). */
export function useUiState<T>(selector: (state: UiState) => T): T {
	return useSyncExternalStore(uiStore.subscribe, () => selector(uiStore.getState()));
}

export type {Focus, Message, Overlay, Tab, UiAction, UiState} from './ui-reducer.js';
export {tabs} from './ui-reducer.js';
