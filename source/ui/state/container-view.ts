// How the container list is viewed (its order). Kept apart from the UI reducer: only the
// containers pane reads it.
import {useSyncExternalStore} from 'react';
import {defaultSort, nextSortKey, type ContainerSort} from '../lists/container-sort.js';

export type ContainerView = {
	sort: ContainerSort;
};

const initial = (): ContainerView => ({sort: defaultSort});

let view = initial();
const listeners = new Set<() => void>();

function update(next: ContainerView) {
	view = next;
	for (const listener of [...listeners]) listener();
}

export const containerView = {
	get: () => view,
	subscribe(listener: () => void) {
		listeners.add(listener);
		return () => listeners.delete(listener);
	},
	cycleSort: () => update({...view, sort: {key: nextSortKey(view.sort.key), reversed: false}}),
	reverseSort: () => update({...view, sort: {...view.sort, reversed: !view.sort.reversed}}),
	reset: () => update(initial()),
};

export function useContainerView<T>(selector: (view: ContainerView) => T): T {
	return useSyncExternalStore(containerView.subscribe, () => selector(view));
}
