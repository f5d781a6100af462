// The logs of the selected container (or of the marked ones, or of its compose project, merged by
// time): follows live, pauses when scrolled, searches and filters, shows crash markers inline.
// Renders only the rows that fit; every line is sanitised and cut to the width.
import {Box, Text} from 'ink';
import React, {useEffect, useMemo, useReducer, useRef} from 'react';
import {isPodman} from '../../engine/engine-kind.js';
import {crashMarkers} from '../../store/logs/crash-markers.js';
import type {State} from '../../store/types.js';
import {useCommands} from '../hooks/use-commands.js';
import {compareNames} from '../lists/table-model.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useServices} from '../services-context.js';
import {uiStore} from '../state/ui-store.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {isColorEnabled, theme} from '../theme.js';
import {LineLayoutCache} from './line-format.js';
import {LogRow} from './log-row.js';
import {handleLogsCommand, handleSearchInput} from './logs-commands.js';
import {emptyLogsText, LogsFooter, LogsHeader} from './logs-status.js';
import {activeQuery, initialLogsViewState, logsViewReducer} from './logs-view-state.js';
import {LogsViewModel, type LineOrigin} from './logs-view-model.js';
import type {ServiceLogTarget} from '../../store/logs/log-session.js';
import {compileSearch} from './search-pattern.js';
import {useLogWatch} from './use-log-watch.js';
import {MatchCache} from './visible-lines.js';

export type ServiceLogs = {target: ServiceLogTarget; name: string; origin: LineOrigin};

/** Time one slice may spend testing lines against the search. */
const scanSliceMs = 10;

/** `service`: a swarm service's merged logs instead of containers' (its lines named by task and node). */
export type LogsPaneProps = {containerIds: string[]; width: number; height: number; focused: boolean; service?: ServiceLogs};

/** Ids of the containers in the same compose project as `id` (by name), joined: a stable string for the store hook. */
function projectKey(state: State, id: string | undefined): string {
	const project = id ? state.containers.get(id)?.composeProject : null;
	if (!project) return '';
	return [...state.containers.values()]
		.filter(container => container.composeProject === project)
		.sort((a, b) => compareNames(a.name, b.name))
		.map(container => container.id)
		.join('\n');
}

export function LogsPane({containerIds, width, height, focused, service}: LogsPaneProps) {
	const services = useServices();
	const [state, dispatch] = useReducer(logsViewReducer, services.logs.defaults.tail, initialLogsViewState);
	const project = useDaemonState(daemon => projectKey(daemon, containerIds[0]));
	const ids = useMemo(() => (state.project && project ? project.split('\n') : containerIds), [state.project, project, containerIds.join('\n')]);
	const idsKey = ids.join('\n');
	useEffect(() => dispatch({type: 'containers.changed'}), [idsKey]);
	const {watch, snapshot} = useLogWatch(services.logs, ids, state.window, service?.target);

	const containers = useDaemonState(daemon => daemon.containers);
	const lifecycle = useDaemonState(daemon => daemon.lifecycle);
	const markers = useMemo(() => crashMarkers(ids, lifecycle, containers), [idsKey, lifecycle, containers]);
	const wholeSecondTimes = useDaemonState(daemon => isPodman(daemon.daemon.version));
	const names = useMemo(() => new Map(ids.map(id => [id, sanitizeLabel(containers.get(id)?.name ?? id.slice(0, 12))])), [idsKey, containers]);

	const query = activeQuery(state);
	const compiled = useMemo(() => compileSearch(query), [query]);
	const matchCache = useMemo(() => (compiled.pattern ? new MatchCache(compiled.pattern) : null), [compiled]);
	const layoutCache = useRef(new LineLayoutCache()).current;
	// Lines are tested against the search in slices between frames, never in a key's own frame, so
	// a key waits for at most one slice: the buffer can hold 16 MB and a pattern may be slow.
	const [scanTick, nextScan] = useReducer((tick: number) => tick + 1, 0);
	const rowsHeight = Math.max(1, height - 2);
	const model = useMemo(
		() =>
			snapshot
				? new LogsViewModel({feed: snapshot.feed, markers, wholeSecondTimes, state, pattern: compiled.pattern, width, height: rowsHeight, containerIds: ids, names, origin: service?.origin, layoutCache, matchCache, colors: isColorEnabled()})
				: null,
		[snapshot, markers, wholeSecondTimes, state, compiled, width, rowsHeight, idsKey, names, service?.origin, matchCache, scanTick],
	);
	useEffect(() => {
		if (!model || model.unscanned === 0) return;
		const timer = setTimeout(() => {
			matchCache?.scan(model.lines, scanSliceMs);
			nextScan();
		}, 0);
		return () => clearTimeout(timer);
	}, [model]);

	const save = () => {
		if (!model) return;
		const lines = model.sequence.filter(entry => entry >= 0).map(entry => model.lines.at(entry));
		const merged = ids.length > 1;
		const name = service ? service.name : state.project ? `${containers.get(ids[0]!)?.composeProject ?? 'project'}` : merged ? 'merged' : (names.get(ids[0]!) ?? 'logs');
		services.logs
			.save(lines, {name, timestamps: true, names: merged ? names : undefined, lineName: service?.origin.name})
			.then(path => dispatch({type: 'notice', text: `saved ${lines.length === 1 ? '1 line' : `${lines.length} lines`} to`, path, tone: 'ok'}))
			.catch((error: unknown) => dispatch({type: 'notice', text: `could not save: ${error instanceof Error ? error.message : String(error)}`, tone: 'error'}));
	};
	const canMergeProject = project !== '';
	// the app's footer shows the prompt's keys alone while it is open (q and 1–4 are text there)
	const prompting = focused && state.editing;
	useEffect(() => {
		if (!prompting) return;
		uiStore.dispatch({type: 'prompt.set', context: 'logs-search'});
		return () => uiStore.dispatch({type: 'prompt.set', context: null});
	}, [prompting]);
	useCommands('logs', command => handleLogsCommand(command, {state, dispatch, model, watch, save, canMergeProject}), {active: focused});
	useCommands('logs-search', (command, input, key) => handleSearchInput(command, input, key, {state, dispatch, error: compiled.error}), {active: focused && state.editing, modal: true});

	const title = service ? `service ${service.name}` : ids.length === 1 ? (names.get(ids[0]!) ?? '') : state.project ? `project ${sanitizeLabel(containers.get(ids[0]!)?.composeProject ?? '')} (${ids.length})` : `${ids.length} containers merged`;
	const rows = useMemo(() => model?.rows() ?? [], [model]);
	const newLines = snapshot && !state.follow ? snapshot.feed.total - state.totalAtPause : 0;
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<LogsHeader title={title} status={snapshot?.status ?? null} window={state.window} lines={snapshot?.feed.size ?? 0} width={width} />
			<Box flexDirection="column" height={rowsHeight} overflow="hidden">
				{rows.length === 0 ? <Text {...theme.text.muted} wrap="truncate-end">{`  ${emptyLogsText({opened: snapshot !== null, filtering: state.filter && compiled.pattern !== null, query, held: snapshot?.feed.size ?? 0})}`}</Text> : rows.map((row, index) => <LogRow key={index} row={row} />)}
			</Box>
			<LogsFooter state={state} error={compiled.error} newLines={newLines} width={width} searching={model && model.unscanned > 0 ? 1 - model.unscanned / model.lines.count : null} />
		</Box>
	);
}
