// Key/value details, one line per field: a muted key column, then the value cut to the width.
// (@alcalzone/ink-table draws a rule between rows — two lines per field — so it is kept for real
// multi-column tables: ports, mounts, history, health checks.)
import {Box, Text} from 'ink';
import React from 'react';
import {displayWidth, fitCell, truncateEnd} from '../text/display-width.js';
import {theme} from '../theme.js';

export type KeyValue = {key: string; value: string};

/** Lines an ink-table takes for n rows: top, header, rule, the rows with a rule between each, bottom. */
export function tableHeight(rows: number): number {
	return rows * 2 + 3;
}

/** `items` must already be sanitised. Shows the first `height` fields, values cut to fit `width`. */
export function KeyValueTable({items, width, height}: {items: readonly KeyValue[]; width: number; height: number}) {
	const keyWidth = Math.min(16, Math.max(3, ...items.map(item => displayWidth(item.key))));
	return (
		<Box flexDirection="column" width={width} height={Math.max(0, Math.min(height, items.length))} overflow="hidden">
			{items.slice(0, Math.max(0, height)).map(item => (
				<Text key={item.key} wrap="truncate-end">
					<Text {...theme.text.muted}>{fitCell(item.key, keyWidth)}</Text> {truncateEnd(item.value, Math.max(0, width - keyWidth - 1))}
				</Text>
			))}
		</Box>
	);
}
