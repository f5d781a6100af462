// The Swarm tabs (keys 5, 6, 7): shown and reachable only while the daemon is a swarm manager.
import type {Tab} from './ui-reducer.js';

export const swarmTabs: readonly Tab[] = ['services', 'tasks', 'nodes'];

export function isSwarmTab(tab: Tab): boolean {
	return swarmTabs.includes(tab);
}

/** The tabs to show: the Swarm ones only on a manager. */
export function visibleTabs(all: readonly Tab[], manager: boolean): Tab[] {
	return all.filter(tab => manager || !isSwarmTab(tab));
}
