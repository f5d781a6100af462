// The Swarm tabs of a manager: Services, Tasks and Nodes, rows from the store's Swarm slice
// (swarm-slice.ts). Services and Tasks keep tasks polled while they are on screen.
import {Box} from 'ink';
import React, {useMemo} from 'react';
import {menuRoom} from '../actions/choice-menu.js';
import {NodeActions, ServiceActions} from '../actions/swarm-action-keys.js';
import {useSelectedId} from '../hooks/use-selection.js';
import {tasksByService} from '../../store/swarm-slice.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useNow} from '../hooks/use-now.js';
import {useTaskWatch} from '../hooks/use-swarm.js';
import {nodeColumns, nodeRows} from '../lists/node-rows.js';
import {serviceColumns, serviceRows} from '../lists/service-rows.js';
import {taskColumns, taskRows} from '../lists/task-rows.js';
import type {PaneProps} from './containers-pane.js';
import {ResourceList} from './resource-list.js';

// Ages and "updated" move slowly; the lists themselves change from events and polls.
const ageTick = 10_000;

export function ServicesPane(props: PaneProps) {
	useTaskWatch();
	const services = useDaemonState(state => state.services);
	const tasks = useDaemonState(state => state.tasks);
	const tasksListed = useDaemonState(state => state.swarm.tasksAt !== null);
	const now = useNow(ageTick);
	const rows = useMemo(() => serviceRows([...services.values()], tasksListed ? tasksByService(tasks) : undefined, now), [services, tasks, tasksListed, now]);
	const selected = useSelectedId('services');
	return (
		<Box width={props.width} height={props.height}>
			<ResourceList {...props} tab="services" noun="services" columns={serviceColumns} rows={rows} />
			<Box position="absolute" marginTop={1} marginLeft={2}>
				<ServiceActions id={selected ?? undefined} room={menuRoom(props.width, props.height)} />
			</Box>
		</Box>
	);
}

export function TasksPane(props: PaneProps) {
	useTaskWatch();
	const services = useDaemonState(state => state.services);
	const tasks = useDaemonState(state => state.tasks);
	const now = useNow(ageTick);
	const rows = useMemo(() => taskRows([...tasks.values()], services, now), [tasks, services, now]);
	return <ResourceList {...props} tab="tasks" noun="tasks" columns={taskColumns} rows={rows} />;
}

export function NodesPane(props: PaneProps) {
	const nodes = useDaemonState(state => state.nodes);
	const self = useDaemonState(state => state.swarm.nodeId);
	const rows = useMemo(() => nodeRows([...nodes.values()], self), [nodes, self]);
	const selected = useSelectedId('nodes');
	return (
		<>
			<ResourceList {...props} tab="nodes" noun="nodes" columns={nodeColumns} rows={rows} />
			<NodeActions id={selected ?? undefined} />
		</>
	);
}
