// What each logs key does, given the current frame's view model: scrolling (pausing / resuming
// follow), toggles, search and filter, n/N, window changes, clear, save, project merge.
import type {Key} from 'ink';
import type {LogWatch} from '../../store/logs/log-service.js';
import {nextSince, stepTail} from '../../store/logs/log-window.js';
import {logsCommands as commands} from '../keymap/logs-bindings.js';
import type {Command} from '../keymap/types.js';
import type {LogsViewAction, LogsViewState} from './logs-view-state.js';
import type {LogsViewModel} from './logs-view-model.js';

export type LogsCommandContext = {
	state: LogsViewState;
	dispatch: (action: LogsViewAction) => void;
	model: LogsViewModel | null;
	watch: LogWatch | null;
	/** Writes the lines the view holds (or its filtered lines) and reports where. */
	save: () => void;
	/** The selected container belongs to a compose project (P can merge it). */
	canMergeProject: boolean;
};

export function handleLogsCommand(command: Command | undefined, ctx: LogsCommandContext): boolean {
	const {state, dispatch, model} = ctx;
	const total = model ? totalOf(ctx) : 0;
	const scroll = (delta: number) => {
		if (!model) return;
		dispatch({type: 'scroll', anchor: model.scroll(delta), total});
	};
	const page = Math.max(1, (model?.layout.height ?? 2) - 1);
	switch (command) {
		case commands.up:
			scroll(-1);
			return true;
		case commands.down:
			scroll(1);
			return true;
		case commands.pageUp:
			scroll(-page);
			return true;
		case commands.pageDown:
			scroll(page);
			return true;
		case commands.top:
			if (model) dispatch({type: 'scroll', anchor: model.home(), total});
			return true;
		case commands.follow:
			dispatch({type: 'follow'});
			return true;
		case commands.timestamps:
			dispatch({type: 'timestamps.toggle'});
			return true;
		case commands.wrap:
			dispatch({type: 'wrap.toggle'});
			return true;
		case commands.clear:
			ctx.watch?.clear();
			dispatch({type: 'follow'});
			dispatch({type: 'notice', text: 'cleared', tone: 'muted'});
			return true;
		case commands.search:
			dispatch({type: 'search.start', filter: false});
			return true;
		case commands.filter:
			if (state.query === '') dispatch({type: 'search.start', filter: true});
			else dispatch({type: 'filter.toggle'});
			return true;
		case commands.moreContext:
		case commands.lessContext:
			if (!state.filter) return false;
			dispatch({type: 'context.change', delta: command === commands.moreContext ? 1 : -1});
			return true;
		case commands.next:
		case commands.previous:
			jump(command === commands.next ? 1 : -1, ctx, total);
			return true;
		case commands.clearSearch:
			if (state.query === '' && !state.filter) return false;
			dispatch({type: 'search.clear'});
			return true;
		case commands.since:
			dispatch({type: 'window.set', window: {...state.window, since: nextSince(state.window.since)}});
			return true;
		case commands.moreTail:
		case commands.lessTail:
			dispatch({type: 'window.set', window: {...state.window, tail: stepTail(state.window.tail, command === commands.moreTail ? 1 : -1)}});
			return true;
		case commands.save:
			ctx.save();
			return true;
		case commands.project:
			if (!ctx.canMergeProject && !state.project) {
				dispatch({type: 'notice', text: 'not part of a compose project', tone: 'warn'});
				return true;
			}
			dispatch({type: 'project.toggle'});
			return true;
		default:
			return false;
	}
}

function totalOf(ctx: LogsCommandContext): number {
	return ctx.watch?.getSnapshot().feed.total ?? 0;
}

function jump(direction: 1 | -1, ctx: LogsCommandContext, total: number): void {
	const {state, dispatch, model} = ctx;
	if (state.query === '') {
		dispatch({type: 'notice', text: 'no search yet: press / to search', tone: 'muted'});
		return;
	}
	const found = model?.findMatch(direction);
	if (found === 'searching') {
		dispatch({type: 'notice', text: 'still searching older lines: press again', tone: 'muted'});
		return;
	}
	if (!found) {
		dispatch({type: 'notice', text: 'no match', tone: 'warn'});
		return;
	}
	dispatch({type: 'jump', anchor: found.anchor, line: found.line, total});
	if (found.wrapped) dispatch({type: 'notice', text: direction === 1 ? 'search wrapped to the oldest match' : 'search wrapped to the newest match', tone: 'muted'});
	else dispatch({type: 'notice.clear'});
}

/** Keys while the search prompt is open: everything is consumed so no other pane acts on typing. */
export function handleSearchInput(command: Command | undefined, input: string, key: Key, ctx: {state: LogsViewState; dispatch: (action: LogsViewAction) => void; error: string | null}): boolean {
	const {dispatch} = ctx;
	if (key.ctrl && input === 'c') return false; // quitting still works while typing
	if (command === commands.searchAccept) {
		if (ctx.error === null) dispatch({type: 'search.accept'});
		return true;
	}
	if (command === commands.searchCancel) {
		dispatch({type: 'search.cancel'});
		return true;
	}
	if (command === commands.searchErase) {
		dispatch({type: 'search.erase'});
		return true;
	}
	if (input && !key.ctrl && !key.meta && !key.escape && !key.return && !key.tab) {
		// pasted text may hold newlines or controls: a search is one line
		// eslint-disable-next-line no-control-regex
		const text = input.replace(/[\u0000-\u001F\u007F]/g, '');
		if (text) dispatch({type: 'search.type', text});
	}
	return true;
}
