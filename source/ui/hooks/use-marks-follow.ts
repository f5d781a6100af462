// Marks follow the containers: one that disappears (removed here or by anyone) leaves the marks at
// once, so the title, the merged logs and the next action go back to what is really there.
import {useEffect} from 'react';
import type {Store} from '../../store/types.js';
import type {UiStore} from '../state/ui-store.js';

export function followContainers(store: Store, ui: UiStore): () => void {
	const prune = () => {
		if (ui.getState().marked.size > 0) ui.dispatch({type: 'marks.keep', ids: store.getState().containers});
	};
	prune();
	return store.subscribe(prune);
}

export function useMarksFollow(store: Store, ui: UiStore): void {
	useEffect(() => followContainers(store, ui), [store, ui]);
}
