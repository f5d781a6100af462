// A container's detail: a short overview (state, image, uptime, ports, compose, labels …) above
// its logs. Every daemon-supplied string is sanitised before it reaches the table.
import {Box, Text} from 'ink';
import React from 'react';
import type {Container} from '../../store/types.js';
import {KeyValueTable, type KeyValue} from '../components/key-value-table.js';
import {useNow} from '../hooks/use-now.js';
import {formatAgo} from '../format/durations.js';
import {formatPorts} from '../format/ports.js';
import {composeLabel, containerRefreshMs, containerStatus, stateSymbol} from '../lists/container-rows.js';
import {compareNames, shortId} from '../lists/table-model.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme} from '../theme.js';

export function containerOverview(container: Container, now: number): KeyValue[] {
	const items: KeyValue[] = [
		{key: 'state', value: `${stateSymbol(container.state)} ${container.state} · ${containerStatus(container, now)}`},
		{key: 'image', value: sanitizeLabel(container.image)},
	];
	// only a stopped container has an exit code worth showing (a paused one keeps its last, stale)
	const stopped = container.state === 'exited' || container.state === 'dead';
	if (container.exitCode !== null && stopped) items.push({key: 'exit code', value: `${container.exitCode}${container.oomKilled ? ' (OOM killed)' : ''}`});
	if (container.restartCount > 0) items.push({key: 'restarts', value: String(container.restartCount)});
	const compose = composeLabel(container);
	if (compose) items.push({key: 'compose', value: compose});
	const ports = formatPorts(container.ports);
	if (ports) items.push({key: 'ports', value: ports});
	items.push({key: 'id', value: `${shortId(container.id)} · created ${formatAgo(container.createdAt, now)}`});
	items.push({key: 'command', value: sanitizeLabel(container.command)});
	const labels = Object.entries(container.labels)
		.filter(([key]) => !key.startsWith('com.docker.compose.'))
		.sort(([a], [b]) => compareNames(a, b))
		.map(([key, value]) => sanitizeLabel(`${key}=${value}`));
	if (labels.length > 0) items.push({key: 'labels', value: labels.join(', ')});
	return items;
}

export function ContainerDetail({container, width, height, focused, logs}: {container: Container; width: number; height: number; focused: boolean; logs: (height: number) => React.ReactNode}) {
	const now = useNow(containerRefreshMs([container], Date.now()));
	const items = containerOverview(container, now);
	// The overview takes at most ~40 % of the pane; the rest is for the logs.
	const budget = Math.max(2, Math.floor(height * 0.4));
	const overviewHeight = Math.min(items.length, budget);
	const logsHeight = Math.max(0, height - overviewHeight);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<KeyValueTable items={items} width={width} height={overviewHeight} />
			{logsHeight > 0 ? logs(logsHeight) : null}
			{logsHeight === 0 && focused ? <Text {...theme.text.muted}>(too small for logs)</Text> : null}
		</Box>
	);
}
