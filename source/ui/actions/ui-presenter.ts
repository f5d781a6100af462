// The Presenter the app uses: the message line and confirm dialog of the UI store, and the choice
// menu's own store.
import {uiStore} from '../state/ui-store.js';
import {choiceStore} from './choice-state.js';
import type {Presenter} from './outcome-presenter.js';

export const uiPresenter: Presenter = {
	message: (text, level) => uiStore.dispatch({type: 'message.show', text, level}),
	confirm: (title, lines, onConfirm) => uiStore.dispatch({type: 'confirm.open', title, lines, onConfirm}),
	choose: outcome => choiceStore.dispatch({type: 'choice.open', outcome}),
};
