// The choice menu's state (signal chooser, prune menu) as a reducer, plus the one small store the
// menu reads, so any action component can open it and the logic is testable without rendering.
import type {Choice, ChooseOutcome} from '../../store/actions/types.js';

export type ChoiceState = {title: string; choices: Choice[]; index: number} | null;
export type ChoiceAction = {type: 'choice.open'; outcome: ChooseOutcome} | {type: 'choice.move'; delta: number} | {type: 'choice.close'};

export function choiceReducer(state: ChoiceState, action: ChoiceAction): ChoiceState {
	switch (action.type) {
		case 'choice.open': {
			const {title, choices, initial = 0} = action.outcome;
			if (choices.length === 0) return null;
			return {title, choices, index: Math.min(Math.max(initial, 0), choices.length - 1)};
		}
		case 'choice.move': {
			if (!state) return state;
			const count = state.choices.length;
			return {...state, index: (state.index + action.delta + count) % count};
		}
		case 'choice.close':
			return null;
	}
}

export type ChoiceStore = {get(): ChoiceState; dispatch(action: ChoiceAction): void; subscribe(listener: () => void): () => void};

export function createChoiceStore(): ChoiceStore {
	let state: ChoiceState = null;
	const listeners = new Set<() => void>();
	return {
		get: () => state,
		dispatch(action) {
			const next = choiceReducer(state, action);
			if (next === state) return;
			state = next;
			for (const listener of [...listeners]) listener();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

/** The app's one choice menu. */
export const choiceStore = createChoiceStore();
