// The logs pane's header (what is shown, stream state, window, warnings) and footer (follow or
// paused with the new-line count, the search prompt with its inline error, the last notice).
import {homedir} from 'node:os';
import {Text} from 'ink';
import React from 'react';
import type {FeedStatus} from '../../store/logs/log-feed.js';
import type {LogWindow} from '../../store/logs/log-window.js';
import {fitPath} from '../format/fit-path.js';
import {displayWidth, truncateEnd} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme, toneStyle} from '../theme.js';
import {formatCount} from './line-format.js';
import type {LogsViewState} from './logs-view-state.js';

function streamState(status: FeedStatus | null, lines: number): {text: string; tone: 'ok' | 'warn' | 'error' | 'muted'} {
	if (!status || status.streams.length === 0) return {text: 'connecting…', tone: 'muted'};
	const failed = status.streams.find(stream => stream.state === 'error');
	if (failed) return {text: `error: ${failed.error ?? 'stream failed'}`, tone: 'error'};
	const live = status.streams.filter(stream => stream.state === 'streaming' || stream.state === 'sampling').length;
	if (live === status.streams.length) return {text: lines === 0 ? '● live, no output yet' : '● live', tone: 'ok'};
	if (status.streams.every(stream => stream.state === 'connecting')) return {text: 'connecting…', tone: 'muted'};
	if (live === 0) return {text: '■ ended (not running)', tone: 'muted'};
	return {text: `● ${live}/${status.streams.length} live`, tone: 'warn'};
}

export function LogsHeader(props: {title: string; status: FeedStatus | null; window: LogWindow; lines: number; width: number}) {
	const state = streamState(props.status, props.lines);
	const tail = props.window.tail === 'all' ? 'all' : String(props.window.tail);
	const warnings: string[] = [];
	const status = props.status;
	if (status && status.floodLinesPerSecond !== null) warnings.push(status.floodLinesPerSecond > 0 ? `flood ~${formatCount(Math.round(status.floodLinesPerSecond))} lines/s: newest only` : 'flood: newest only');
	const skipped = status ? status.skipped + status.floodSkipped : 0;
	if (skipped > 0) warnings.push(`skipped ${status!.floodSkipped > 0 ? '~' : ''}${formatCount(skipped)} (too fast to show)`);
	if (props.status && props.status.behindMs >= 2000) warnings.push(`behind ${(props.status.behindMs / 1000).toFixed(1)}s`);
	const info = ` · tail ${tail} · since ${props.window.since} · ${formatCount(props.lines)} lines`;
	return (
		<Text wrap="truncate-end">
			<Text {...theme.text.title}>{truncateEnd(props.title, Math.max(8, Math.floor(props.width / 3)))}</Text>
			<Text> </Text>
			<Text {...toneStyle(state.tone)}>{state.text}</Text>
			<Text {...theme.text.muted}>{info}</Text>
			{warnings.length > 0 ? <Text {...theme.status.warn}> · {warnings.join(' · ')}</Text> : null}
		</Text>
	);
}

/** "1 new line", "5 new lines", "1.2k new lines". */
export function newLinesText(count: number): string {
	return `${formatCount(count)} new ${count === 1 ? 'line' : 'lines'}`;
}

/** What the pane says when it shows no rows: still opening, a filter that matches nothing, or no output yet. */
export function emptyLogsText(view: {opened: boolean; filtering: boolean; query: string; held: number}): string {
	if (!view.opened) return 'opening logs…';
	if (view.filtering && view.query !== '' && view.held > 0) return `no lines match /${sanitizeLabel(view.query)}/`;
	return '(no log lines yet)';
}

/** `searching`: the share of the buffer tested against the search so far, while some is left. */
export function LogsFooter(props: {state: LogsViewState; error: string | null; newLines: number; width?: number; searching?: number | null}) {
	const searching = props.searching == null ? '' : ` · searching… ${Math.floor(props.searching * 100)}%`;
	const {state} = props;
	if (state.editing) {
		return (
			<Text wrap="truncate-end">
				<Text {...theme.text.key}>{state.filter ? 'filter /' : '/'}</Text>
				<Text>{sanitizeLabel(state.draft)}</Text>
				<Text inverse> </Text>
				{props.error ? <Text {...theme.status.error}>  {props.error}</Text> : <Text {...theme.text.muted}>  Enter apply · Esc cancel{searching}</Text>}
			</Text>
		);
	}
	const parts: React.ReactNode[] = [];
	let used = 0; // cells before the notice, so a saved file's path can be fitted into what is left
	const add = (key: string, text: string, style: object) => {
		used += displayWidth(text);
		parts.push(<Text key={key} {...style}>{text}</Text>);
	};
	if (state.follow) add('follow', '▼ following', theme.status.ok);
	else add('follow', `⏸ paused${props.newLines > 0 ? ` · ${newLinesText(props.newLines)}` : ''} · G to follow`, theme.status.warn);
	if (state.query) add('search', ` · ${state.filter ? `filter${state.context > 0 ? ` ±${state.context}` : ''}` : 'search'} /${sanitizeLabel(state.query)}/`, theme.text.muted);
	if (searching) add('searching', searching, theme.status.warn);
	if (state.wrap) add('wrap', ' · wrap', theme.text.muted);
	if (state.notice) {
		const text = ` · ${sanitizeLabel(state.notice.text)}`;
		const path = state.notice.path === undefined ? '' : ` ${fitPath(sanitizeLabel(state.notice.path), Math.max(12, (props.width ?? Number.POSITIVE_INFINITY) - used - displayWidth(text) - 1), homedir())}`;
		add('notice', text + path, toneStyle(state.notice.tone));
	}
	return <Text wrap="truncate-end">{parts}</Text>;
}
