// One row of the logs pane: a log line (or a piece of a wrapped one), a crash marker or a filter gap.
// Few nodes per row (plain text joins into one string): under a flood every row changes each frame.
import {Text} from 'ink';
import React, {memo} from 'react';
import {theme, toneStyle} from '../theme.js';
import type {LineRow, RowModel} from './logs-view-model.js';
import {gutter, matchStyle, nameStyle} from './logs-style.js';

function highlighted(row: LineRow): React.ReactNode[] {
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
	return parts;
}

function LineRowText({row}: {row: LineRow}) {
	const mark = gutter(row.line.stream);
	const plainGutter = mark.glyph === ' ';
	const plainText = row.highlights.length === 0;
	if (plainGutter && plainText && !row.time && !row.name && !row.cutLabel) return <Text wrap="truncate-end">{` ${row.text}`}</Text>;
	return (
		<Text wrap="truncate-end">
			{plainGutter ? ' ' : <Text {...mark.style}>{mark.glyph}</Text>}
			{row.time ? <Text {...theme.text.muted}>{row.time}</Text> : null}
			{row.name ? <Text {...nameStyle(row.source)}>{row.name}</Text> : null}
			{plainText ? row.text : highlighted(row)}
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
