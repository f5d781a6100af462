// Which keymap contexts the focused pane answers to, in the order keys are offered to them.
import type {KeyContext} from '../keymap/types.js';
import type {Focus, Tab} from './ui-reducer.js';

export function focusedContexts(focus: Focus, tab: Tab, inspecting = false): KeyContext[] {
	if (focus === 'list') return ['list'];
	if (tab !== 'containers') return ['detail'];
	return inspecting ? ['inspect', 'detail'] : ['logs', 'detail'];
}
