// The whole screen: header, tabs, list + detail panes (or help / the unreachable message),
// footer, and the confirm dialog on top. Global keys live here; panes register their own.
import {Box, Text, useApp, useWindowSize} from 'ink';
import React, {useEffect} from 'react';
import {ConfirmDialog} from './components/confirm-dialog.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {HelpOverlay} from './components/help-overlay.js';
import {ContextsView} from './contexts/contexts-view.js';
import {InfoView} from './info/info-view.js';
import {InspectKeys} from './inspect/inspect-keys.js';
import {TabsBar} from './components/tabs-bar.js';
import {UnreachableScreen} from './components/unreachable-screen.js';
import {CommandRouter, useCommands} from './hooks/use-commands.js';
import {useDaemonState} from './hooks/use-daemon-state.js';
import {useMarksFollow} from './hooks/use-marks-follow.js';
import {useNow} from './hooks/use-now.js';
import type {Command, KeyContext} from './keymap/types.js';
import {screenLayout} from './layout/screen-layout.js';
import {ContainersPane} from './panes/containers-pane.js';
import {DetailPane} from './panes/detail-pane.js';
import {ImagesPane, NetworksPane, VolumesPane} from './panes/resource-panes.js';
import {NodesPane, ServicesPane, TasksPane} from './panes/swarm-panes.js';
import {useSwarmManager, useSwarmNotices} from './hooks/use-swarm.js';
import {isSwarmTab} from './state/swarm-tabs.js';
import {useServices} from './services-context.js';
import {focusedContexts} from './state/focus-contexts.js';
import {uiStore, useUiState, type Tab} from './state/ui-store.js';
import {theme} from './theme.js';

export function App() {
	const focus = useUiState(state => state.focus);
	const tab = useUiState(state => state.tab);
	const inspecting = useUiState(state => state.inspecting);
	return (
		<CommandRouter focused={focusedContexts(focus, tab, inspecting)}>
			<Screen />
		</CommandRouter>
	);
}

const tabKeys: Partial<Record<Command, Tab>> = {'tab.containers': 'containers', 'tab.images': 'images', 'tab.volumes': 'volumes', 'tab.networks': 'networks', 'tab.services': 'services', 'tab.tasks': 'tasks', 'tab.nodes': 'nodes'};

function Screen() {
	const {exit} = useApp();
	const {columns, rows} = useWindowSize();
	const focus = useUiState(state => state.focus);
	const tab = useUiState(state => state.tab);
	const overlay = useUiState(state => state.overlay);
	const filterEditing = useUiState(state => state.filterEditing);
	const prompt = useUiState(state => state.prompt);
	const inspecting = useUiState(state => state.inspecting);
	const {store, openDemo, contexts: contextSwitch} = useServices();
	const manager = useSwarmManager();
	useSwarmNotices();
	useMarksFollow(store, uiStore);
	// A daemon that stops being a manager (seen on reconnect) takes its Swarm tabs with it.
	useEffect(() => {
		if (!manager && isSwarmTab(tab) && store.getState().swarm.role !== 'unknown') uiStore.dispatch({type: 'tab.select', tab: 'containers'});
	}, [manager, tab, store]);
	useCommands('global', command => {
		if (command === 'app.quit') exit();
		else if (command === 'app.demo' && openDemo && store.getState().syncedAt === null) {
			openDemo();
			exit();
		}
		else if (command === 'app.help') uiStore.dispatch({type: 'help.open'});
		else if (command === 'info.open') uiStore.dispatch({type: 'info.open'});
		else if (command === 'contexts.open' && contextSwitch) uiStore.dispatch({type: 'contexts.open'});
		else if (command && tabKeys[command]) {
			if (manager || !isSwarmTab(tabKeys[command])) uiStore.dispatch({type: 'tab.select', tab: tabKeys[command]});
		}
		else if (command === 'focus.next' || command === 'focus.prev') uiStore.dispatch({type: 'focus.toggle'});
		else if (command === 'app.back' && uiStore.getState().focus === 'detail') uiStore.dispatch({type: 'focus.set', focus: 'list'});
		else return false;
		return true;
	});
	const layout = screenLayout(columns, rows, focus);
	const contexts: KeyContext[] =
		overlay?.type === 'confirm' ? ['dialog'] : overlay?.type === 'help' ? ['help'] : overlay?.type === 'info' ? ['info'] : overlay?.type === 'contexts' ? ['contexts'] : filterEditing ? ['filter'] : prompt ? [prompt] : focusedContexts(focus, tab, inspecting);
	return (
		<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
			<InspectKeys />
			<Header width={columns} />
			<TabsBar width={columns} />
			<Box height={layout.body} width={columns} overflow="hidden">
				{overlay?.type === 'help' ? (
					<HelpOverlay contexts={focusedContexts(focus, tab, inspecting)} width={columns} height={layout.body} />
				) : overlay?.type === 'info' ? (
					<InfoView width={columns} height={layout.body} />
				) : overlay?.type === 'contexts' ? (
					<ContextsView width={columns} height={layout.body} />
				) : (
					<Body tab={tab} focus={focus} columns={columns} rows={rows} />
				)}
				{overlay?.type === 'confirm' ? (
					<Box position="absolute" width={columns} height={layout.body} justifyContent="center" alignItems="center">
						<ConfirmDialog title={overlay.title} lines={overlay.lines} onConfirm={overlay.onConfirm} width={columns} height={layout.body} />
					</Box>
				) : null}
			</Box>
			<Footer width={columns} contexts={contexts} />
		</Box>
	);
}

function Body({tab, focus, columns, rows}: {tab: Tab; focus: 'list' | 'detail'; columns: number; rows: number}) {
	const {endpoint, openDemo} = useServices();
	const connection = useDaemonState(state => state.connection);
	const everSynced = useDaemonState(state => state.syncedAt !== null);
	const unreachable = !everSynced && (connection.status === 'reconnecting' || connection.status === 'failed');
	const now = useNow(unreachable ? 1000 : 3_600_000);
	const layout = screenLayout(columns, rows, focus);
	if (unreachable) return <UnreachableScreen endpoint={endpoint} connection={connection} width={columns} height={layout.body} now={now} demoOffered={openDemo !== undefined} />;
	const list = layout.list ? <ListFor tab={tab} width={layout.list.width} height={layout.list.height} focused={focus === 'list'} /> : null;
	const detail = layout.detail ? <DetailPane width={layout.detail.width} height={layout.detail.height} focused={focus === 'detail'} /> : null;
	if (layout.mode === 'side') {
		return (
			<Box>
				{list}
				<Box width={1} height={layout.body} flexDirection="column" overflow="hidden">
					<Text {...theme.text.muted}>{'│\n'.repeat(layout.body).trimEnd()}</Text>
				</Box>
				{detail}
			</Box>
		);
	}
	if (layout.mode === 'stack') {
		return (
			<Box flexDirection="column">
				{list}
				<Text {...theme.text.muted}>{'─'.repeat(columns)}</Text>
				{detail}
			</Box>
		);
	}
	return list ?? detail;
}

function ListFor({tab, width, height, focused}: {tab: Tab; width: number; height: number; focused: boolean}) {
	const props = {width, height, focused};
	switch (tab) {
		case 'containers':
			return <ContainersPane {...props} />;
		case 'images':
			return <ImagesPane {...props} />;
		case 'volumes':
			return <VolumesPane {...props} />;
		case 'networks':
			return <NetworksPane {...props} />;
		case 'services':
			return <ServicesPane {...props} />;
		case 'tasks':
			return <TasksPane {...props} />;
		case 'nodes':
			return <NodesPane {...props} />;
	}
}
