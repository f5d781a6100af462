// The contexts view (x): every daemon set up, and Enter switches the session to the chosen one.
import type {Binding} from './types.js';

export const contextsCommands = {
	open: 'contexts.open',
	close: 'contexts.close',
	up: 'contexts.up',
	down: 'contexts.down',
	choose: 'contexts.choose',
	refresh: 'contexts.refresh',
} as const;

const c = contextsCommands;

export const contextsBindings: Binding[] = [
	{command: c.open, keys: ['x'], context: 'global', description: 'contexts: every daemon set up (docker contexts, DOCKER_HOST); Enter switches to one', hint: 'contexts'},
	{command: c.close, keys: ['escape', 'x', 'q'], context: 'contexts', description: 'close contexts', hint: 'close'},
	{command: c.down, keys: ['down', 'j'], context: 'contexts', description: 'next daemon', hint: 'move'},
	{command: c.up, keys: ['up', 'k'], context: 'contexts', description: 'previous daemon'},
	{command: c.choose, keys: ['enter'], context: 'contexts', description: 'switch to this daemon (list, logs and stats follow; the UI stays)', hint: 'switch'},
	{command: c.refresh, keys: ['r'], context: 'contexts', description: 'read the contexts and probe them again', hint: 'refresh'},
];
