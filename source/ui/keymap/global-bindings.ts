// App-wide keys, plus the small modal layers the shell owns (help overlay, confirm dialog, detail pane).
import type {Binding} from './types.js';

export const globalBindings: Binding[] = [
	{command: 'app.quit', keys: ['q', 'ctrl+c'], context: 'global', description: 'quit (restores the terminal)', hint: 'quit'},
	{command: 'app.demo', keys: ['T'], context: 'global', description: 'try the built-in demo (offered when no Docker daemon is set up)'},
	{command: 'app.help', keys: ['?'], context: 'global', description: 'help: every key of the focused pane', hint: 'help'},
	{command: 'tab.containers', keys: ['1'], context: 'global', description: 'show containers', hint: 'tabs'},
	{command: 'tab.images', keys: ['2'], context: 'global', description: 'show images', hint: 'tabs'},
	{command: 'tab.volumes', keys: ['3'], context: 'global', description: 'show volumes', hint: 'tabs'},
	{command: 'tab.networks', keys: ['4'], context: 'global', description: 'show networks', hint: 'tabs'},
	{command: 'tab.services', keys: ['5'], context: 'global', description: 'show swarm services (on a swarm manager)', hint: 'tabs', swarm: true},
	{command: 'tab.tasks', keys: ['6'], context: 'global', description: 'show swarm tasks (on a swarm manager)', hint: 'tabs', swarm: true},
	{command: 'tab.nodes', keys: ['7'], context: 'global', description: 'show swarm nodes (on a swarm manager)', hint: 'tabs', swarm: true},
	{command: 'focus.next', keys: ['tab'], context: 'global', description: 'focus the other pane', hint: 'pane'},
	{command: 'focus.prev', keys: ['shift+tab'], context: 'global', description: 'focus the other pane (backwards)'},
	{command: 'app.back', keys: ['escape'], context: 'global', description: 'back / close overlay'},

	{command: 'detail.back', keys: ['escape'], context: 'detail', description: 'back to the list', hint: 'back'},

	{command: 'help.close', keys: ['escape', '?', 'q'], context: 'help', description: 'close help', hint: 'close'},
	{command: 'help.down', keys: ['down', 'j'], context: 'help', description: 'scroll help down'},
	{command: 'help.up', keys: ['up', 'k'], context: 'help', description: 'scroll help up'},

	{command: 'dialog.confirm', keys: ['y'], context: 'dialog', description: 'confirm', hint: 'yes'},
	{command: 'dialog.cancel', keys: ['n', 'escape'], context: 'dialog', description: 'cancel', hint: 'no'},
];
