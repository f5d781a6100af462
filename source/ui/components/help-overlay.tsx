// `?`: every binding of the focused pane plus the global ones, from the keymap itself, so help
// can never disagree with what the keys do. Scrolls with ↑/↓ when it does not fit.
import {Box, Text} from 'ink';
import React, {useState} from 'react';
import {useCommands} from '../hooks/use-commands.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useSwarmManager} from '../hooks/use-swarm.js';
import {keymap} from '../keymap/index.js';
import type {KeyContext} from '../keymap/types.js';
import {uiStore, useUiState} from '../state/ui-store.js';
import {useServices} from '../services-context.js';
import {fitCell, truncateEnd} from '../text/display-width.js';
import {theme} from '../theme.js';
import {helpSections, sectionTitle} from './footer-hints.js';

type Line = {kind: 'title'; text: string} | {kind: 'binding'; keys: string; description: string};

export function HelpOverlay({contexts, width, height}: {contexts: readonly KeyContext[]; width: number; height: number}) {
	const [offset, setOffset] = useState(0);
	const tab = useUiState(state => state.tab);
	const {readOnly} = useServices();
	const apiVersion = useDaemonState(state => state.daemon.apiVersion);
	const swarm = useSwarmManager();
	const lines: Line[] = helpSections(keymap, [...contexts, 'global'], {tab, readOnly, apiVersion, swarm}).flatMap(section => [
		{kind: 'title' as const, text: sectionTitle(section.context)},
		...section.lines.map(line => ({kind: 'binding' as const, ...line})),
	]);
	const bodyHeight = Math.max(1, height - 1);
	const maxOffset = Math.max(0, lines.length - bodyHeight);
	useCommands(
		'help',
		(command, input, key) => {
			if (command === 'help.close') uiStore.dispatch({type: 'overlay.close'});
			else if (command === 'help.down') setOffset(value => Math.min(maxOffset, value + 1));
			else if (command === 'help.up') setOffset(value => Math.max(0, value - 1));
			else if (key.ctrl && input === 'c') return false; // quitting stays possible
			return true;
		},
		{modal: true},
	);
	const keysWidth = Math.min(24, Math.max(8, ...lines.map(line => (line.kind === 'binding' ? line.keys.length : 0))));
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text {...theme.text.accent} wrap="truncate-end">{truncateEnd(`Keys${maxOffset > 0 ? ' (↑/↓ scroll)' : ''} · Esc closes`, width)}</Text>
			{lines.slice(offset, offset + bodyHeight).map((line, index) =>
				line.kind === 'title' ? (
					<Text key={`t${offset + index}`} {...theme.text.title} wrap="truncate-end">{line.text}</Text>
				) : (
					<Text key={`b${offset + index}`} wrap="truncate-end">
						{'  '}
						<Text {...theme.text.key}>{fitCell(line.keys, keysWidth)}</Text>
						{` ${truncateEnd(line.description, Math.max(0, width - keysWidth - 3))}`}
					</Text>
				),
			)}
		</Box>
	);
}
