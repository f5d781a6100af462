// Keys of the list pane (and of its filter prompt). Actions on the selection live in action-bindings.ts.
import type {Binding} from './types.js';

export const listBindings: Binding[] = [
	{command: 'list.up', keys: ['up', 'k'], context: 'list', description: 'move up', hint: 'move'},
	{command: 'list.down', keys: ['down', 'j'], context: 'list', description: 'move down', hint: 'move'},
	{command: 'list.top', keys: ['g', 'home'], context: 'list', description: 'first row'},
	{command: 'list.bottom', keys: ['G', 'end'], context: 'list', description: 'last row'},
	{command: 'list.pageUp', keys: ['pageup', 'ctrl+b'], context: 'list', description: 'page up'},
	{command: 'list.pageDown', keys: ['pagedown', 'ctrl+f'], context: 'list', description: 'page down'},
	{command: 'list.filter', keys: ['/'], context: 'list', description: 'filter the list as you type', hint: 'filter'},
	{command: 'list.open', keys: ['enter'], context: 'list', description: 'focus the detail pane', hint: 'open'},
	{command: 'list.clear', keys: ['escape'], context: 'list', description: 'clear filter, then marks'},

	{command: 'filter.keep', keys: ['enter'], context: 'filter', description: 'keep the filter', hint: 'keep'},
	{command: 'filter.clear', keys: ['escape'], context: 'filter', description: 'clear the filter', hint: 'clear'},
	{command: 'filter.erase', keys: ['backspace', 'delete'], context: 'filter', description: 'erase a character'},
];
