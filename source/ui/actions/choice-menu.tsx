// A small modal list (signal chooser, prune menu): ↑/↓ or j/k move, 1–9 or Enter pick, Esc cancels.
// Drawn over the list pane, hiding it, and sized to fit it (a long title wraps, choices scroll).
import React, {useSyncExternalStore} from 'react';
import type {Choice} from '../../store/actions/types.js';
import {useCommands} from '../hooks/use-commands.js';
import {OverlayBox, overlayTextWidth} from '../components/overlay-box.js';
import {boxRows, wrappedRows, type OverlayRow, type Segment} from '../components/overlay-rows.js';
import {windowTop} from '../lists/list-window.js';
import {displayWidth} from '../text/display-width.js';
import {theme} from '../theme.js';
import {choiceStore, type ChoiceState} from './choice-state.js';

/** Where the menu may draw: the list pane less the menu's offset (one row down, two cells in, two cells spare on the right). */
export type MenuRoom = {width: number; height: number};

export function menuRoom(paneWidth: number, paneHeight: number): MenuRoom {
	return {width: Math.max(1, paneWidth - 4), height: Math.max(3, paneHeight - 1)};
}

export function ChoiceMenu({onPick, room}: {onPick: (choice: Choice) => void; room: MenuRoom}) {
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
	return <OverlayBox rows={menuRows(state, room.width, room.height)} width={menuWidth(state, room.width)} borderColor={theme.border.focused.color} />;
}

function hint(count: number): string {
	return `↑↓ Enter/1–${Math.min(9, count)} pick · Esc cancel`;
}

function choiceText(choice: Choice, index: number): Segment[] {
	return [{text: `${index + 1}. ${choice.label}`}, ...(choice.detail ? [{text: ` · ${choice.detail}`, style: theme.text.muted}] : [])];
}

/** As wide as its widest row, up to `room` (the menu sits two cells in from the pane's edge). */
export function menuWidth(state: NonNullable<ChoiceState>, room: number): number {
	const widest = Math.max(displayWidth(state.title), displayWidth(hint(state.choices.length)), ...state.choices.map((choice, index) => choiceText(choice, index).reduce((sum, part) => sum + displayWidth(part.text), 0)));
	return Math.max(12, Math.min(room, widest + 4, 76));
}

/** Title (wrapped), the choices that fit around the selected one, and the keys; at most `height` rows with the border. */
export function menuRows(state: NonNullable<ChoiceState>, room: number, height: number): OverlayRow[] {
	const inner = overlayTextWidth(menuWidth(state, room));
	const head = wrappedRows(state.title, inner, theme.text.title);
	const foot = [{segments: [{text: hint(state.choices.length), style: theme.text.muted}]}];
	const fit = Math.max(1, height - 2 - head.length - foot.length);
	const top = windowTop(state.index, state.choices.length, fit, 0);
	const body = state.choices.slice(top, top + fit).map((choice, offset) => ({
		segments: choiceText(choice, top + offset),
		...(top + offset === state.index ? {style: theme.selection.focused} : {}),
	}));
	return boxRows({head, body, foot}, height);
}
