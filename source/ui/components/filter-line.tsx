// The list filter: while editing it takes every printable key (modal), narrowing the list as you
// type; Enter keeps it, Esc clears it. Afterwards it stays visible as one dim line.
import {Text} from 'ink';
import React from 'react';
import {useCommands} from '../hooks/use-commands.js';
import {uiStore, useUiState, type Tab} from '../state/ui-store.js';
import {truncateEnd} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme} from '../theme.js';

export function FilterLine({tab, editing, matched, total, width}: {tab: Tab; editing: boolean; matched: number; total: number; width: number}) {
	const text = useUiState(state => state.filter[tab]);
	useCommands(
		'filter',
		(command, input, key) => {
			// the store, not this render's `text`: replayed keys can come before React re-rendered
			const current = uiStore.getState().filter[tab];
			if (command === 'filter.keep') uiStore.dispatch({type: 'filter.keep'});
			else if (command === 'filter.clear') uiStore.dispatch({type: 'filter.clear'});
			else if (command === 'filter.erase') uiStore.dispatch({type: 'filter.set', text: [...current].slice(0, -1).join('')});
			else if (key.ctrl && input === 'u') uiStore.dispatch({type: 'filter.set', text: ''});
			else if (!key.ctrl && !key.meta && input && !key.tab && !key.return && !key.escape && sanitizeLabel(input) === input) {
				uiStore.dispatch({type: 'filter.set', text: current + input});
			} else return false; // arrows, ctrl+c … go on down the chain
			return true;
		},
		{active: editing, modal: true},
	);
	const counts = ` (${matched}/${total})`;
	if (editing) {
		return (
			<Text wrap="truncate-end">
				<Text {...theme.text.key}>/</Text>
				{truncateEnd(text, Math.max(0, width - counts.length - 3))}
				<Text inverse> </Text>
				<Text {...theme.text.muted}>{counts}</Text>
			</Text>
		);
	}
	return <Text {...theme.text.muted} wrap="truncate-end">{truncateEnd(`filter: ${text}${counts} · Esc clears`, width)}</Text>;
}
