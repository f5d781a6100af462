// A small modal list (signal chooser, prune menu): ↑/↓ or j/k move, 1–9 or Enter pick, Esc cancels.
import {Box, Text} from 'ink';
import React, {useSyncExternalStore} from 'react';
import type {Choice} from '../../store/actions/types.js';
import {useCommands} from '../hooks/use-commands.js';
import {theme} from '../theme.js';
import {choiceStore} from './choice-state.js';

export function ChoiceMenu({onPick}: {onPick: (choice: Choice) => void}) {
	const state = useSyncExternalStore(choiceStore.subscribe, choiceStore.get);
	useCommands(
		'dialog',
		(_command, input, key) => {
			if (!state) return false;
			if (key.ctrl && input === 'c') return false; // quitting stays possible
			const pick = (index: number) => {
				const choice = state.choices[index];
				if (!choice) return;
				choiceStore.dispatch({type: 'choice.close'});
				onPick(choice);
			};
			if (key.escape || input === 'q' || input === 'n') choiceStore.dispatch({type: 'choice.close'});
			else if (key.upArrow || input === 'k') choiceStore.dispatch({type: 'choice.move', delta: -1});
			else if (key.downArrow || input === 'j') choiceStore.dispatch({type: 'choice.move', delta: 1});
			else if (key.return) pick(state.index);
			else if (/^[1-9]$/.test(input)) pick(Number(input) - 1);
			return true;
		},
		{active: state !== null, modal: true},
	);
	if (!state) return null;
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.border.focused.color} paddingX={1} alignSelf="flex-start">
			<Text {...theme.text.title} wrap="truncate-end">{state.title}</Text>
			{state.choices.map((choice, index) => (
				<Text key={choice.label} wrap="truncate-end" {...(index === state.index ? theme.selection.focused : {})}>
					{`${index + 1}. ${choice.label}`}
					{choice.detail ? <Text {...theme.text.muted}>{` · ${choice.detail}`}</Text> : null}
				</Text>
			))}
			<Text {...theme.text.muted}>↑↓ Enter/1–{Math.min(9, state.choices.length)} pick · Esc cancel</Text>
		</Box>
	);
}
