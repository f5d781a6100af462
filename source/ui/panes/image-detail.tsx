// An image's detail: list fields at once, then inspect and history (fetched through Services) as
// key/value and small row tables.
import {Table} from '@alcalzone/ink-table';
import {Box, Text} from 'ink';
import React from 'react';
import type {ImageHistoryItem, ImageInspect} from '../../engine/types.js';
import type {Image} from '../../store/types.js';
import {KeyValueTable, tableHeight, type KeyValue} from '../components/key-value-table.js';
import {formatBytes} from '../format/byte-size.js';
import {formatAgo} from '../format/durations.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useImageDetails} from '../hooks/use-image-details.js';
import {imageUsers} from './resource-users.js';
import {useNow} from '../hooks/use-now.js';
import {shortId} from '../lists/table-model.js';
import {truncateEnd} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme} from '../theme.js';

const joinCommand = (parts: string[] | null | undefined) => sanitizeLabel((parts ?? []).join(' '));

/** `users`: the containers created from it, as the store knows them. */
export function imageOverview(image: Image, inspect: ImageInspect | undefined, now: number, users: readonly KeyValue[] = []): KeyValue[] {
	const items: KeyValue[] = [
		{key: 'tags', value: image.tags.length > 0 ? image.tags.map(sanitizeLabel).join(', ') : '<none> (dangling)'},
		{key: 'id', value: shortId(image.id)},
		{key: 'size', value: formatBytes(image.size)},
		{key: 'created', value: formatAgo(image.createdAt, now)},
		{key: 'used by', value: usedByText(image, users)},
	];
	if (!inspect) return items;
	items.push({key: 'platform', value: sanitizeLabel(`${inspect.Os}/${inspect.Architecture}`)});
	const config = inspect.Config;
	if (config?.Entrypoint?.length) items.push({key: 'entrypoint', value: joinCommand(config.Entrypoint)});
	if (config?.Cmd?.length) items.push({key: 'cmd', value: joinCommand(config.Cmd)});
	if (config?.WorkingDir) items.push({key: 'workdir', value: sanitizeLabel(config.WorkingDir)});
	const ports = Object.keys(config?.ExposedPorts ?? {});
	if (ports.length > 0) items.push({key: 'exposed', value: sanitizeLabel(ports.join(', '))});
	if (config?.Env?.length) items.push({key: 'env', value: sanitizeLabel(config.Env.join(' '))});
	if (inspect.RootFS?.Layers) items.push({key: 'layers', value: String(inspect.RootFS.Layers.length)});
	const labels = Object.entries(config?.Labels ?? {}).map(([key, value]) => sanitizeLabel(`${key}=${value}`));
	if (labels.length > 0) items.push({key: 'labels', value: labels.join(', ')});
	return items;
}

function usedByText(image: Image, users: readonly KeyValue[]): string {
	if (users.length === 0) return image.containers > 0 ? `${image.containers} container${image.containers === 1 ? '' : 's'}` : 'no container';
	return `${users.length}: ${users.map(user => `${user.key} (${user.value})`).join(', ')}`;
}

export function historyRows(history: readonly ImageHistoryItem[], now: number, width: number): Array<{age: string; size: string; step: string}> {
	const stepWidth = Math.max(8, width - 26);
	return history.map(item => ({
		age: formatAgo(item.Created * 1000, now),
		size: formatBytes(item.Size),
		step: truncateEnd(sanitizeLabel(item.CreatedBy.replace(/^\/bin\/sh -c (#\(nop\) )?/, '').trim()), stepWidth),
	}));
}

export function ImageDetail({image, width, height}: {image: Image; width: number; height: number}) {
	const details = useImageDetails(image.id);
	const now = useNow(60_000);
	const inspect = details?.status === 'loaded' ? details.inspect : undefined;
	const containers = useDaemonState(state => state.containers);
	const items = imageOverview(image, inspect, now, imageUsers(containers.values(), image.id));
	const overviewHeight = Math.min(height, items.length);
	const left = height - overviewHeight - 1;
	const history = details?.status === 'loaded' ? historyRows(details.history, now, width) : [];
	const historyFits = history.length > 0 && left >= tableHeight(1);
	const shownHistory = historyFits ? history.slice(0, Math.floor((left - 3) / 2)) : [];
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<KeyValueTable items={items} width={width} height={overviewHeight} />
			{details?.status === 'loading' ? <Text {...theme.text.muted}>loading details…</Text> : null}
			{details?.status === 'error' ? <Text {...theme.status.error} wrap="truncate-end">{sanitizeLabel(details.message)}</Text> : null}
			{shownHistory.length > 0 ? (
				<Box flexDirection="column" width={width} overflow="hidden">
					<Text {...theme.text.title}>{`history (${shownHistory.length} of ${history.length} layers)`}</Text>
					<Table data={shownHistory} header={HistoryHeader} skeleton={HistorySkeleton} />
				</Box>
			) : null}
		</Box>
	);
}

function HistoryHeader({children}: {children?: React.ReactNode}) {
	return <Text {...theme.text.title}>{children}</Text>;
}

function HistorySkeleton({children}: {children?: React.ReactNode}) {
	return <Text {...theme.text.muted}>{children}</Text>;
}
