// Keys that change how containers are viewed: the list's order, compose grouping, live stats.
import type {Binding} from './types.js';

export const containerViewCommands = {
	sort: 'list.sort',
	sortReverse: 'list.sort-reverse',
	stats: 'container.stats',
	group: 'container.group',
	fold: 'container.fold',
} as const;

export const containerViewBindings: Binding[] = [
	{command: containerViewCommands.sort, keys: ['o'], context: 'list', description: 'sort containers: name / state / CPU / MEM / created / uptime', hint: 'sort', tabs: ['containers']},
	{command: containerViewCommands.sortReverse, keys: ['O'], context: 'list', description: 'reverse the sort order', tabs: ['containers']},
	{command: containerViewCommands.stats, keys: ['m'], context: 'list', description: 'live stats of the selected container (CPU, memory, network, disk, PIDs); again: details and logs', hint: 'stats', tabs: ['containers']},
	{command: containerViewCommands.group, keys: ['C'], context: 'list', description: 'compose projects grouped (Enter/Space on a project row: all its containers), or a flat list', tabs: ['containers']},
	{command: containerViewCommands.fold, keys: ['z'], context: 'list', description: 'fold or unfold the compose project', tabs: ['containers']},
];
