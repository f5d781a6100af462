// Draws a section's blocks from a scroll offset: key/value fields one line each (muted key column),
// real tables through ink-table, plain lines muted. Content above the offset is shifted out of the
// clipped box rather than measured again.
import {Table} from '@alcalzone/ink-table';
import {Box, Text} from 'ink';
import React from 'react';
import {displayWidth, fitCell, truncateEnd} from '../text/display-width.js';
import {theme} from '../theme.js';
import type {Block, TableRow} from './inspect-blocks.js';

function Header({children}: {children?: React.ReactNode}) {
	return <Text {...theme.text.title}>{children}</Text>;
}

function Skeleton({children}: {children?: React.ReactNode}) {
	return <Text {...theme.text.muted}>{children}</Text>;
}

/** Cells cut so the whole table fits `width`: each column gets its share, the last one the rest. */
export function fitTableRows(rows: readonly TableRow[], width: number): TableRow[] {
	if (rows.length === 0) return [];
	const columns = Object.keys(rows[0]!);
	const natural = columns.map(column => Math.max(displayWidth(column), ...rows.map(row => displayWidth(row[column] ?? ''))));
	const budget = Math.max(columns.length, width - (columns.length * 3 + 1)); // "│ a │ b │"
	const widths = [...natural];
	// Shrink the widest column until the table fits (paths and outputs give way before short fields).
	while (widths.reduce((sum, w) => sum + w, 0) > budget) {
		const widest = widths.indexOf(Math.max(...widths));
		if (widths[widest]! <= 3) break;
		widths[widest]! -= 1;
	}
	return rows.map(row => Object.fromEntries(columns.map((column, index) => [column, truncateEnd(row[column] ?? '', widths[index]!)])));
}

function BlockLines({block, width}: {block: Block; width: number}) {
	if (block.kind === 'lines') {
		return block.lines.map((line, index) => (
			<Text key={index} {...theme.text.muted} wrap="truncate-end">{truncateEnd(line, width)}</Text>
		));
	}
	const title = block.title ? <Text {...theme.text.title} wrap="truncate-end">{truncateEnd(block.title, width)}</Text> : null;
	if (block.kind === 'table') {
		return (
			<>
				{title}
				{block.rows.length === 0 ? <Text {...theme.text.muted}>{truncateEnd(block.empty, width)}</Text> : <Table data={fitTableRows(block.rows, width)} header={Header} skeleton={Skeleton} />}
			</>
		);
	}
	const keyWidth = Math.min(Math.max(8, Math.floor(width / 3)), Math.max(3, ...block.items.map(item => displayWidth(item.key))));
	return (
		<>
			{title}
			{block.items.map((item, index) => (
				<Text key={index} wrap="truncate-end">
					<Text {...theme.text.muted}>{fitCell(item.key, keyWidth)}</Text> {truncateEnd(item.value, Math.max(0, width - keyWidth - 1))}
				</Text>
			))}
		</>
	);
}

export function BlockView({blocks, offset, width, height}: {blocks: readonly Block[]; offset: number; width: number; height: number}) {
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Box flexDirection="column" flexShrink={0} marginTop={-offset} width={width}>
				{blocks.map((block, index) => (
					<BlockLines key={index} block={block} width={width} />
				))}
			</Box>
		</Box>
	);
}
