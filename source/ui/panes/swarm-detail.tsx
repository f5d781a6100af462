// The detail of the selected service (spec summary, its tasks grouped by node, its merged logs) and
// of the selected node (status, resources, labels, its tasks). Tasks stay polled while a service's
// detail is shown; a node's detail lists them once.
import {Box, Text} from 'ink';
import React, {useEffect, useMemo} from 'react';
import type {SwarmNode, SwarmService} from '../../engine/swarm-types.js';
import {KeyValueTable} from '../components/key-value-table.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useNow} from '../hooks/use-now.js';
import {useTaskWatch} from '../hooks/use-swarm.js';
import {LogsPane, type ServiceLogs} from '../logs/logs-pane.js';
import {serviceLineOrigin} from '../logs/service-origin.js';
import {useServices} from '../services-context.js';
import {theme, toneStyle} from '../theme.js';
import {nodeOverview, nodeTaskLines} from './node-overview.js';
import {serviceOverview, tasksByNodeLines, type TaskLine} from './service-overview.js';

const ageTick = 10_000;

function TaskLines({lines, width, height, empty}: {lines: readonly TaskLine[]; width: number; height: number; empty: string}) {
	if (height <= 0) return null;
	const shown = lines.length > height ? [...lines.slice(0, height - 1), {key: 'more', text: `  … ${lines.length - height + 1} more (Tasks tab: 6)`, tone: 'muted' as const}] : lines;
	return (
		<Box flexDirection="column" width={width} height={Math.max(1, Math.min(height, shown.length))} overflow="hidden">
			{shown.length === 0 ? <Text {...theme.text.muted}>{empty}</Text> : null}
			{shown.map(line => (
				<Text key={line.key} wrap="truncate-end" {...(line.tone ? toneStyle(line.tone) : {})}>
					{line.text}
				</Text>
			))}
		</Box>
	);
}

export function ServiceDetail({service, width, height, focused}: {service: SwarmService; width: number; height: number; focused: boolean}) {
	useTaskWatch();
	const {store} = useServices();
	const now = useNow(ageTick);
	const allTasks = useDaemonState(state => state.tasks);
	const services = useDaemonState(state => state.services);
	const nodes = useDaemonState(state => state.nodes);
	const tasksListed = useDaemonState(state => state.swarm.tasksAt !== null);
	const tasks = useMemo(() => [...allTasks.values()].filter(task => task.ServiceID === service.ID), [allTasks, service.ID]);
	const items = serviceOverview(service, tasksListed ? tasks : undefined, now);
	const taskLines = useMemo(() => tasksByNodeLines(tasks, services, nodes, now), [tasks, services, nodes, now]);
	// a third for the spec, up to a quarter for the tasks, the rest for the logs
	const overviewHeight = Math.min(items.length, Math.max(2, Math.floor(height * 0.34)));
	const tasksHeight = Math.min(Math.max(1, taskLines.length), Math.max(1, Math.floor(height * 0.25)));
	const logsHeight = Math.max(0, height - overviewHeight - tasksHeight);
	const logs: ServiceLogs = useMemo(
		() => ({
			name: service.Spec.Name,
			// tty: a TTY service's log is raw, not framed; exists: worth reopening after the stream ends
			target: {id: service.ID, tty: () => store.getState().services.get(service.ID)?.Spec.TaskTemplate?.ContainerSpec?.TTY === true, exists: () => store.getState().services.has(service.ID)},
			origin: serviceLineOrigin(service.Spec.Name, tasks),
		}),
		[service.ID, service.Spec.Name, tasks, store],
	);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<KeyValueTable items={items} width={width} height={overviewHeight} />
			<TaskLines lines={taskLines} width={width} height={tasksHeight} empty={tasksListed ? '  no tasks' : '  listing tasks…'} />
			{logsHeight >= 3 ? (
				<Box width={width} height={logsHeight} overflow="hidden" flexShrink={0}>
					<LogsPane containerIds={[]} service={logs} width={width} height={logsHeight} focused={focused} />
				</Box>
			) : null}
		</Box>
	);
}

/**
 * Tasks listed once for a node's detail (when the last list is older than a poll beat), never
 * polled: the Nodes tab left idle asks nothing of /tasks.
 */
function useTasksOnce(key: string): void {
	const {store} = useServices();
	useEffect(() => {
		const listedAt = store.getState().swarm.tasksAt;
		if (listedAt !== null && Date.now() - listedAt < 5000) return;
		const release = store.watchTasks();
		const unsubscribe = store.subscribe(() => {
			if (store.getState().swarm.tasksAt !== listedAt) done();
		});
		function done() {
			release();
			unsubscribe();
		}
		return done;
	}, [store, key]);
}

export function NodeDetail({node, width, height}: {node: SwarmNode; width: number; height: number}) {
	useTasksOnce(node.ID);
	const now = useNow(ageTick);
	const self = useDaemonState(state => state.swarm.nodeId);
	const tasks = useDaemonState(state => state.tasks);
	const services = useDaemonState(state => state.services);
	const tasksListed = useDaemonState(state => state.swarm.tasksAt !== null);
	const items = nodeOverview(node, self, now);
	const lines = useMemo(() => nodeTaskLines(node, tasks.values(), services, now), [node, tasks, services, now]);
	const overviewHeight = Math.min(items.length, height);
	const left = Math.max(0, height - overviewHeight - 1);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<KeyValueTable items={items} width={width} height={overviewHeight} />
			{left > 0 ? <Text {...theme.text.title}>{`tasks (${lines.length})`}</Text> : null}
			<TaskLines lines={lines} width={width} height={left} empty={tasksListed ? '  no tasks on this node' : '  listing tasks…'} />
		</Box>
	);
}
