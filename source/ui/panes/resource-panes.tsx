// The Images, Volumes and Networks tabs: rows from the store's maps plus removal/prune keys.
import {Box} from 'ink';
import React, {useMemo} from 'react';
import type {ResourceKind} from '../../store/actions/types.js';
import {menuRoom} from '../actions/choice-menu.js';
import {ResourceActions} from '../actions/resource-action-keys.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useSelectedId} from '../hooks/use-selection.js';
import {useNow} from '../hooks/use-now.js';
import type {ColumnSpec} from '../layout/columns.js';
import {imageColumns, imageRows} from '../lists/image-rows.js';
import {networkColumns, networkRows} from '../lists/network-rows.js';
import type {TableRow} from '../lists/table-model.js';
import {volumeColumns, volumeRows} from '../lists/volume-rows.js';
import type {Tab} from '../state/ui-store.js';
import type {PaneProps} from './containers-pane.js';
import {ResourceList} from './resource-list.js';

const minute = 60_000;

export function ImagesPane(props: PaneProps) {
	const images = useDaemonState(state => state.images);
	const now = useNow(minute);
	const rows = useMemo(() => imageRows([...images.values()], now), [images, now]);
	return <Pane {...props} tab="images" kind="image" noun="images" columns={imageColumns} rows={rows} />;
}

export function VolumesPane(props: PaneProps) {
	const volumes = useDaemonState(state => state.volumes);
	const now = useNow(minute);
	const rows = useMemo(() => volumeRows([...volumes.values()], now), [volumes, now]);
	return <Pane {...props} tab="volumes" kind="volume" noun="volumes" columns={volumeColumns} rows={rows} />;
}

export function NetworksPane(props: PaneProps) {
	const networks = useDaemonState(state => state.networks);
	const now = useNow(minute);
	const rows = useMemo(() => networkRows([...networks.values()], now), [networks, now]);
	return <Pane {...props} tab="networks" kind="network" noun="networks" columns={networkColumns} rows={rows} />;
}

type Props = PaneProps & {tab: Tab; kind: ResourceKind; noun: string; columns: readonly ColumnSpec[]; rows: readonly TableRow[]};

function Pane({tab, kind, noun, columns, rows, width, height, focused}: Props) {
	const selected = useSelectedId(tab);
	return (
		<Box width={width} height={height}>
			<ResourceList tab={tab} noun={noun} columns={columns} rows={rows} width={width} height={height} focused={focused} />
			<Box position="absolute" marginTop={1} marginLeft={2}>
				<ResourceActions kind={kind} id={selected ?? undefined} room={menuRoom(width, height)} />
			</Box>
		</Box>
	);
}
