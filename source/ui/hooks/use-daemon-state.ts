// Reads a slice of the daemon store. The store hands out a new State per notification but keeps
// unchanged maps, so selecting a map (or a field) re-renders only when that part changed.
import {useSyncExternalStore} from 'react';
import type {State} from '../../store/types.js';
import {useServices} from '../services-context.js';

export function useDaemonState<T>(selector: (state: State) => T): T {
	const {store} = useServices();
	return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
