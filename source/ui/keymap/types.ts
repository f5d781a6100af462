// The keymap is data: each binding names a command, the keys that trigger it, the context where it
// applies and the text the footer and help overlay show. Handlers ask "is this key command X?".
import type {Key} from 'ink';
import type {Command} from './commands.js';

/** Where a binding applies; the focused context is tried first, then 'global'. */
export type KeyContext = 'global' | 'list' | 'detail' | 'logs' | 'logs-search' | 'filter' | 'dialog' | 'help' | 'inspect' | 'inspect-search' | 'info';

/**
 * Key specs: a printable character ('q', 'G', '/', '?', '+'), or a named key, each with optional
 * modifier prefixes 'ctrl+', 'shift+', 'meta+': 'up' 'down' 'left' 'right' 'pageup' 'pagedown'
 * 'home' 'end' 'enter' 'escape' 'tab' 'space' 'backspace' 'delete', e.g. 'ctrl+c', 'shift+tab', 'ctrl++'.
 */
export type KeySpec = string;

export type Binding = {
	command: Command;
	keys: KeySpec[];
	context: KeyContext;
	description: string; // shown in help: "move down"
	/** Short label for the footer; omitted = not in the footer (still in help). */
	hint?: string;
};

export type InputEvent = {input: string; key: Key};

export type {Command} from './commands.js';
