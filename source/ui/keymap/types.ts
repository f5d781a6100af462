// The keymap is data: each binding names a command, the keys that trigger it, the context where it
// applies and the text the footer and help overlay show. Handlers ask "is this key command X?".
import type {Key} from 'ink';
import type {Command} from './commands.js';
import {supportsCall, type VersionedCall} from '../../engine/api-features.js';

/** Where a binding applies; the focused context is tried first, then 'global'. */
export type KeyContext = 'global' | 'list' | 'detail' | 'logs' | 'logs-search' | 'filter' | 'dialog' | 'help' | 'inspect' | 'inspect-search' | 'info' | 'contexts' | 'scale-prompt';

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
	/** Only on these tabs (footer and help); omitted = every tab. */
	tabs?: readonly TabName[];
	/** Asks the daemon to change something: footer and help leave it out of a read-only session. */
	writes?: true;
	/** Needs a call newer than the oldest API version spoken: hidden where the negotiated one lacks it. */
	needs?: VersionedCall;
	/** Only when the daemon is a swarm manager (the Services, Tasks and Nodes tabs). */
	swarm?: true;
};

export type TabName = 'containers' | 'images' | 'volumes' | 'networks' | 'services' | 'tasks' | 'nodes';

/** What footer and help show depends on: the tab and whether the session may change anything. */
export type KeyMode = {tab: TabName; readOnly: boolean; /** negotiated; null or omitted: not known yet */ apiVersion?: string | null; /** the daemon is a swarm manager */ swarm?: boolean};

/** Does this binding do anything in this mode (so the footer and help may offer it)? */
export function availableIn(binding: Binding, mode: KeyMode | undefined): boolean {
	if (!mode) return true;
	if (binding.tabs && !binding.tabs.includes(mode.tab)) return false;
	if (binding.needs && !supportsCall(mode.apiVersion, binding.needs)) return false;
	if (binding.swarm && !mode.swarm) return false;
	return !(binding.writes && mode.readOnly);
}

export type InputEvent = {input: string; key: Key};

export type {Command} from './commands.js';
