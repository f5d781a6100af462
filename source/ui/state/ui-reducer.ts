// The UI's own state (which tab, what has focus, what is selected, filters, marks, message,
// overlay) as a pure reducer with named actions, so it is testable without rendering.
import type {KeyContext} from '../keymap/types.js';

export type Tab = 'containers' | 'images' | 'volumes' | 'networks' | 'services' | 'tasks' | 'nodes';
/** services, tasks and nodes exist only on a swarm manager (source/ui/state/swarm-tabs.ts). */
export const tabs: readonly Tab[] = ['containers', 'images', 'volumes', 'networks', 'services', 'tasks', 'nodes'];

export type Focus = 'list' | 'detail';

export type Message = {text: string; level: 'info' | 'error'};

export type Overlay = null | {type: 'help'} | {type: 'info'} | {type: 'contexts'} | {type: 'confirm'; title: string; lines: string[]; onConfirm: () => void};

export type Selection = {id: string | null; index: number};

export type UiState = {
	tab: Tab;
	focus: Focus;
	selection: Readonly<Record<Tab, Selection>>;
	filter: Readonly<Record<Tab, string>>;
	/** The filter prompt has the keyboard. */
	filterEditing: boolean;
	/** A pane's own prompt has the keyboard (the logs search): the footer shows its keys alone. */
	prompt: KeyContext | null;
	/** Marked container ids (their logs are shown together, actions apply to all). */
	marked: ReadonlySet<string>;
	message: Message | null;
	overlay: Overlay;
	/** The container detail shows the inspect view instead of the logs. */
	inspecting: boolean;
};

export type UiAction =
	| {type: 'tab.select'; tab: Tab}
	| {type: 'focus.set'; focus: Focus}
	| {type: 'focus.toggle'}
	| {type: 'select'; tab: Tab; id: string | null; index: number}
	| {type: 'prompt.set'; context: KeyContext | null}
	| {type: 'filter.start'}
	| {type: 'filter.set'; text: string}
	| {type: 'filter.keep'}
	| {type: 'filter.clear'}
	| {type: 'marks.toggle'; id: string}
	| {type: 'marks.add'; ids: readonly string[]}
	| {type: 'marks.clear'}
	/** Drops the marks of containers that are gone (removed by us or anyone). */
	| {type: 'marks.keep'; ids: {has(id: string): boolean}}
	| {type: 'message.show'; text: string; level: Message['level']}
	| {type: 'message.clear'}
	| {type: 'help.open'}
	| {type: 'info.open'}
	| {type: 'contexts.open'}
	| {type: 'inspect.open'}
	| {type: 'inspect.close'}
	| {type: 'confirm.open'; title: string; lines: string[]; onConfirm: () => void}
	| {type: 'overlay.close'};

const perTab = <T>(value: T): Record<Tab, T> => ({containers: value, images: value, volumes: value, networks: value, services: value, tasks: value, nodes: value});

export function initialUiState(): UiState {
	return {
		tab: 'containers',
		focus: 'list',
		selection: perTab<Selection>({id: null, index: 0}),
		filter: perTab(''),
		filterEditing: false,
		prompt: null,
		marked: new Set(),
		message: null,
		overlay: null,
		inspecting: false,
	};
}

export function uiReducer(state: UiState, action: UiAction): UiState {
	switch (action.type) {
		case 'tab.select':
			return state.tab === action.tab ? state : {...state, tab: action.tab, focus: 'list', filterEditing: false};
		case 'focus.set':
			return state.focus === action.focus ? state : {...state, focus: action.focus, filterEditing: false};
		case 'focus.toggle':
			return {...state, focus: state.focus === 'list' ? 'detail' : 'list', filterEditing: false};
		case 'select': {
			const current = state.selection[action.tab];
			if (current.id === action.id && current.index === action.index) return state;
			return {...state, selection: {...state.selection, [action.tab]: {id: action.id, index: action.index}}};
		}
		case 'prompt.set':
			return state.prompt === action.context ? state : {...state, prompt: action.context};
		case 'filter.start':
			return {...state, focus: 'list', filterEditing: true};
		case 'filter.set':
			return {...state, filter: {...state.filter, [state.tab]: action.text}};
		case 'filter.keep':
			return {...state, filterEditing: false};
		case 'filter.clear':
			return {...state, filterEditing: false, filter: {...state.filter, [state.tab]: ''}};
		case 'marks.toggle': {
			const marked = new Set(state.marked);
			if (marked.has(action.id)) marked.delete(action.id);
			else marked.add(action.id);
			return {...state, marked};
		}
		case 'marks.add': {
			const marked = new Set([...state.marked, ...action.ids]);
			return marked.size === state.marked.size ? state : {...state, marked};
		}
		case 'marks.clear':
			return state.marked.size === 0 ? state : {...state, marked: new Set()};
		case 'marks.keep': {
			const marked = new Set([...state.marked].filter(id => action.ids.has(id)));
			return marked.size === state.marked.size ? state : {...state, marked};
		}
		case 'message.show':
			return {...state, message: {text: action.text, level: action.level}};
		case 'message.clear':
			return state.message === null ? state : {...state, message: null};
		case 'info.open':
			return {...state, overlay: {type: 'info'}};
		case 'contexts.open':
			return {...state, overlay: {type: 'contexts'}};
		case 'inspect.open':
			return {...state, inspecting: true, focus: 'detail', filterEditing: false};
		case 'inspect.close':
			return {...state, inspecting: false, focus: 'list'};
		case 'help.open':
			return {...state, overlay: {type: 'help'}};
		case 'confirm.open':
			return {...state, overlay: {type: 'confirm', title: action.title, lines: action.lines, onConfirm: action.onConfirm}};
		case 'overlay.close':
			return state.overlay === null ? state : {...state, overlay: null};
	}
}
