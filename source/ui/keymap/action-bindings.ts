// Keys that act on the selected (or marked) items of the list: container control, exec, removal,
// prune. The same keys serve every tab; each tab's handler does what fits its kind of item.
import type {Binding, Command} from './types.js';

export const actionCommands = {
	startStop: 'action.start-stop',
	restart: 'action.restart',
	pause: 'action.pause',
	kill: 'action.kill',
	signal: 'action.signal',
	remove: 'action.remove',
	removeWithVolumes: 'action.remove-with-volumes',
	exec: 'action.exec',
	mark: 'action.mark',
	markAll: 'action.mark-all',
	markNone: 'action.mark-none',
	prune: 'action.prune',
} as const satisfies Record<string, Command>;

export const actionBindings: Binding[] = [
	{command: actionCommands.startStop, keys: ['s'], context: 'list', description: 'start or stop (whichever applies)', hint: 'start/stop', tabs: ['containers'], writes: true},
	{command: actionCommands.restart, keys: ['r'], context: 'list', description: 'restart (a service: force a rolling restart of its tasks)', hint: 'restart', tabs: ['containers', 'services'], writes: true},
	{command: actionCommands.pause, keys: ['p'], context: 'list', description: 'pause or unpause (a node: pause it, or activate a paused one)', hint: 'pause', tabs: ['containers', 'nodes'], writes: true},
	{command: actionCommands.kill, keys: ['K'], context: 'list', description: 'kill (SIGKILL, asks first)', hint: 'kill', tabs: ['containers'], writes: true},
	{command: actionCommands.signal, keys: ['ctrl+k'], context: 'list', description: 'send a signal (choose which)', tabs: ['containers'], writes: true},
	{command: actionCommands.remove, keys: ['d'], context: 'list', description: 'remove (asks first; running containers: force)', hint: 'remove', tabs: ['containers', 'images', 'volumes', 'networks', 'services'], writes: true},
	{command: actionCommands.removeWithVolumes, keys: ['D'], context: 'list', description: 'remove a container with its anonymous volumes', tabs: ['containers'], writes: true},
	{command: actionCommands.exec, keys: ['e'], context: 'list', description: 'open a shell in the container', hint: 'shell', tabs: ['containers'], writes: true},
	{command: actionCommands.mark, keys: ['space'], context: 'list', description: 'mark or unmark (actions apply to all marked)', hint: 'mark', tabs: ['containers']},
	{command: actionCommands.markAll, keys: ['a'], context: 'list', description: 'mark every row shown (the filtered ones)', tabs: ['containers']},
	{command: actionCommands.markNone, keys: ['A'], context: 'list', description: 'unmark all', tabs: ['containers']},
	{command: actionCommands.prune, keys: ['X'], context: 'list', description: 'prune menu: remove what nothing uses', writes: true, needs: 'pruneContainers', tabs: ['containers', 'images', 'volumes', 'networks']},
];
