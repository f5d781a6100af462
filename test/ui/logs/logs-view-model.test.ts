import {describe, expect, it} from 'vitest';
import type {CrashMarker} from '../../../source/store/logs/crash-markers.js';
import {LineLayoutCache} from '../../../source/ui/logs/line-format.js';
import {initialLogsViewState, logsViewReducer, type LogsViewAction, type LogsViewState} from '../../../source/ui/logs/logs-view-state.js';
import {LogsViewModel, type LineRow, type RowModel} from '../../../source/ui/logs/logs-view-model.js';
import {compileSearch} from '../../../source/ui/logs/search-pattern.js';
import {MatchCache} from '../../../source/ui/logs/visible-lines.js';
import {arrayFeed, logLine, numbered} from './fake-feed.js';

function model(feed: ReturnType<typeof arrayFeed>, state: LogsViewState, options: {height?: number; markers?: CrashMarker[]; ids?: string[]} = {}) {
	const pattern = compileSearch(state.editing ? state.draft : state.query).pattern;
	// the pane tests every line between frames; here all of them are tested before the frame
	const matchCache = pattern ? new MatchCache(pattern) : null;
	matchCache?.scan({count: feed.size, at: index => feed.at(index)!}, Number.POSITIVE_INFINITY);
	return new LogsViewModel({
		feed, markers: options.markers ?? [], state, pattern, width: 40, height: options.height ?? 5,
		containerIds: options.ids ?? ['c1'], names: new Map([['c1', 'web'], ['c2', 'db']]), layoutCache: new LineLayoutCache(),
		matchCache,
	});
}

/** findMatch when every line is tested: a match or none, never 'searching'. */
function found(view: LogsViewModel, direction: 1 | -1) {
	const result = view.findMatch(direction);
	if (result === 'searching' || result === null) throw new Error(`no match: ${String(result)}`);
	return result;
}

const texts = (rows: RowModel[]) => rows.map(row => (row.kind === 'line' ? row.text : row.kind));
const apply = (state: LogsViewState, ...actions: LogsViewAction[]) => actions.reduce(logsViewReducer, state);

describe('LogsViewModel', () => {
	it('follows the newest lines', () => {
		const feed = arrayFeed(numbered(20));
		expect(texts(model(feed, initialLogsViewState()).rows())).toEqual(['line 15', 'line 16', 'line 17', 'line 18', 'line 19']);
	});

	it('scrolling up pauses on a line that stays put while new lines arrive', () => {
		const feed = arrayFeed(numbered(20));
		let state = initialLogsViewState();
		const anchor = model(feed, state).scroll(-3);
		state = apply(state, {type: 'scroll', anchor, total: feed.total});
		expect(state.follow).toBe(false);
		expect(texts(model(feed, state).rows())[0]).toBe('line 12');
		feed.lines.push(...Array.from({length: 10}, (_, index) => logLine(20 + index, `line ${20 + index}`)));
		expect(texts(model(feed, state).rows())[0]).toBe('line 12');
		expect(feed.total - state.totalAtPause).toBe(10);
	});

	it('scrolling back down to the bottom resumes following', () => {
		const feed = arrayFeed(numbered(20));
		let state = apply(initialLogsViewState(), {type: 'scroll', anchor: model(feed, initialLogsViewState()).scroll(-2), total: 20});
		const anchor = model(feed, state).scroll(5);
		expect(anchor).toBeNull();
		state = apply(state, {type: 'scroll', anchor, total: 20});
		expect(state.follow).toBe(true);
	});

	it('highlights matches and n/N move between them, newest first when following', () => {
		const feed = arrayFeed(numbered(30, seq => (seq % 10 === 3 ? `match ${seq}` : `line ${seq}`)));
		let state = apply(initialLogsViewState(), {type: 'search.start', filter: false}, ...[...'match'].map(text => ({type: 'search.type', text}) as const), {type: 'search.accept'});
		const first = found(model(feed, state), 1);
		expect(first.line.text).toBe('match 23');
		state = apply(state, {type: 'jump', anchor: first.anchor, line: first.line, total: feed.total});
		const rows = model(feed, state).rows();
		const current = rows.find(row => row.kind === 'line' && row.current) as LineRow;
		expect(current.text).toBe('match 23');
		expect(current.highlights).toEqual([[0, 5]]);
		const back = found(model(feed, state), -1);
		expect(back.line.text).toBe('match 13');
		state = apply(state, {type: 'jump', anchor: back.anchor, line: back.line, total: feed.total});
		expect(found(model(feed, state), 1).line.text).toBe('match 23');
		const wrapped = found(model(feed, apply(state, {type: 'jump', anchor: first.anchor, line: first.line, total: 30})), 1);
		expect(wrapped).toMatchObject({wrapped: true});
		expect(wrapped.line.text).toBe('match 3');
	});

	it('filter mode shows only matching lines, with context and gaps', () => {
		const feed = arrayFeed(numbered(30, seq => (seq % 10 === 3 ? `match ${seq}` : `line ${seq}`)));
		let state = apply(initialLogsViewState(), {type: 'search.start', filter: true}, {type: 'search.type', text: 'match'}, {type: 'search.accept'});
		expect(texts(model(feed, state, {height: 10}).rows())).toEqual(['match 3', 'match 13', 'match 23']);
		state = apply(state, {type: 'context.change', delta: 1});
		expect(texts(model(feed, state, {height: 20}).rows())).toEqual(['line 2', 'match 3', 'line 4', 'gap', 'line 12', 'match 13', 'line 14', 'gap', 'line 22', 'match 23', 'line 24']);
	});

	it('puts crash markers among the lines by time', () => {
		const lines = numbered(6);
		const feed = arrayFeed(lines);
		const markers: CrashMarker[] = [{kind: 'died', time: lines[3]!.time + 1, containerId: 'c1', exitCode: 137}];
		const rows = model(feed, initialLogsViewState(), {markers, height: 10}).rows();
		expect(texts(rows)).toEqual(['line 0', 'line 1', 'line 2', 'line 3', 'marker', 'line 4', 'line 5']);
		expect(rows[4]).toMatchObject({kind: 'marker', tone: 'error'});
		expect((rows[4] as {text: string}).text).toContain('died · exit code 137 (SIGKILL)');
	});

	it('prefixes merged lines with the container name', () => {
		const feed = arrayFeed([logLine(0, 'from web'), logLine(0, 'from db', {containerId: 'c2', time: 1_700_000_000_500})]);
		const rows = model(feed, initialLogsViewState(), {ids: ['c1', 'c2']}).rows() as LineRow[];
		expect(rows.map(row => [row.name.trim(), row.source, row.text])).toEqual([['web', 0, 'from web'], ['db', 1, 'from db']]);
	});

	it('scrolls wrapped lines row by row', () => {
		const feed = arrayFeed([logLine(0, 'a'.repeat(100)), logLine(1, 'short')]);
		const state = apply(initialLogsViewState(), {type: 'wrap.toggle'});
		const view = model(feed, state, {height: 2});
		expect(texts(view.rows())).toEqual(['a'.repeat(100 - 78), 'short']);
		const up = apply(state, {type: 'scroll', anchor: view.scroll(-1), total: 2});
		expect(texts(model(feed, up, {height: 2}).rows())).toEqual(['a'.repeat(39), 'a'.repeat(100 - 78)]);
	});
});
