// Mounted by the Images, Volumes and Networks lists: `d` removes the selected item, `X` opens the
// prune menu.
import React from 'react';
import type {ResourceKind} from '../../store/actions/types.js';
import {useCommands} from '../hooks/use-commands.js';
import {useServices} from '../services-context.js';
import {uiStore, type Tab} from '../state/ui-store.js';
import {ChoiceMenu, type MenuRoom} from './choice-menu.js';
import {follow} from './outcome-presenter.js';
import {runResourceCommand} from './resource-commands.js';
import {uiPresenter} from './ui-presenter.js';

const tabOf: Record<ResourceKind, Tab> = {image: 'images', volume: 'volumes', network: 'networks'};

/** `id`: the image id, volume name or network id of the selected row, as last rendered. */
export function ResourceActions({kind, id, room}: {kind: ResourceKind; id: string | undefined; room: MenuRoom}) {
	const {actions, readOnly} = useServices();
	useCommands('list', command => {
		// The selection at key time wins over the one of the last frame.
		const selected = uiStore.getState().selection[tabOf[kind]].id ?? id;
		return runResourceCommand(command, {kind, id: selected, actions, readOnly, presenter: uiPresenter});
	});
	return <ChoiceMenu room={room} onPick={choice => void follow(choice.proceed(), uiPresenter)} />;
}
