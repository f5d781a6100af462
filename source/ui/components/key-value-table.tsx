// Key/value details with @alcalzone/ink-table (the ESM build of ink-table; ink-table@3 cannot load
// with an Ink that supports React 19). Too short a pane gets plain "key  value" lines instead,
// since the bordered table needs two lines per row.
import {Table} from '@alcalzone/ink-table';
import {Box, Text} from 'ink';
import React from 'react';
import {displayWidth, fitCell, truncateEnd} from '../text/display-width.js';
import {theme} from '../theme.js';

export type KeyValue = {key: string; value: string};

/** Lines the bordered table takes for n rows. */
export function tableHeight(rows: number): number {
	return rows * 2 + 3;
}

function Header({children}: {children?: React.ReactNode}) {
	return <Text {...theme.text.title}>{children}</Text>;
}

function Skeleton({children}: {children?: React.ReactNode}) {
	return <Text {...theme.text.muted}>{children}</Text>;
}

/** `items` must already be sanitised. Values are cut to fit `width`. */
export function KeyValueTable({items, width, height}: {items: readonly KeyValue[]; width: number; height: number}) {
	const keyWidth = Math.min(16, Math.max(3, ...items.map(item => displayWidth(item.key))));
	if (height >= tableHeight(items.length) && width >= keyWidth + 14) {
		const valueWidth = width - keyWidth - 7; // "│ key │ value │"
		const data = items.map(item => ({field: truncateEnd(item.key, keyWidth), value: truncateEnd(item.value, valueWidth)}));
		return (
			<Box width={width} overflow="hidden">
				<Table data={data} header={Header} skeleton={Skeleton} />
			</Box>
		);
	}
	return (
		<Box flexDirection="column" width={width} height={Math.min(height, items.length)} overflow="hidden">
			{items.slice(0, Math.max(0, height)).map(item => (
				<Text key={item.key} wrap="truncate-end">
					<Text {...theme.text.muted}>{fitCell(item.key, keyWidth)}</Text> {truncateEnd(item.value, Math.max(0, width - keyWidth - 1))}
				</Text>
			))}
		</Box>
	);
}
