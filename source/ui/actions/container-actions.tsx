// Mounted by the Containers list: turns action keys into actions on the marked containers (or the
// selected one) and shows the choice menu when an action offers one. Never waits on the daemon.
import React from 'react';
import {useCommands} from '../hooks/use-commands.js';
import {useServices} from '../services-context.js';
import {uiStore} from '../state/ui-store.js';
import {ChoiceMenu, type MenuRoom} from './choice-menu.js';
import {runContainerCommand} from './container-commands.js';
import {follow} from './outcome-presenter.js';
import {uiPresenter} from './ui-presenter.js';

export function ContainerActions({room}: {room: MenuRoom}) {
	const {actions, readOnly, runExternal} = useServices();
	useCommands('list', command => {
		// Read marks and selection at key time: keys typed faster than frames must not act on stale rows.
		const {marked, selection} = uiStore.getState();
		const selectedId = selection.containers.id ?? undefined;
		return runContainerCommand(command, {
			actions,
			readOnly,
			runExternal,
			presenter: uiPresenter,
			ids: marked.size > 0 ? [...marked] : selectedId ? [selectedId] : [],
			selectedId,
			toggleMark: id => uiStore.dispatch({type: 'marks.toggle', id}),
		});
	});
	return <ChoiceMenu room={room} onPick={choice => void follow(choice.proceed(), uiPresenter)} />;
}
