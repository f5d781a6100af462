// Where a container's logs go inside its detail pane (LogsPane lands with the logs feature).
import {Box, Text} from 'ink';
import React from 'react';
import {theme} from '../theme.js';

export function LogsSlot({width, height}: {containerIds: string[]; width: number; height: number; focused: boolean}) {
	return (
		<Box width={width} height={height}>
			<Text {...theme.text.muted}>  logs: not available yet</Text>
		</Box>
	);
}
