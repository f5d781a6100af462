// Volume and network details as key/value tables.
import React from 'react';
import type {NetworkItem, VolumeItem} from '../../store/types.js';
import {KeyValueTable, type KeyValue} from '../components/key-value-table.js';
import {formatAgo} from '../format/durations.js';
import {useNow} from '../hooks/use-now.js';
import {shortId} from '../lists/table-model.js';
import {sanitizeLabel} from '../text/sanitize.js';

const labelList = (labels: Record<string, string>) =>
	Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => sanitizeLabel(`${key}=${value}`)).join(', ');

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

export function VolumeDetail({volume, width, height}: {volume: VolumeItem; width: number; height: number}) {
	const now = useNow(60_000);
	return <KeyValueTable items={volumeOverview(volume, now)} width={width} height={height} />;
}

export function NetworkDetail({network, width, height}: {network: NetworkItem; width: number; height: number}) {
	const now = useNow(60_000);
	return <KeyValueTable items={networkOverview(network, now)} width={width} height={height} />;
}
