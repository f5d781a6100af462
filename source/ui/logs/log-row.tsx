// One row of the logs pane: a log line (or a piece of a wrapped one), a crash marker or a filter gap.
import {Text} from 'ink';
import React, {memo} from 'react';
import {theme, toneStyle} from '../theme.js';
import type {LineRow, RowModel} from './logs-view-model.js';
import {gutter, matchStyle, nameStyle} from './logs-style.js';

function LineText({row}: {row: LineRow}) {
	if (row.highlights.length === 0) return <Text>{row.text}</Text>;
	const parts: React.ReactNode[] = [];
	let at = 0;
	for (const [index, [start, end]] of row.highlights.entries()) {
		if (start > at) parts.push(row.text.slice(at, start));
		parts.push(
			<Text key={index} {...matchStyle(row.current)}>
				{row.text.slice(start, end)}
			</Text>,
		);
		at = end;
	}
	if (at < row.text.length) parts.push(row.text.slice(at));
	return <Text>{parts}</Text>;
}

export const LogRow = memo(function LogRow({row}: {row: RowModel}) {
	if (row.kind === 'gap') return <Text {...theme.text.muted}>  ┄┄</Text>;
	if (row.kind === 'marker') {
		return (
			<Text wrap="truncate-end" {...toneStyle(row.tone)} bold>
				{row.text}
			</Text>
		);
	}
	const mark = gutter(row.line.stream);
	return (
		<Text wrap="truncate-end">
			<Text {...mark.style}>{mark.glyph}</Text>
			{row.time ? <Text {...theme.text.muted}>{row.time}</Text> : null}
			{row.name ? <Text {...nameStyle(row.source)}>{row.name}</Text> : null}
			<LineText row={row} />
			{row.cutLabel ? <Text {...theme.text.muted}>{row.cutLabel}</Text> : null}
		</Text>
	);
});
