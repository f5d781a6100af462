// A yes/no question in a box over the panes: `y` confirms, `n` or Esc cancels; nothing else
// gets through except Ctrl-C.
import {Box, Text} from 'ink';
import React from 'react';
import {useCommands} from '../hooks/use-commands.js';
import {uiStore} from '../state/ui-store.js';
import {truncateEnd} from '../text/display-width.js';
import {theme} from '../theme.js';

export function ConfirmDialog({title, lines, onConfirm, width}: {title: string; lines: readonly string[]; onConfirm: () => void; width: number}) {
	useCommands(
		'dialog',
		(command, input, key) => {
			if (command === 'dialog.confirm') {
				uiStore.dispatch({type: 'overlay.close'});
				onConfirm();
			} else if (command === 'dialog.cancel') uiStore.dispatch({type: 'overlay.close'});
			else if (key.ctrl && input === 'c') return false;
			return true;
		},
		{modal: true},
	);
	const inner = Math.max(10, Math.min(width - 4, 72));
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.status.warn.color} paddingX={1} width={inner + 4}>
			<Text bold wrap="truncate-end">{truncateEnd(title, inner)}</Text>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate-end">{truncateEnd(line, inner)}</Text>
			))}
			<Text wrap="truncate-end">
				<Text {...theme.text.key}>y</Text>
				<Text> confirm  </Text>
				<Text {...theme.text.key}>n</Text>
				<Text>/</Text>
				<Text {...theme.text.key}>Esc</Text>
				<Text> cancel</Text>
			</Text>
		</Box>
	);
}
