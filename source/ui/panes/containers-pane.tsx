// The Containers tab: rows from the store's container map (rebuilt only when that map, the clock,
// the order or a CPU/MEM figure changes), a per-row pending-action label, marks, the container
// action keys, and the visible running rows handed to the stats sampler.
import {Box} from 'ink';
import React, {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {menuRoom} from '../actions/choice-menu.js';
import {ContainerActions} from '../actions/container-actions.js';
import {usePendingAction} from '../actions/use-pending-action.js';
import type {CellOverride} from '../components/list-table.js';
import {useCommands} from '../hooks/use-commands.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useNow} from '../hooks/use-now.js';
import {useShownFigures} from '../hooks/use-shown-figures.js';
import {containerViewCommands} from '../keymap/container-view-bindings.js';
import {projectMembers, projectOfRow, projectRowId, updateGrouped, type GroupedMemo} from '../lists/compose-groups.js';
import {containerColumns, containerRefreshMs, type RowCache} from '../lists/container-rows.js';
import {updateRows, type RowsMemo} from '../lists/rows-update.js';
import {sortContainers, sortUsesFigures} from '../lists/container-sort.js';
import {sortedColumns} from '../lists/container-sort-columns.js';
import {filterRows, type TableRow} from '../lists/table-model.js';
import type {Command} from '../keymap/types.js';
import type {Container} from '../../store/types.js';
import {useServices} from '../services-context.js';
import {containerView, useContainerView} from '../state/container-view.js';
import {uiStore, useUiState} from '../state/ui-store.js';
import {ResourceList} from './resource-list.js';

export type PaneProps = {width: number; height: number; focused: boolean};

const noFigures = new Map();

export function ContainersPane({width, height, focused}: PaneProps) {
	const {stats} = useServices();
	const containers = useDaemonState(state => state.containers);
	const marked = useUiState(state => state.marked);
	const sort = useContainerView(view => view.sort);
	const grouped = useContainerView(view => view.grouped);
	const folded = useContainerView(view => view.folded);
	const figures = useShownFigures(stats?.board);
	const list = useMemo(() => [...containers.values()], [containers]);
	const [onWindow, windowIds] = useSampledWindow();
	// the clock ticks as often as the rows on screen need (one "just now" among 1,000 rows scrolled away ticks nothing)
	const onScreen = useMemo(() => windowIds.flatMap(id => containers.get(id) ?? []), [windowIds, containers]);
	const refreshMs = containerRefreshMs(onScreen.length > 0 ? onScreen : list, Date.now());
	const now = useNow(refreshMs);
	const cache = useRef<RowCache>(new WeakMap()).current;
	const groupCache = useRef(new WeakMap<TableRow, TableRow>()).current;
	// re-sorted when the containers or the order change (or, for a CPU/MEM order, the figures), not on every tick
	const sortFigures = sortUsesFigures(sort) ? figures : noFigures;
	const ordered = useMemo(() => sortContainers(list, sort, sortFigures), [list, sort, sortFigures]);
	// brought up to date with what changed: a sample rebuilds its rows, a tick before any status text is due nothing
	const rowsMemo = useRef<RowsMemo | null>(null);
	const flat = useMemo(() => (rowsMemo.current = updateRows(rowsMemo.current, ordered, now, cache, figures)).rows, [ordered, now, cache, figures]);
	// grouped the same way: a sample or a tick puts its few rows in place, not a pass over all 1,000
	const groupedMemo = useRef<GroupedMemo | null>(null);
	const rows = useMemo(
		() => (grouped ? (groupedMemo.current = updateGrouped(groupedMemo.current, ordered, flat, folded, groupCache)).rows : flat),
		[grouped, flat, ordered, folded, groupCache],
	);
	const columns = useMemo(() => sortedColumns(containerColumns, sort), [sort]);
	useCommands(
		'list',
		command => {
			if (command === containerViewCommands.sort) containerView.cycleSort();
			else if (command === containerViewCommands.sortReverse) containerView.reverseSort();
			else if (command === containerViewCommands.stats) containerView.toggleStats();
			else if (command === containerViewCommands.group) containerView.toggleGrouped();
			else if (command === 'action.mark-all') {
				// the rows on screen: the list filter applied, folded projects' members left out
				const shown = filterRows(rows, uiStore.getState().filter.containers).filter(row => containers.has(row.id));
				uiStore.dispatch({type: 'marks.add', ids: shown.map(row => row.id)});
			} else if (command === 'action.mark-none') uiStore.dispatch({type: 'marks.clear'});
			else return projectCommand(command, containers.values());
			return true;
		},
		{active: focused},
	);
	return (
		<Box width={width} height={height}>
			<ResourceList tab="containers" noun="containers" columns={columns} rows={rows} width={width} height={height} focused={focused} marked={marked} RowDecorator={PendingDecorator} onWindow={onWindow} />
			<Box position="absolute" marginTop={1} marginLeft={2}>
				<ContainerActions room={menuRoom(width, height)} />
			</Box>
		</Box>
	);
}

/**
 * Keys on a compose project row: Space marks all its containers (again: unmarks them), Enter marks
 * them and opens their merged logs, z folds; an action key acts on all of them. false: not for us.
 */
function projectCommand(command: Command | undefined, containers: Iterable<Container>): boolean {
	const {selection, marked} = uiStore.getState();
	const selectedId = selection.containers.id;
	const project = projectOfRow(selectedId) ?? (command === containerViewCommands.fold ? (selectedId ? findProject(containers, selectedId) : null) : null);
	if (project === null) return false;
	const members = projectMembers(containers, project);
	const markAll = () => {
		for (const id of members) if (!uiStore.getState().marked.has(id)) uiStore.dispatch({type: 'marks.toggle', id});
	};
	switch (command) {
		case containerViewCommands.fold:
			containerView.toggleFolded(project);
			// folding from a container row: the selection goes to its project row, not a neighbour
			uiStore.dispatch({type: 'select', tab: 'containers', id: projectRowId(project), index: selection.containers.index});
			return true;
		case 'action.mark':
			if (members.length > 0 && members.every(id => marked.has(id))) for (const id of members) uiStore.dispatch({type: 'marks.toggle', id});
			else markAll();
			return true;
		case 'list.open':
			markAll();
			uiStore.dispatch({type: 'focus.set', focus: 'detail'});
			return true;
		default:
			// other action keys act on the marked containers: with none marked, the project's are meant
			if (command?.startsWith('action.') && command !== 'action.prune' && marked.size === 0) markAll();
			return false;
	}
}

function findProject(containers: Iterable<Container>, id: string): string | null {
	for (const container of containers) if (container.id === id) return container.composeProject;
	return null;
}

/** The rows on screen (ids), and their running containers to the sampler; none once the list is gone (help, another tab). */
function useSampledWindow() {
	const {stats} = useServices();
	const containers = useDaemonState(state => state.containers);
	const [windowIds, setWindowIds] = useState<readonly string[]>([]);
	const sampler = stats?.sampler;
	useEffect(() => {
		sampler?.setTargets(windowIds.filter(id => containers.get(id)?.state === 'running'));
	}, [sampler, windowIds, containers]);
	// removed containers' figures go with them
	useEffect(() => stats?.board.retain(new Set(containers.keys())), [stats, containers]);
	useEffect(() => () => sampler?.setTargets([]), [sampler]);
	const onWindow = useCallback((ids: readonly string[]) => setWindowIds(ids), []);
	return [onWindow, windowIds] as const;
}

function PendingDecorator({row, children}: {row: TableRow; children: (overrides?: Readonly<Record<string, CellOverride>>) => React.ReactNode}) {
	const pending = usePendingAction(row.id);
	const overrides = useMemo(() => (pending ? {status: {text: `${pending.label}…`, tone: 'warn' as const}} : undefined), [pending]);
	return <>{children(overrides)}</>;
}
