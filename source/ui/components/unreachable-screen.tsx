// Shown instead of the panes while the daemon has never answered: which endpoint, why, how to fix
// it, and that the store keeps retrying in the background. Wrapped here into whole rows that fit
// the body (a small terminal cuts the fix first), so no row is ever drawn over another.
import {Box, Text} from 'ink';
import React from 'react';
import type {Endpoint} from '../../engine/types.js';
import type {Connection} from '../../store/types.js';
import {fitParagraphs} from '../layout/fit-text.js';
import {sanitizeLine} from '../text/sanitize.js';
import {theme} from '../theme.js';
import {endpointFix, endpointSourceLabel} from './header-text.js';

export function unreachableParagraphs(endpoint: Endpoint, connection: Connection, now: number, demoOffered = false): Array<{text: string; priority: number; tone: 'error' | 'text' | 'muted'}> {
	const reason = connection.status === 'reconnecting' || connection.status === 'failed' ? connection.lastError : 'no answer yet';
	const retry =
		connection.status === 'reconnecting'
			? `Retrying in ${Math.max(0, Math.ceil((connection.nextRetryAt - now) / 1000))}s (attempt ${connection.attempt}) …`
			: connection.status === 'failed'
				? 'Not retrying: this needs a change on your side (then restart dockhand).'
				: 'Connecting …';
	const refused = connection.status === 'failed' && connection.pinnedVersionRefused === true;
	return [
		{text: refused ? 'The Docker daemon refused the pinned API version' : 'Cannot reach the Docker daemon', priority: 0, tone: 'error'},
		{text: `Endpoint: ${sanitizeLine(endpoint.url)} (from ${endpointSourceLabel(endpoint)})`, priority: 3, tone: 'text'},
		{text: `Reason:   ${sanitizeLine(reason)}`, priority: 1, tone: 'text'},
		{text: `Fix:      ${refused ? 'unset DOCKER_API_VERSION (dockhand then negotiates a version the daemon speaks), or pin one the daemon supports' : endpointFix(endpoint)}`, priority: 4, tone: 'text'},
		{text: retry, priority: 2, tone: 'muted'},
		...(demoOffered ? [{text: 'No Docker here? T opens the built-in demo (a simulated engine, marked DEMO)', priority: 0, tone: 'text' as const}] : []),
		{text: demoOffered ? 'T demo  q quits' : 'q quits', priority: 2, tone: 'muted'},
	];
}

export function UnreachableScreen({endpoint, connection, width, height, now, demoOffered = false}: {endpoint: Endpoint; connection: Connection; width: number; height: number; now: number; demoOffered?: boolean}) {
	const paddingY = height > 14 ? 1 : 0;
	const inner = Math.max(1, width - 2);
	const paragraphs = unreachableParagraphs(endpoint, connection, now, demoOffered);
	const fitted = fitParagraphs(paragraphs, inner, height - 2 * paddingY);
	return (
		<Box flexDirection="column" width={width} height={height} paddingX={1} paddingY={paddingY} overflow="hidden">
			{paragraphs.flatMap((paragraph, index) => {
				const style = paragraph.tone === 'error' ? {...theme.status.error, bold: true} : paragraph.tone === 'muted' ? theme.text.muted : {};
				return fitted[index]!.map((row, line) => (
					<Text key={`${index}-${line}`} {...style} wrap="truncate-end">
						{row}
					</Text>
				));
			})}
		</Box>
	);
}
