// Keys that change how the container list is viewed: its order.
import type {Binding} from './types.js';

export const containerViewCommands = {
	sort: 'list.sort',
	sortReverse: 'list.sort-reverse',
} as const;

export const containerViewBindings: Binding[] = [
	{command: containerViewCommands.sort, keys: ['o'], context: 'list', description: 'sort containers: name / state / CPU / MEM / created / uptime', hint: 'sort'},
	{command: containerViewCommands.sortReverse, keys: ['O'], context: 'list', description: 'reverse the sort order'},
];
