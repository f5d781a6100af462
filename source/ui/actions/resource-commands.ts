// Action keys on the Images, Volumes and Networks tabs: `d` removes the selected item, `X` opens
// the prune menu with that tab's kind preselected. Container-only keys are left to others.
import type {ActionService, PruneKind, ResourceKind} from '../../store/actions/types.js';
import {actionCommands as commands} from '../keymap/action-bindings.js';
import type {Command} from '../keymap/types.js';
import {readOnlyRefusal} from './container-commands.js';
import {follow, type Presenter} from './outcome-presenter.js';

export type ResourceCommandContext = {
	kind: ResourceKind;
	id: string | undefined;
	actions: ActionService;
	readOnly: boolean;
	presenter: Presenter;
};

export const pruneKindFor: Record<ResourceKind, PruneKind> = {image: 'dangling-images', volume: 'volumes', network: 'networks'};

export function runResourceCommand(command: Command | undefined, context: ResourceCommandContext): boolean {
	if (command !== commands.remove && command !== commands.prune) return false;
	const {actions, presenter, kind} = context;
	if (context.readOnly) return readOnlyRefusal(command, presenter);
	if (command === commands.prune) {
		void follow(actions.pruneMenu(pruneKindFor[kind]), presenter);
	} else if (context.id === undefined) {
		presenter.message(`no ${kind} selected`, 'info');
	} else {
		void follow(actions.removeResource(kind, context.id), presenter);
	}
	return true;
}
