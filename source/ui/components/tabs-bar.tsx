// Line 2: the four tabs with their key and item count; the active one in inverse video.
import {Text} from 'ink';
import React from 'react';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useUiState, type Tab} from '../state/ui-store.js';
import {theme} from '../theme.js';

const titles: Record<Tab, string> = {containers: 'Containers', images: 'Images', volumes: 'Volumes', networks: 'Networks'};
const order: Tab[] = ['containers', 'images', 'volumes', 'networks'];

export function TabsBar({width}: {width: number}) {
	const active = useUiState(state => state.tab);
	const counts: Record<Tab, number> = {
		containers: useDaemonState(state => state.containers.size),
		images: useDaemonState(state => state.images.size),
		volumes: useDaemonState(state => state.volumes.size),
		networks: useDaemonState(state => state.networks.size),
	};
	// Narrow terminals drop the words and keep key + initial.
	const long = order.reduce((sum, tab) => sum + titles[tab].length + String(counts[tab]).length + 6, 0) <= width;
	return (
		<Text wrap="truncate-end">
			{order.map((tab, index) => {
				const label = long ? ` ${index + 1} ${titles[tab]} ${counts[tab]} ` : ` ${index + 1}${titles[tab][0]} `;
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
