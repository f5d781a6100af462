// How containers are viewed: the list's order, and whether the detail pane shows live stats.
// Kept apart from the UI reducer: only the containers pane and the detail pane read it.
import {useSyncExternalStore} from 'react';
import {defaultSort, nextSortKey, type ContainerSort} from '../lists/container-sort.js';

export type ContainerView = {
	sort: ContainerSort;
	/** The detail pane shows the selected container's live stats instead of its details and logs. */
	stats: boolean;
};

const initial = (): ContainerView => ({sort: defaultSort, stats: false});

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
	toggleStats: () => update({...view, stats: !view.stats}),
	reset: () => update(initial()),
};

export function useContainerView<T>(selector: (view: ContainerView) => T): T {
	return useSyncExternalStore(containerView.subscribe, () => selector(view));
}
