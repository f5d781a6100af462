// One list pane: the tab's rows, narrowed by its filter, with the selection kept by id across
// updates (a vanished row hands the selection to its neighbour), and the list keys.
import {Box} from 'ink';
import React, {useEffect, useMemo} from 'react';
import {ListTable, type ListTableProps} from '../components/list-table.js';
import {FilterLine} from '../components/filter-line.js';
import {useCommands} from '../hooks/use-commands.js';
import type {ColumnSpec} from '../layout/columns.js';
import {movedIndex, resolveSelection} from '../lists/list-window.js';
import {filterRows, type TableRow} from '../lists/table-model.js';
import {uiStore, useUiState, type Tab} from '../state/ui-store.js';

export type ResourceListProps = {
	tab: Tab;
	columns: readonly ColumnSpec[];
	rows: readonly TableRow[];
	width: number;
	height: number;
	focused: boolean;
	noun: string; // "containers"
	RowDecorator?: ListTableProps['RowDecorator'];
	marked?: ReadonlySet<string>;
	onWindow?: ListTableProps['onWindow'];
};

export function ResourceList(props: ResourceListProps) {
	const {tab, columns, rows, width, height, focused, noun} = props;
	const filter = useUiState(state => state.filter[tab]);
	const editing = useUiState(state => state.filterEditing && state.tab === tab);
	const selection = useUiState(state => state.selection[tab]);
	const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
	const ids = useMemo(() => shown.map(row => row.id), [shown]);
	const index = resolveSelection(ids, selection.id, selection.index);
	const resolvedId = index === -1 ? null : ids[index]!;

	useEffect(() => {
		if (resolvedId !== selection.id || (index !== -1 && index !== selection.index)) {
			uiStore.dispatch({type: 'select', tab, id: resolvedId, index: Math.max(0, index)});
		}
	}, [tab, resolvedId, index, selection.id, selection.index]);

	const showFilter = editing || filter !== '';
	const tableHeight = Math.max(1, height - (showFilter ? 1 : 0));
	const page = Math.max(1, tableHeight - 2);

	useCommands(
		'list',
		command => {
			const go = (next: number) => {
				const target = movedIndex(next, 0, ids.length);
				if (ids.length > 0) uiStore.dispatch({type: 'select', tab, id: ids[target]!, index: target});
				return true;
			};
			switch (command) {
				case 'list.up':
					return go(index - 1);
				case 'list.down':
					return go(index + 1);
				case 'list.top':
					return go(0);
				case 'list.bottom':
					return go(ids.length - 1);
				case 'list.pageUp':
					return go(index - page);
				case 'list.pageDown':
					return go(index + page);
				case 'list.filter':
					uiStore.dispatch({type: 'filter.start'});
					return true;
				case 'list.open':
					uiStore.dispatch({type: 'focus.set', focus: 'detail'});
					return true;
				case 'list.clear': {
					const state = uiStore.getState();
					if (state.filter[tab] !== '') uiStore.dispatch({type: 'filter.clear'});
					else if (tab === 'containers' && state.marked.size > 0) uiStore.dispatch({type: 'marks.clear'});
					else return false;
					return true;
				}
				default:
					return false;
			}
		},
		{active: focused},
	);

	return (
		<Box flexDirection="column" width={width} height={height}>
			<ListTable
				columns={columns}
				rows={shown}
				width={width}
				height={tableHeight}
				selectedIndex={index}
				focused={focused}
				marked={props.marked}
				RowDecorator={props.RowDecorator}
				onWindow={props.onWindow}
				emptyText={filter ? `no ${noun} match "${filter}"` : `no ${noun}`}
			/>
			{showFilter ? <FilterLine tab={tab} editing={editing} matched={shown.length} total={rows.length} width={width} /> : null}
		</Box>
	);
}
