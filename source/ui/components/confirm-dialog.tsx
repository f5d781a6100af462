// A yes/no question in a box over the panes (hiding what is beneath): `y` confirms, `n` or Esc
// cancels; nothing else gets through except Ctrl-C.
import React from 'react';
import {useCommands} from '../hooks/use-commands.js';
import {uiStore} from '../state/ui-store.js';
import {theme} from '../theme.js';
import {OverlayBox, overlayTextWidth} from './overlay-box.js';
import {boxRows, wrappedRows} from './overlay-rows.js';

/** `width` × `height`: the room it may take (the body under the tabs); long titles wrap, rows that do not fit end with '…'. */
export function ConfirmDialog({title, lines, onConfirm, width, height}: {title: string; lines: readonly string[]; onConfirm: () => void; width: number; height: number}) {
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
	const boxWidth = Math.max(12, Math.min(width, 76));
	const inner = overlayTextWidth(boxWidth);
	const rows = boxRows(
		{
			head: wrappedRows(title, inner, theme.text.title),
			body: lines.flatMap(line => wrappedRows(line, inner)),
			foot: [{segments: [{text: 'y', style: theme.text.key}, {text: ' confirm  '}, {text: 'n', style: theme.text.key}, {text: '/'}, {text: 'Esc', style: theme.text.key}, {text: ' cancel'}]}],
		},
		height,
	);
	return <OverlayBox rows={rows} width={boxWidth} borderColor={theme.status.warn.color} />;
}
