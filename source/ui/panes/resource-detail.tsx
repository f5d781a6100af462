// Volume and network details: the overview one line per field, then who uses it — the containers
// mounting a volume (and its size where /system/df measures one), a network's attached containers
// with their addresses. Fetched when selected, never polled.
import {Box} from 'ink';
import React from 'react';
import {parseDiskUsage, type DiskUsage} from '../../engine/disk-usage.js';
import {supportsCall} from '../../engine/api-features.js';
import type {NetworkItem, VolumeItem} from '../../store/types.js';
import {KeyValueTable, type KeyValue} from '../components/key-value-table.js';
import {formatBytes} from '../format/byte-size.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useFetched, type Fetched} from '../hooks/use-fetched.js';
import {BlockView} from '../inspect/block-view.js';
import {blocksHeight, type Block} from '../inspect/inspect-blocks.js';
import {useServices, type DetailCalls} from '../services-context.js';
import {networkUsers, volumeUsers} from './resource-users.js';
import {formatAgo} from '../format/durations.js';
import {useNow} from '../hooks/use-now.js';
import {compareNames, shortId} from '../lists/table-model.js';
import {sanitizeLabel} from '../text/sanitize.js';

const labelList = (labels: Record<string, string>) =>
	Object.entries(labels).sort(([a], [b]) => compareNames(a, b)).map(([key, value]) => sanitizeLabel(`${key}=${value}`)).join(', ');

export function volumeOverview(volume: VolumeItem, now: number): KeyValue[] {
	const items: KeyValue[] = [
		{key: 'name', value: sanitizeLabel(volume.name)},
		{key: 'driver', value: sanitizeLabel(volume.driver)},
		{key: 'scope', value: sanitizeLabel(volume.scope)},
		{key: 'mountpoint', value: sanitizeLabel(volume.mountpoint)},
		{key: 'created', value: formatAgo(volume.createdAt, now)},
	];
	if (Object.keys(volume.labels).length > 0) items.push({key: 'labels', value: labelList(volume.labels)});
	return items;
}

export function networkOverview(network: NetworkItem, now: number): KeyValue[] {
	const items: KeyValue[] = [
		{key: 'name', value: sanitizeLabel(network.name)},
		{key: 'id', value: shortId(network.id)},
		{key: 'driver', value: sanitizeLabel(network.driver)},
		{key: 'scope', value: sanitizeLabel(network.scope)},
		{key: 'internal', value: network.internal ? 'yes' : 'no'},
		{key: 'containers', value: String(network.containers)},
		{key: 'created', value: formatAgo(network.createdAt, now)},
	];
	if (Object.keys(network.labels).length > 0) items.push({key: 'labels', value: labelList(network.labels)});
	return items;
}

// /system/df walks every volume: one answer serves the volumes browsed within half a minute.
const diskUsageReuseMs = 30_000;
let diskUsageCache: {at: number; calls: DetailCalls; promise: Promise<DiskUsage>} | null = null;

function sharedDiskUsage(calls: DetailCalls): Promise<DiskUsage> {
	if (!diskUsageCache || diskUsageCache.calls !== calls || Date.now() - diskUsageCache.at > diskUsageReuseMs) {
		const promise = calls.diskUsage({verbose: true}).then(parseDiskUsage);
		promise.catch(() => (diskUsageCache = null));
		diskUsageCache = {at: Date.now(), calls, promise};
	}
	return diskUsageCache.promise;
}

const unavailable = () => Promise.reject(new Error('not available here'));

/** "12.3kB", "–" where the daemon does not measure it, or how the answer is going. */
export function volumeSizeText(name: string, disk: Fetched<DiskUsage> | undefined): string {
	if (!disk || disk.status === 'loading') return 'measuring…';
	if (disk.status === 'error') return '–';
	const size = disk.value.volumeSizes.get(name);
	return size === undefined ? '– (not measured by its driver)' : formatBytes(size);
}

function usersBlock(title: string, fetched: Fetched<KeyValue[]> | undefined, empty: string): Block {
	if (!fetched || fetched.status === 'loading') return {kind: 'lines', lines: [`${title}: reading…`]};
	if (fetched.status === 'error') return {kind: 'lines', lines: [`${title}: ${sanitizeLabel(fetched.message)}`]};
	if (fetched.value.length === 0) return {kind: 'lines', lines: [`${title}: ${empty}`]};
	return {kind: 'fields', title: `${title} (${fetched.value.length})`, items: fetched.value};
}

/** The overview, then who uses it; a short pane cuts the overview's tail before the users. */
function DetailBlocks({items, blocks, width, height}: {items: KeyValue[]; blocks: Block[]; width: number; height: number}) {
	const usersHeight = Math.min(blocksHeight(blocks), Math.max(0, height - 2));
	const overviewHeight = Math.min(items.length, height - usersHeight);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<KeyValueTable items={items} width={width} height={overviewHeight} />
			{usersHeight > 0 ? <BlockView blocks={blocks} offset={0} width={width} height={height - overviewHeight} /> : null}
		</Box>
	);
}

export function VolumeDetail({volume, width, height}: {volume: VolumeItem; width: number; height: number}) {
	const now = useNow(60_000);
	const {details} = useServices();
	// A container created or removed may mount it: the store's count says when to ask again.
	const containerCount = useDaemonState(state => state.containers.size);
	const users = useFetched(volume.name, String(containerCount), async () =>
		volumeUsers(details ? await details.listContainers({all: true, filters: {volume: [volume.name]}}) : await unavailable(), volume.name),
	);
	const dfAllowed = details !== undefined && supportsCall(details.apiVersion, 'systemDf');
	const disk = useFetched(dfAllowed ? volume.name : null, '', () => sharedDiskUsage(details!));
	const items = [...volumeOverview(volume, now), {key: 'size', value: dfAllowed ? volumeSizeText(volume.name, disk) : '– (needs API 1.25)'}];
	return <DetailBlocks items={items} blocks={[usersBlock('used by', users, 'no container mounts it')]} width={width} height={height} />;
}

export function NetworkDetail({network, width, height}: {network: NetworkItem; width: number; height: number}) {
	const now = useNow(60_000);
	const {details} = useServices();
	const containerCount = useDaemonState(state => state.containers.size);
	const running = useDaemonState(state => [...state.containers.values()].filter(container => container.state === 'running').length);
	const attached = useFetched(network.id, `${containerCount}|${running}`, async () => networkUsers(details ? await details.inspectNetwork(network.id) : await unavailable()));
	return <DetailBlocks items={networkOverview(network, now)} blocks={[usersBlock('attached', attached, 'no container attached')]} width={width} height={height} />;
}
