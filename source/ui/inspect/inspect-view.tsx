// `i` on a container: its inspect answer in the detail pane, by section (overview / env / ports /
// mounts / networks / health / raw). Fetched when opened and again only when the store sees the
// container change (start, stop, restart, health) — never polled.
import {Box, Text} from 'ink';
import React, {useReducer} from 'react';
import type {Container} from '../../store/types.js';
import {useCommands} from '../hooks/use-commands.js';
import {useFetched} from '../hooks/use-fetched.js';
import {useNow} from '../hooks/use-now.js';
import {inspectCommands as c} from '../keymap/inspect-bindings.js';
import type {Command} from '../keymap/types.js';
import {compileSearch} from '../logs/search-pattern.js';
import {useServices} from '../services-context.js';
import {uiStore} from '../state/ui-store.js';
import {truncateEnd} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme} from '../theme.js';
import {blocksHeight} from './inspect-blocks.js';
import {inspectSections, sectionBlocks, type InspectSection} from './inspect-sections.js';
import {initialInspectView, inspectViewReducer} from './inspect-view-state.js';
import {BlockView} from './block-view.js';
import {RawView} from './raw-view.js';
import {matchingLines, nextMatch, rawLines} from './raw-json.js';

const sectionKeys: Record<InspectSection, string> = {overview: 'o', env: 'e', ports: 'p', mounts: 'm', networks: 'w', health: 'h', raw: 'r'};
const sectionCommands: Partial<Record<Command, InspectSection>> = {
	[c.overview]: 'overview', [c.env]: 'env', [c.ports]: 'ports', [c.mounts]: 'mounts', [c.networks]: 'networks', [c.health]: 'health', [c.raw]: 'raw',
};

/** What makes a fresh inspect worth fetching: the store saw the container change. */
const changeVersion = (container: Container) => [container.state, container.startedAt, container.finishedAt, container.restartCount, container.health].join('|');

export function InspectView({container, width, height, focused}: {container: Container; width: number; height: number; focused: boolean}) {
	const {details, inspectImage} = useServices();
	const fetched = useFetched(container.id, changeVersion(container), () =>
		details ? details.inspectContainer(container.id) : Promise.reject(new Error('inspect is not available here')),
	);
	const inspect = fetched?.status === 'loaded' ? fetched.value : undefined;
	const image = useFetched(inspect?.Image ?? null, '', () => inspectImage(inspect!.Image));
	const digest = image?.status === 'loaded' ? (image.value.RepoDigests ?? [])[0] : undefined;
	const [view, dispatch] = useReducer(inspectViewReducer, initialInspectView);
	const now = useNow(60_000);
	const searching = view.search.editing;
	const bodyHeight = Math.max(1, height - 1 - (searching || view.search.query ? 1 : 0));
	const compiled = compileSearch(view.search.query);
	const lines = inspect && view.section === 'raw' ? rawLines(inspect, view.reveal) : [];
	const hits = matchingLines(lines, compiled.pattern);
	const blocks = inspect && view.section !== 'raw' ? sectionBlocks(view.section, inspect, {now, reveal: view.reveal, imageDigest: digest}) : [];
	const total = view.section === 'raw' ? lines.length : blocksHeight(blocks);
	const max = Math.max(0, total - bodyHeight);
	const page = Math.max(1, bodyHeight - 1);
	const jump = (direction: 1 | -1) => {
		const line = nextMatch(hits, view.offset, direction);
		if (line !== null) dispatch({type: 'scroll.to', offset: line, max});
	};

	useCommands(
		'inspect',
		command => {
			const section = command ? sectionCommands[command] : undefined;
			if (section) dispatch({type: 'section', section});
			else if (command === c.nextSection) dispatch({type: 'section.step', delta: 1});
			else if (command === c.previousSection) dispatch({type: 'section.step', delta: -1});
			else if (command === c.reveal) dispatch({type: 'reveal.toggle'});
			else if (command === c.up) dispatch({type: 'scroll', delta: -1, max});
			else if (command === c.down) dispatch({type: 'scroll', delta: 1, max});
			else if (command === c.pageUp) dispatch({type: 'scroll', delta: -page, max});
			else if (command === c.pageDown) dispatch({type: 'scroll', delta: page, max});
			else if (command === c.top) dispatch({type: 'scroll.to', offset: 0, max});
			else if (command === c.bottom) dispatch({type: 'scroll.to', offset: max, max});
			else if (command === c.search) dispatch({type: 'search.start'});
			else if (command === c.next) jump(1);
			else if (command === c.previous) jump(-1);
			else if (command === c.back && view.search.query) dispatch({type: 'search.cancel'});
			else if (command === c.back || command === c.close) uiStore.dispatch({type: 'inspect.close'});
			else return false;
			return true;
		},
		{active: focused},
	);
	useCommands(
		'inspect-search',
		(command, input, key) => {
			if (command === c.searchAccept) {
				dispatch({type: 'search.accept'});
				const first = nextMatch(hits, -1, 1);
				if (first !== null) dispatch({type: 'scroll.to', offset: first, max});
			} else if (command === c.searchCancel) dispatch({type: 'search.cancel'});
			else if (command === c.searchErase) dispatch({type: 'search.set', query: [...view.search.query].slice(0, -1).join('')});
			else if (!key.ctrl && !key.meta && input && !key.tab && !key.return && !key.escape && sanitizeLabel(input) === input) {
				dispatch({type: 'search.set', query: view.search.query + input});
			} else return false;
			return true;
		},
		{active: focused && searching, modal: true},
	);

	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<SectionBar current={view.section} width={width} reveal={view.reveal} />
			{fetched?.status === 'error' ? <Text {...theme.status.error} wrap="truncate-end">{truncateEnd(sanitizeLabel(fetched.message), width)}</Text> : null}
			{!inspect && fetched?.status !== 'error' ? <Text {...theme.text.muted}>inspecting…</Text> : null}
			{inspect && view.section === 'raw' ? <RawView lines={lines} hits={hits} pattern={compiled.pattern} offset={Math.min(view.offset, max)} width={width} height={bodyHeight} /> : null}
			{inspect && view.section !== 'raw' ? <BlockView blocks={blocks} offset={Math.min(view.offset, max)} width={width} height={bodyHeight} /> : null}
			{searching || view.search.query ? (
				<Text wrap="truncate-end">
					<Text {...theme.text.key}>/</Text>
					{truncateEnd(view.search.query, Math.max(0, width - 24))}
					{searching ? <Text inverse> </Text> : null}
					<Text {...(compiled.error ? theme.status.error : theme.text.muted)}>{compiled.error ? ` ${truncateEnd(compiled.error, 20)}` : ` ${hits.length} lines match`}</Text>
				</Text>
			) : null}
		</Box>
	);
}

function SectionBar({current, width, reveal}: {current: InspectSection; width: number; reveal: boolean}) {
	const parts = inspectSections.map(section => ({section, text: `${sectionKeys[section]}:${section}`}));
	const suffix = reveal ? ' · secrets shown' : '';
	return (
		<Text wrap="truncate-end">
			{parts.map(({section, text}, index) => (
				<React.Fragment key={section}>
					{index === 0 ? '' : ' '}
					<Text {...(section === current ? theme.selection.focused : theme.text.muted)}>{text}</Text>
				</React.Fragment>
			))}
			<Text {...theme.status.warn}>{suffix}</Text>
		</Text>
	);
}
