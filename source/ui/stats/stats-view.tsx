// The selected container's live stats in the detail pane: a status line, then CPU, memory,
// network, block I/O and PIDs with their sparklines. The stream is open only while this view is.
import {Box, Text} from 'ink';
import React, {useEffect, useState, useSyncExternalStore} from 'react';
import type {StatsStream, StatsStreamState} from '../../store/stats/stats-stream.js';
import type {Container} from '../../store/types.js';
import {useServices} from '../services-context.js';
import {fitCell} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme} from '../theme.js';
import {statsLines, statsStatus} from './stats-lines.js';

const idle: StatsStreamState = {status: 'opening', points: []};
const noStream = {getState: () => idle, subscribe: () => () => {}};

function useStatsStream(id: string, running: boolean): StatsStreamState {
	const {stats} = useServices();
	const [stream, setStream] = useState<StatsStream | null>(null);
	useEffect(() => {
		if (!running || !stats) return undefined;
		const opened = stats.openStream(id);
		setStream(opened);
		return () => {
			opened.close();
			setStream(null);
		};
	}, [stats, id, running]);
	const source = stream ?? noStream;
	return useSyncExternalStore(source.subscribe, source.getState);
}

export function StatsView({container, width, height}: {container: Container; width: number; height: number}) {
	const running = container.state === 'running';
	const state = useStatsStream(container.id, running);
	const lines = statsLines(running ? state.points : [], width).slice(0, Math.max(0, height - 1));
	const status = sanitizeLabel(statsStatus(state, running));
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text {...theme.text.muted} wrap="truncate-end">{fitCell(status, width)}</Text>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate-end">{line}</Text>
			))}
		</Box>
	);
}
