// `x`: every daemon set up — docker contexts, DOCKER_HOST, -H — with reachability and engine
// version probed in the background; Enter switches the whole session to the selected one.
import {Box, Text} from 'ink';
import React, {useEffect, useState, useSyncExternalStore} from 'react';
import {useCommands} from '../hooks/use-commands.js';
import {contextsCommands as c} from '../keymap/contexts-bindings.js';
import {useServices} from '../services-context.js';
import {uiStore} from '../state/ui-store.js';
import {truncateEnd} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme, toneStyle} from '../theme.js';
import {contextLines} from './context-rows.js';

export function ContextsView({width, height}: {width: number; height: number}) {
	const {contexts} = useServices();
	const service = contexts!.service;
	const state = useSyncExternalStore(service.subscribe, service.getState);
	// the selection follows a name: the rows arrive after the view opens and change on refresh
	const [chosen, setChosen] = useState<string | undefined>(undefined);
	// read and probed again each time the view opens: contexts change behind our back (docker context create)
	useEffect(() => service.refresh(), [service]);
	const at = (name: string | undefined) => state.rows.findIndex(row => row.choice.name === name);
	const selected = Math.max(0, at(chosen) >= 0 ? at(chosen) : at(state.active));
	const row = state.rows[selected];
	const move = (to: number) => setChosen(state.rows[Math.max(0, Math.min(state.rows.length - 1, to))]?.choice.name);
	useCommands(
		'contexts',
		(command, input, key) => {
			if (command === c.close) uiStore.dispatch({type: 'overlay.close'});
			else if (command === c.down) move(selected + 1);
			else if (command === c.up) move(selected - 1);
			else if (command === c.refresh) service.refresh();
			else if (command === c.choose) {
				if (!row) return true;
				if (!row.choice.endpoint || row.choice.error) uiStore.dispatch({type: 'message.show', text: sanitizeLabel(`${row.choice.name}: ${row.choice.error ?? 'cannot be used'}`), level: 'error'});
				else if (row.choice.name === state.active) uiStore.dispatch({type: 'overlay.close'});
				else contexts!.choose(row.choice.name);
			} else if (key.ctrl && input === 'c') return false; // quitting stays possible
			else if (input.length > 1 && !key.ctrl && !key.meta) return false;
			return true;
		},
		{modal: true},
	);
	const {header, lines} = contextLines(state.rows, state.active, width);
	const detail = row ? (row.choice.error ?? (typeof row.probe === 'object' && !row.probe.reachable ? row.probe.error : undefined)) : undefined;
	const listHeight = Math.max(1, height - 2 - (detail ? 2 : 0));
	const first = Math.max(0, Math.min(selected - listHeight + 1, lines.length - listHeight));
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text {...theme.text.accent} wrap="truncate-end">{truncateEnd('Contexts · * in use · Enter switches · r probes again · Esc closes', width)}</Text>
			<Text {...theme.text.title} wrap="truncate-end">{truncateEnd(header, width)}</Text>
			{lines.slice(first, first + listHeight).map((line, at) => (
				<Text key={first + at} {...(first + at === selected ? theme.selection.focused : toneStyle(line.selectable ? line.tone : 'muted'))} wrap="truncate-end">
					{truncateEnd(line.text, width)}
				</Text>
			))}
			{detail ? (
				<Box height={2} width={width} overflow="hidden">
					<Text {...theme.status.error} wrap="wrap">{sanitizeLabel(`${row!.choice.name}: ${detail}`)}</Text>
				</Box>
			) : null}
		</Box>
	);
}
