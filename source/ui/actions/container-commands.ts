// What each action key does on the Containers tab, as a plain function of the command, the chosen
// ids and the services, so it is testable without rendering. Returns whether the key was used.
import {readOnlyText} from '../../store/actions/refusal-messages.js';
import type {ActionService, PruneKind} from '../../store/actions/types.js';
import {actionCommands as commands} from '../keymap/action-bindings.js';
import type {Command} from '../keymap/types.js';
import {launchExec} from './exec-launcher.js';
import {follow, type Presenter} from './outcome-presenter.js';

export type CommandContext = {
	actions: ActionService;
	readOnly: boolean;
	runExternal: <T>(fn: () => Promise<T>) => Promise<T>;
	presenter: Presenter;
	/** Marked ids if any are marked, else the selected one, else none. */
	ids: readonly string[];
	selectedId: string | undefined;
	toggleMark(id: string): void;
};

/** The action each command stands for, as the read-only message names it. */
export const commandVerbs: Partial<Record<Command, string>> = {
	[commands.startStop]: 'start/stop',
	[commands.restart]: 'restart',
	[commands.pause]: 'pause/unpause',
	[commands.kill]: 'kill',
	[commands.signal]: 'kill',
	[commands.remove]: 'remove',
	[commands.removeWithVolumes]: 'remove',
	[commands.exec]: 'exec',
	[commands.prune]: 'prune',
};

export function readOnlyRefusal(command: Command, presenter: Presenter): boolean {
	const verb = commandVerbs[command];
	if (!verb) return false;
	return refuseReadOnly(verb, presenter);
}

/** Says the action is disabled in this read-only session (the same words the engine's refusal gives). */
export function refuseReadOnly(verb: string, presenter: Presenter): true {
	presenter.message(readOnlyText(verb), 'error');
	return true;
}

export function runContainerCommand(command: Command | undefined, context: CommandContext, pruneKind: PruneKind = 'containers'): boolean {
	if (!command) return false;
	const {actions, presenter, ids} = context;
	if (command === commands.mark) {
		if (context.selectedId) context.toggleMark(context.selectedId);
		return Boolean(context.selectedId);
	}
	if (!(command in commandVerbs)) return false;
	// Checked here as well as in the engine: a read-only session must not even prepare a request.
	if (context.readOnly) return readOnlyRefusal(command, presenter);
	if (command === commands.prune) {
		void follow(actions.pruneMenu(pruneKind), presenter);
		return true;
	}
	if (ids.length === 0) {
		presenter.message('no container selected', 'info');
		return true;
	}
	switch (command) {
		case commands.startStop:
			void follow(actions.toggleRun(ids), presenter);
			break;
		case commands.restart:
			void follow(actions.restart(ids), presenter);
			break;
		case commands.pause:
			void follow(actions.togglePause(ids), presenter);
			break;
		case commands.kill:
			void follow(actions.kill(ids), presenter);
			break;
		case commands.signal:
			void follow(actions.chooseSignal(ids), presenter);
			break;
		case commands.remove:
		case commands.removeWithVolumes:
			void follow(actions.removeContainers(ids, {volumes: command === commands.removeWithVolumes}), presenter);
			break;
		case commands.exec:
			// A shell opens in one container: the selected row, even when others are marked.
			void launchExec(context.selectedId ?? ids[0]!, {actions, runExternal: context.runExternal, presenter});
			break;
	}
	return true;
}
