// `I`: the daemon itself — versions, host, drivers, object counts and disk usage. Read once when
// opened (r reads again); /system/df walks the disk, so it arrives after the rest.
import {Box, Text} from 'ink';
import React, {useState} from 'react';
import {supportsCall} from '../../engine/api-features.js';
import {parseDiskUsage} from '../../engine/disk-usage.js';
import {useCommands} from '../hooks/use-commands.js';
import {useFetched, type Fetched} from '../hooks/use-fetched.js';
import {inspectCommands as c} from '../keymap/inspect-bindings.js';
import {BlockView} from '../inspect/block-view.js';
import {blocksHeight} from '../inspect/inspect-blocks.js';
import {useServices} from '../services-context.js';
import {uiStore} from '../state/ui-store.js';
import {truncateEnd} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme} from '../theme.js';
import {infoBlocks} from './info-sections.js';

const unavailable = () => Promise.reject(new Error('not available here'));

function note<T>(fetched: Fetched<T> | undefined): string | undefined {
	if (!fetched || fetched.status === 'loading') return 'reading…';
	if (fetched.status === 'error') return sanitizeLabel(fetched.message);
	return undefined;
}

export function InfoView({width, height}: {width: number; height: number}) {
	const {details} = useServices();
	const [round, setRound] = useState(0);
	const [offset, setOffset] = useState(0);
	const version = String(round);
	const info = useFetched('info', version, () => details?.info() ?? unavailable());
	const daemonVersion = useFetched('version', version, () => details?.version() ?? unavailable());
	// /system/df came with API 1.25: an older daemon is not asked.
	const dfAllowed = supportsCall(details?.apiVersion, 'systemDf');
	const disk = useFetched(dfAllowed ? 'df' : null, version, async () => parseDiskUsage(await (details?.diskUsage() ?? unavailable())));
	const blocks = infoBlocks({
		info: info?.status === 'loaded' ? info.value : null,
		version: daemonVersion?.status === 'loaded' ? daemonVersion.value : null,
		negotiated: details?.apiVersion ?? null,
		disk: disk?.status === 'loaded' ? disk.value : null,
		diskNote: dfAllowed ? note(disk) : `needs API 1.25 (in use: ${details?.apiVersion ?? '–'})`,
	});
	const bodyHeight = Math.max(1, height - 1);
	const max = Math.max(0, blocksHeight(blocks) - bodyHeight);
	useCommands(
		'info',
		(command, input, key) => {
			if (command === c.infoClose) uiStore.dispatch({type: 'overlay.close'});
			else if (command === c.infoDown) setOffset(value => Math.min(max, value + 1));
			else if (command === c.infoUp) setOffset(value => Math.max(0, value - 1));
			else if (command === c.infoRefresh) setRound(value => value + 1);
			else if (key.ctrl && input === 'c') return false; // quitting stays possible
			// Several keys in one read ("jjj"): handed back so the router offers them one by one.
			else if (input.length > 1 && !key.ctrl && !key.meta) return false;
			return true;
		},
		{modal: true},
	);
	const infoError = info?.status === 'error' ? info.message : undefined;
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text {...theme.text.accent} wrap="truncate-end">{truncateEnd(`Daemon info${max > 0 ? ' (↑/↓ scroll)' : ''} · r refresh · Esc closes`, width)}</Text>
			{infoError ? <Text {...theme.status.error} wrap="truncate-end">{truncateEnd(sanitizeLabel(infoError), width)}</Text> : null}
			<BlockView blocks={blocks} offset={Math.min(offset, max)} width={width} height={bodyHeight - (infoError ? 1 : 0)} />
		</Box>
	);
}
