// What the action keys do on the Services and Nodes tabs, as plain functions of the command, the
// selected id and the services, testable without rendering. Returns whether the key was used.
import type {ActionService} from '../../store/actions/types.js';
import type {NodeAvailability} from '../../engine/swarm-types.js';
import {actionCommands} from '../keymap/action-bindings.js';
import {swarmCommands} from '../keymap/swarm-bindings.js';
import type {Command} from '../keymap/types.js';
import {refuseReadOnly} from './container-commands.js';
import {follow, type Presenter} from './outcome-presenter.js';

export type SwarmCommandContext = {
	actions: ActionService;
	readOnly: boolean;
	presenter: Presenter;
	id: string | undefined;
	/** Opens the replica-count prompt (`=`). */
	askReplicas(): void;
};

/** The action each Services-tab command stands for, as the read-only message names it. */
export const serviceVerbs: Partial<Record<Command, string>> = {
	[swarmCommands.scaleUp]: 'scale',
	[swarmCommands.scaleDown]: 'scale',
	[swarmCommands.scaleTo]: 'scale',
	[swarmCommands.rollback]: 'roll back',
	[actionCommands.restart]: 'restart',
	[actionCommands.remove]: 'remove',
};

export const nodeVerbs: Partial<Record<Command, string>> = {
	[swarmCommands.drain]: 'drain/activate node',
	[actionCommands.pause]: 'pause/activate node',
};

export function runServiceCommand(command: Command | undefined, context: SwarmCommandContext): boolean {
	const verb = command && serviceVerbs[command];
	if (!verb) return false;
	const {actions, presenter, id} = context;
	// Checked here as well as in the engine: a read-only session must not even read for a request.
	if (context.readOnly) return refuseReadOnly(verb, presenter);
	if (id === undefined) {
		presenter.message('no service selected', 'info');
		return true;
	}
	switch (command) {
		case swarmCommands.scaleUp:
			void follow(actions.scaleService(id, {delta: 1}), presenter);
			break;
		case swarmCommands.scaleDown:
			void follow(actions.scaleService(id, {delta: -1}), presenter);
			break;
		case swarmCommands.scaleTo:
			context.askReplicas();
			break;
		case swarmCommands.rollback:
			void follow(actions.rollbackService(id), presenter);
			break;
		case actionCommands.restart:
			void follow(actions.restartService(id), presenter);
			break;
		case actionCommands.remove:
			void follow(actions.removeService(id), presenter);
			break;
	}
	return true;
}

/** `ctrl+d` drains (or activates a drained node), `p` pauses (or activates a paused node). */
export function nodeAvailabilityFor(command: Command, current: NodeAvailability | undefined): NodeAvailability {
	if (command === swarmCommands.drain) return current === 'drain' ? 'active' : 'drain';
	return current === 'pause' ? 'active' : 'pause';
}

export function runNodeCommand(command: Command | undefined, context: Omit<SwarmCommandContext, 'askReplicas'> & {availability: NodeAvailability | undefined}): boolean {
	const verb = command && nodeVerbs[command];
	if (!verb) return false;
	const {actions, presenter, id} = context;
	if (context.readOnly) return refuseReadOnly(verb, presenter);
	if (id === undefined) {
		presenter.message('no node selected', 'info');
		return true;
	}
	void follow(actions.setNodeAvailability(id, nodeAvailabilityFor(command!, context.availability)), presenter);
	return true;
}

/** The replica count typed into the prompt: digits only, at most 5 of them. */
export function replicaInput(current: string, input: string): string {
	return /^\d$/.test(input) && current.length < 5 ? (current === '0' ? input : current + input) : current;
}
