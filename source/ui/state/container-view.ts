// How containers are viewed: the list's order and compose grouping, and whether the detail pane
// shows live stats.
// Kept apart from the UI reducer: only the containers pane and the detail pane read it.
import {useSyncExternalStore} from 'react';
import {defaultSort, nextSortKey, type ContainerSort} from '../lists/container-sort.js';

export type ContainerView = {
	sort: ContainerSort;
	/** The detail pane shows the selected container's live stats instead of its details and logs. */
	stats: boolean;
	/** Compose containers under one row per project (else a flat list). */
	grouped: boolean;
	/** Projects folded to their one row. */
	folded: ReadonlySet<string>;
};

const initial = (): ContainerView => ({sort: defaultSort, stats: false, grouped: true, folded: new Set()});

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
	toggleGrouped: () => update({...view, grouped: !view.grouped}),
	toggleFolded(project: string) {
		const folded = new Set(view.folded);
		if (!folded.delete(project)) folded.add(project);
		update({...view, folded});
	},
	toggleStats: () => update({...view, stats: !view.stats}),
	reset: () => update(initial()),
};

export function useContainerView<T>(selector: (view: ContainerView) => T): T {
	return useSyncExternalStore(containerView.subscribe, () => selector(view));
}
