// Per-row pending state for lists: "stopping…" while the request for that id is in flight.
import {useCallback, useSyncExternalStore} from 'react';
import type {PendingAction} from '../../store/actions/types.js';
import {useServices} from '../services-context.js';

export function usePendingAction(id: string): PendingAction | undefined {
	const {actions} = useServices();
	const read = useCallback(() => actions.pending(id), [actions, id]);
	return useSyncExternalStore(actions.subscribe, read);
}
