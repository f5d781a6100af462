// Shown instead of the panes while the daemon has never answered: which endpoint, why, how to fix
// it, and that the store keeps retrying in the background.
import {Box, Text} from 'ink';
import React from 'react';
import type {Endpoint} from '../../engine/types.js';
import type {Connection} from '../../store/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import {theme} from '../theme.js';
import {endpointFix, endpointSourceLabel} from './header-text.js';

export function UnreachableScreen({endpoint, connection, width, height, now}: {endpoint: Endpoint; connection: Connection; width: number; height: number; now: number}) {
	const reason = connection.status === 'reconnecting' || connection.status === 'failed' ? connection.lastError : 'no answer yet';
	const retry =
		connection.status === 'reconnecting'
			? `Retrying in ${Math.max(0, Math.ceil((connection.nextRetryAt - now) / 1000))}s (attempt ${connection.attempt}) …`
			: connection.status === 'failed'
				? 'Not retrying: this needs a change on your side (then restart dockhand).'
				: 'Connecting …';
	return (
		<Box flexDirection="column" width={width} height={height} paddingX={1} paddingY={height > 14 ? 1 : 0}>
			<Text {...theme.status.error} bold wrap="wrap">Cannot reach the Docker daemon</Text>
			<Text wrap="wrap">{`Endpoint: ${sanitizeLine(endpoint.url)} (from ${endpointSourceLabel(endpoint)})`}</Text>
			<Text wrap="wrap">{`Reason:   ${sanitizeLine(reason)}`}</Text>
			<Text wrap="wrap">{`Fix:      ${endpointFix(endpoint)}`}</Text>
			<Text {...theme.text.muted} wrap="wrap">{retry}</Text>
			<Text {...theme.text.muted}>q quits</Text>
		</Box>
	);
}
