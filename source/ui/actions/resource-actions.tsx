// Mounted by the Images, Volumes and Networks lists with the selected item's id: `d` removes it,
// `X` opens the prune menu.
import React from 'react';
import type {ResourceKind} from '../../store/actions/types.js';
import {useCommands} from '../hooks/use-commands.js';
import {useServices} from '../services-context.js';
import {ChoiceMenu} from './choice-menu.js';
import {follow} from './outcome-presenter.js';
import {runResourceCommand} from './resource-commands.js';
import {uiPresenter} from './ui-presenter.js';

/** `id`: the image id, volume name or network id of the selected row. */
export function ResourceActions({kind, id}: {kind: ResourceKind; id: string | undefined}) {
	const {actions, readOnly} = useServices();
	useCommands('list', command => runResourceCommand(command, {kind, id, actions, readOnly, presenter: uiPresenter}));
	return <ChoiceMenu onPick={choice => void follow(choice.proceed(), uiPresenter)} />;
}
