// A windowed table: a header line and only the rows that fit, one line each, cut to the width.
// Rows are memoised, so moving the selection re-renders two lines, not the whole list.
import {Box, Text} from 'ink';
import React, {memo, useEffect, useMemo, useRef} from 'react';
import {columnGap, layoutColumns, type ColumnSpec, type PlacedColumn} from '../layout/columns.js';
import {windowTop} from '../lists/list-window.js';
import {updateNaturalWidths, type TableRow, type WidthsMemo} from '../lists/table-model.js';
import {fitCell} from '../text/display-width.js';
import {rowSegments, type CellOverride} from '../lists/row-segments.js';
import {theme, toneStyle} from '../theme.js';

export type {CellOverride} from '../lists/row-segments.js';

export type ListTableProps = {
	columns: readonly ColumnSpec[];
	rows: readonly TableRow[];
	width: number;
	/** Lines for header + rows. */
	height: number;
	selectedIndex: number;
	focused: boolean;
	marked?: ReadonlySet<string>;
	/** Per-row replacement of a cell (e.g. "stopping…" in the status column); a component so it can subscribe. */
	RowDecorator?: React.ComponentType<{row: TableRow; children: (overrides?: Readonly<Record<string, CellOverride>>) => React.ReactNode}>;
	emptyText?: string;
	/** Told the ids of the rows on screen whenever they change (the CPU/MEM sampler samples only those). */
	onWindow?: (ids: readonly string[]) => void;
};

const gutter = 1; // mark column: '*' for marked rows

export function ListTable(props: ListTableProps) {
	const {columns, rows, width, height, selectedIndex, focused, marked, RowDecorator, emptyText} = props;
	// measured again only where rows changed: a sample among 1,000 rows measures its own few
	const widthsRef = useRef<WidthsMemo | null>(null);
	const natural = useMemo(() => (widthsRef.current = updateNaturalWidths(widthsRef.current, columns, rows)).widths, [columns, rows]);
	// the same layout keeps the same array: every memoised row compares it, so a new one would redraw them all
	const placedRef = useRef<readonly PlacedColumn[]>([]);
	const placed = useMemo(() => {
		const next = layoutColumns(columns, natural, Math.max(0, width - gutter));
		return samePlacement(placedRef.current, next) ? placedRef.current : next;
	}, [columns, natural, width]);
	placedRef.current = placed;
	const bodyHeight = Math.max(0, height - 1);
	const topRef = useRef(0);
	const top = windowTop(selectedIndex, rows.length, bodyHeight, topRef.current);
	topRef.current = top;
	const visible = rows.slice(top, top + bodyHeight);
	const windowKey = props.onWindow ? visible.map(row => row.id).join(' ') : '';
	const {onWindow} = props;
	useEffect(() => {
		onWindow?.(windowKey === '' ? [] : windowKey.split(' '));
	}, [onWindow, windowKey]);
	const header = ' ' + placed.map(column => fitCell(column.title, column.width, column.align)).join(' '.repeat(columnGap));
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text {...theme.text.title} wrap="truncate-end">{header}</Text>
			{rows.length === 0 && emptyText ? <Text {...theme.text.muted} wrap="truncate-end">{` ${emptyText}`}</Text> : null}
			{visible.map((row, offset) => {
				const selected = top + offset === selectedIndex;
				const isMarked = marked?.has(row.id) ?? false;
				if (RowDecorator) return <DecoratedRow key={row.id} row={row} placed={placed} selected={selected} focused={focused} marked={isMarked} Decorator={RowDecorator} />;
				return <RowLine key={row.id} row={row} placed={placed} selected={selected} focused={focused} marked={isMarked} />;
			})}
		</Box>
	);
}

function samePlacement(a: readonly PlacedColumn[], b: readonly PlacedColumn[]): boolean {
	return a.length === b.length && a.every((column, index) => column.id === b[index]!.id && column.width === b[index]!.width && column.align === b[index]!.align && column.title === b[index]!.title);
}

type RowLineProps = {
	row: TableRow;
	placed: readonly PlacedColumn[];
	selected: boolean;
	focused: boolean;
	marked: boolean;
	overrides?: Readonly<Record<string, CellOverride>>;
};

/** A row with its decorator, memoised as a whole: a list update that leaves the row as it was does not run the decorator (its hooks, its children) for it. */
const DecoratedRow = memo(function DecoratedRow({Decorator, ...line}: Omit<RowLineProps, 'overrides'> & {Decorator: NonNullable<ListTableProps['RowDecorator']>}) {
	return <Decorator row={line.row}>{overrides => <RowLine {...line} overrides={overrides} />}</Decorator>;
});

const RowLine = memo(function RowLine({row, placed, selected, focused, marked, overrides}: RowLineProps) {
	const rowStyle = selected ? (focused ? theme.selection.focused : theme.selection.unfocused) : {};
	return (
		<Text {...rowStyle} wrap="truncate-end">
			{rowSegments(row, placed, selected, marked, overrides).map((segment, index) =>
				segment.tone ? (
					<Text key={index} {...toneStyle(segment.tone)}>
						{segment.text}
					</Text>
				) : segment.bold ? (
					<Text key={index} bold>
						{segment.text}
					</Text>
				) : (
					segment.text
				),
			)}
		</Text>
	);
});
