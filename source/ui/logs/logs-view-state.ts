// The logs pane's own state as a reducer with named actions: follow or paused at an anchor line,
// display toggles, the search being typed or applied, filter mode, the tail/since window.
import type {LogLine} from '../../store/logs/log-line.js';
import {defaultTail, type LogWindow} from '../../store/logs/log-window.js';
import type {Tone} from '../theme.js';

/** A paused view is pinned to a line (row = rows from that line's first row to the top; negative above it). */
export type Anchor = {line: LogLine; row: number};

export type LogsViewState = {
	follow: boolean;
	anchor: Anchor | null;
	/** feed.total when the view paused: the "N new lines" counter counts from here. */
	totalAtPause: number;
	timestamps: boolean;
	wrap: boolean;
	/** The applied search ('' = none) and, while the prompt is open, what is being typed. */
	query: string;
	editing: boolean;
	draft: string;
	/** Show only matching lines (with `context` lines around each). */
	filter: boolean;
	context: number;
	/** The match n/N last moved to. */
	current: LogLine | null;
	window: LogWindow;
	/** Merge the logs of the selected container's whole compose project. */
	project: boolean;
	/** `path` follows the text, shortened by the footer to the room it has */
	notice: {text: string; tone: Tone; path?: string} | null;
};

export type LogsViewAction =
	| {type: 'scroll'; anchor: Anchor | null; total: number}
	| {type: 'follow'}
	| {type: 'timestamps.toggle'}
	| {type: 'wrap.toggle'}
	| {type: 'search.start'; filter: boolean}
	| {type: 'search.type'; text: string}
	| {type: 'search.erase'}
	| {type: 'search.accept'}
	| {type: 'search.cancel'}
	| {type: 'search.clear'}
	| {type: 'filter.toggle'}
	| {type: 'context.change'; delta: number}
	| {type: 'jump'; anchor: Anchor; line: LogLine; total: number}
	| {type: 'window.set'; window: LogWindow}
	| {type: 'project.toggle'}
	| {type: 'notice'; text: string; tone: Tone; path?: string}
	| {type: 'notice.clear'}
	| {type: 'containers.changed'};

export const maxContext = 20;

export function initialLogsViewState(tail: number | 'all' = defaultTail): LogsViewState {
	return {
		follow: true,
		anchor: null,
		totalAtPause: 0,
		timestamps: false,
		wrap: false,
		query: '',
		editing: false,
		draft: '',
		filter: false,
		context: 0,
		current: null,
		window: {tail, since: 'all'},
		project: false,
		notice: null,
	};
}

/** The query the view highlights now: what is being typed, else the applied one. */
export function activeQuery(state: LogsViewState): string {
	return state.editing ? state.draft : state.query;
}

export function logsViewReducer(state: LogsViewState, action: LogsViewAction): LogsViewState {
	switch (action.type) {
		case 'scroll':
			if (action.anchor === null) return state.follow ? state : {...state, follow: true, anchor: null};
			return {...state, follow: false, anchor: action.anchor, totalAtPause: state.follow ? action.total : state.totalAtPause};
		case 'follow':
			return state.follow && state.anchor === null ? state : {...state, follow: true, anchor: null};
		case 'timestamps.toggle':
			return {...state, timestamps: !state.timestamps};
		case 'wrap.toggle':
			return {...state, wrap: !state.wrap};
		case 'search.start':
			return {...state, editing: true, draft: state.query, filter: action.filter || state.filter, notice: null};
		case 'search.type':
			return {...state, draft: state.draft + action.text};
		case 'search.erase':
			return {...state, draft: [...state.draft].slice(0, -1).join('')};
		case 'search.accept':
			return {...state, editing: false, query: state.draft, current: null, filter: state.draft === '' ? false : state.filter};
		case 'search.cancel':
			return {...state, editing: false, draft: '', filter: state.query === '' ? false : state.filter};
		case 'search.clear':
			return {...state, query: '', draft: '', filter: false, current: null};
		case 'filter.toggle':
			return {...state, filter: !state.filter};
		case 'context.change': {
			const context = Math.max(0, Math.min(maxContext, state.context + action.delta));
			return context === state.context ? state : {...state, context};
		}
		case 'jump':
			return {...state, follow: false, anchor: action.anchor, current: action.line, totalAtPause: state.follow ? action.total : state.totalAtPause};
		case 'window.set':
			return {...state, window: action.window, follow: true, anchor: null, current: null};
		case 'project.toggle':
			return {...state, project: !state.project, follow: true, anchor: null, current: null};
		case 'notice':
			return {...state, notice: {text: action.text, tone: action.tone, ...(action.path === undefined ? {} : {path: action.path})}};
		case 'notice.clear':
			return state.notice === null ? state : {...state, notice: null};
		case 'containers.changed':
			return {...state, follow: true, anchor: null, current: null, notice: null};
	}
}
