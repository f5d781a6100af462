// Which keymap contexts the focused pane answers to, in the order keys are offered to them.
import type {KeyContext} from '../keymap/types.js';
import type {Focus, Tab} from './ui-reducer.js';

/** Contexts that take every key while they are open (prompts, dialogs, overlays): no global key applies. */
const modalContexts: ReadonlySet<KeyContext> = new Set<KeyContext>(['filter', 'logs-search', 'inspect-search', 'dialog', 'help', 'info', 'contexts', 'scale-prompt']);

/** The contexts whose keys the footer offers: a modal one alone, else the focused ones and 'global'. */
export function hintContexts(contexts: readonly KeyContext[]): KeyContext[] {
	return contexts.some(context => modalContexts.has(context)) ? [...contexts] : [...contexts, 'global'];
}

export function focusedContexts(focus: Focus, tab: Tab, inspecting = false): KeyContext[] {
	if (focus === 'list') return ['list'];
	// a service's detail holds its logs: the logs keys apply there as on a container's
	if (tab === 'services') return ['logs', 'detail'];
	if (tab !== 'containers') return ['detail'];
	return inspecting ? ['inspect', 'detail'] : ['logs', 'detail'];
}
