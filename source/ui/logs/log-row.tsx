// One row of the logs pane: a log line (or a piece of a wrapped one), a crash marker or a filter gap.
// Few nodes per row (plain text joins into one string): under a flood every row changes each frame.
import {Text} from 'ink';
import React, {memo} from 'react';
import {theme, toneStyle} from '../theme.js';
import type {LineRow, RowModel} from './logs-view-model.js';
import {gutter, matchStyle, nameStyle} from './logs-style.js';

/** The log's own colours, with search matches drawn over them. */
function styled(row: LineRow): React.ReactNode[] {
	const cuts = new Set([0, row.text.length]);
	for (const [start, end] of row.highlights) cuts.add(start).add(end);
	for (const span of row.colors) cuts.add(span.start).add(span.end);
	const edges = [...cuts].sort((a, b) => a - b);
	const parts: React.ReactNode[] = [];
	for (let index = 0; index + 1 < edges.length; index++) {
		const [start, end] = [edges[index]!, edges[index + 1]!];
		const text = row.text.slice(start, end);
		const match = row.highlights.some(([from, to]) => from <= start && end <= to);
		const color = match ? undefined : row.colors.find(span => span.start <= start && end <= span.end);
		if (match) parts.push(<Text key={start} {...matchStyle(row.current)}>{text}</Text>);
		else if (color) parts.push(<Text key={start} {...color.style}>{text}</Text>);
		else parts.push(text);
	}
	return parts;
}

function LineRowText({row}: {row: LineRow}) {
	const mark = gutter(row.line.stream);
	const plainGutter = mark.glyph === ' ';
	const plainText = row.highlights.length === 0 && row.colors.length === 0;
	if (plainGutter && plainText && !row.time && !row.name && !row.cutLabel) return <Text wrap="truncate-end">{` ${row.text}`}</Text>;
	return (
		<Text wrap="truncate-end">
			{plainGutter ? ' ' : <Text {...mark.style}>{mark.glyph}</Text>}
			{row.time ? <Text {...theme.text.muted}>{row.time}</Text> : null}
			{row.name ? <Text {...nameStyle(row.source)}>{row.name}</Text> : null}
			{plainText ? row.text : styled(row)}
			{row.cutLabel ? <Text {...theme.text.muted}>{row.cutLabel}</Text> : null}
		</Text>
	);
}

function RowView({row}: {row: RowModel}) {
	if (row.kind === 'gap') return <Text {...theme.text.muted}>  ┄┄</Text>;
	if (row.kind === 'marker') {
		return (
			<Text wrap="truncate-end" {...toneStyle(row.tone)} bold>
				{row.text}
			</Text>
		);
	}
	return <LineRowText row={row} />;
}

/** Same content, same output: a paused view re-renders nothing when lines arrive. */
function sameRow(a: RowModel, b: RowModel): boolean {
	if (a.kind !== b.kind || a.key !== b.key) return false;
	if (a.kind === 'line' && b.kind === 'line') {
		return (
			a.text === b.text && a.time === b.time && a.name === b.name && a.current === b.current && a.cutLabel === b.cutLabel && a.line.stream === b.line.stream &&
			a.highlights.length === b.highlights.length && a.highlights.every(([start, end], index) => b.highlights[index]![0] === start && b.highlights[index]![1] === end)
		);
	}
	if (a.kind === 'marker' && b.kind === 'marker') return a.text === b.text && a.tone === b.tone;
	return true;
}

export const LogRow = memo(function LogRow({row}: {row: RowModel}) {
	return <RowView row={row} />;
}, (previous, next) => sameRow(previous.row, next.row));
