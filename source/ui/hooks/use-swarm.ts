// Swarm facts the shell needs: whether the daemon is a manager (the Swarm tabs exist), and a
// registration that keeps tasks polled while the component that calls it is on screen, and the
// footer messages that say when Swarm data could not be had.
import {useEffect, useRef} from 'react';
import {useServices} from '../services-context.js';
import {uiStore} from '../state/ui-store.js';
import {useDaemonState} from './use-daemon-state.js';

export function useSwarmManager(): boolean {
	return useDaemonState(state => state.swarm.role === 'manager');
}

/** Tasks have no events: the store lists them only while a component on screen watches them. */
export function useTaskWatch(active = true): void {
	const {store} = useServices();
	useEffect(() => (active ? store.watchTasks() : undefined), [store, active]);
}

/** Says in the footer, once each, when a swarm list failed and when the daemon stopped being a manager. */
export function useSwarmNotices(): void {
	const error = useDaemonState(state => state.swarm.error);
	const role = useDaemonState(state => state.swarm.role);
	const wasManager = useRef(false);
	useEffect(() => {
		if (error) uiStore.dispatch({type: 'message.show', text: error, level: 'error'});
	}, [error]);
	useEffect(() => {
		if (wasManager.current && role !== 'manager' && role !== 'unknown') {
			uiStore.dispatch({type: 'message.show', text: 'This node is not a swarm manager any more: the Swarm tabs are gone', level: 'error'});
		}
		if (role !== 'unknown') wasManager.current = role === 'manager';
	}, [role]);
}
