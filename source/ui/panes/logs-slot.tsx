// A container's logs inside its detail pane: the logs feature's LogsPane for the selected (or
// marked) containers, clipped to its box so no line can spill past the pane.
import {Box} from 'ink';
import React from 'react';
import {LogsPane} from '../logs/logs-pane.js';

export function LogsSlot(props: {containerIds: string[]; width: number; height: number; focused: boolean}) {
	return (
		<Box width={props.width} height={props.height} overflow="hidden" flexShrink={0}>
			<LogsPane {...props} />
		</Box>
	);
}
