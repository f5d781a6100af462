// Swarm facts the shell needs: whether the daemon is a manager (the Swarm tabs exist), and a
// registration that keeps tasks polled while the component that calls it is on screen.
import {useEffect} from 'react';
import {useServices} from '../services-context.js';
import {useDaemonState} from './use-daemon-state.js';

export function useSwarmManager(): boolean {
	return useDaemonState(state => state.swarm.role === 'manager');
}

/** Tasks have no events: the store lists them only while a component on screen watches them. */
export function useTaskWatch(active = true): void {
	const {store} = useServices();
	useEffect(() => (active ? store.watchTasks() : undefined), [store, active]);
}
