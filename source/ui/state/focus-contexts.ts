// Which keymap contexts the focused pane answers to, in the order keys are offered to them.
import type {KeyContext} from '../keymap/types.js';
import type {Focus, Tab} from './ui-reducer.js';

export function focusedContexts(focus: Focus, tab: Tab): KeyContext[] {
	if (focus === 'list') return ['list'];
	return tab === 'containers' ? ['logs', 'detail'] : ['detail'];
}
