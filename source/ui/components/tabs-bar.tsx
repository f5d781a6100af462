// Line 2: the tabs with their key and item count (the Swarm ones only on a manager); the active one
// in inverse video.
import {Text} from 'ink';
import React from 'react';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useSwarmManager} from '../hooks/use-swarm.js';
import {visibleTabs} from '../state/swarm-tabs.js';
import {tabs, useUiState, type Tab} from '../state/ui-store.js';
import {theme} from '../theme.js';

const titles: Record<Tab, string> = {containers: 'Containers', images: 'Images', volumes: 'Volumes', networks: 'Networks', services: 'Services', tasks: 'Tasks', nodes: 'Nodes'};

export function TabsBar({width}: {width: number}) {
	const active = useUiState(state => state.tab);
	const manager = useSwarmManager();
	const counts: Record<Tab, number> = {
		containers: useDaemonState(state => state.containers.size),
		images: useDaemonState(state => state.images.size),
		volumes: useDaemonState(state => state.volumes.size),
		networks: useDaemonState(state => state.networks.size),
		services: useDaemonState(state => state.services.size),
		tasks: useDaemonState(state => state.tasks.size),
		nodes: useDaemonState(state => state.nodes.size),
	};
	const order = visibleTabs(tabs, manager);
	// Narrow terminals drop the words and keep key + initial.
	const long = order.reduce((sum, tab) => sum + titles[tab].length + String(counts[tab]).length + 6, 0) <= width;
	return (
		<Text wrap="truncate-end">
			{order.map((tab, index) => {
				const key = tabs.indexOf(tab) + 1;
				const label = long ? ` ${key} ${titles[tab]} ${counts[tab]} ` : ` ${key}${titles[tab][0]} `;
				return (
					<React.Fragment key={tab}>
						<Text {...(tab === active ? theme.tab.active : theme.tab.inactive)}>{label}</Text>
						{index < order.length - 1 ? ' ' : ''}
					</React.Fragment>
				);
			})}
		</Text>
	);
}
