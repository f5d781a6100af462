// The Containers tab: rows from the store's container map (rebuilt only when that map or the
// clock changes), a per-row pending-action label, marks, and the container action keys.
import {Box} from 'ink';
import React, {useMemo, useRef} from 'react';
import {menuRoom} from '../actions/choice-menu.js';
import {ContainerActions} from '../actions/container-actions.js';
import {usePendingAction} from '../actions/use-pending-action.js';
import type {CellOverride} from '../components/list-table.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useNow} from '../hooks/use-now.js';
import {containerColumns, containerRefreshMs, containerRows, type RowCache} from '../lists/container-rows.js';
import type {TableRow} from '../lists/table-model.js';
import {useUiState} from '../state/ui-store.js';
import {ResourceList} from './resource-list.js';

export type PaneProps = {width: number; height: number; focused: boolean};

export function ContainersPane({width, height, focused}: PaneProps) {
	const containers = useDaemonState(state => state.containers);
	const marked = useUiState(state => state.marked);
	const list = useMemo(() => [...containers.values()], [containers]);
	const refreshMs = containerRefreshMs(list, Date.now());
	const now = useNow(refreshMs);
	const cache = useRef<RowCache>(new WeakMap()).current;
	const rows = useMemo(() => containerRows(list, now, cache), [list, now, cache]);
	return (
		<Box width={width} height={height}>
			<ResourceList tab="containers" noun="containers" columns={containerColumns} rows={rows} width={width} height={height} focused={focused} marked={marked} RowDecorator={PendingDecorator} />
			<Box position="absolute" marginTop={1} marginLeft={2}>
				<ContainerActions room={menuRoom(width, height)} />
			</Box>
		</Box>
	);
}

function PendingDecorator({row, children}: {row: TableRow; children: (overrides?: Readonly<Record<string, CellOverride>>) => React.ReactNode}) {
	const pending = usePendingAction(row.id);
	const overrides = useMemo(() => (pending ? {status: {text: `${pending.label}…`, tone: 'warn' as const}} : undefined), [pending]);
	return <>{children(overrides)}</>;
}
