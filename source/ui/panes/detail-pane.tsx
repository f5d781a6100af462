// The right-hand (or lower) pane: a title line that shows focus without colour, then the detail
// of the selected item of the current tab.
import {Box, Text} from 'ink';
import React from 'react';
import {useCommands} from '../hooks/use-commands.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useSelectedId, useSelectedNetwork, useSelectedVolume} from '../hooks/use-selection.js';
import {useSettled} from '../hooks/use-settled.js';
import {projectOfRow} from '../lists/compose-groups.js';
import {imageTitle} from '../lists/image-rows.js';
import {useContainerView} from '../state/container-view.js';
import {uiStore, useUiState} from '../state/ui-store.js';
import {StatsView} from '../stats/stats-view.js';
import {fitCell} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme} from '../theme.js';
import {InspectView} from '../inspect/inspect-view.js';
import {ContainerDetail} from './container-detail.js';
import {ImageDetail} from './image-detail.js';
import {LogsSlot} from './logs-slot.js';
import {NetworkDetail, VolumeDetail} from './resource-detail.js';
import {NodeDetail, ServiceDetail} from './swarm-detail.js';

export function DetailPane({width, height, focused}: {width: number; height: number; focused: boolean}) {
	const tab = useUiState(state => state.tab);
	useCommands(
		'detail',
		command => {
			if (command === 'inspect.open' && tab === 'containers') uiStore.dispatch({type: 'inspect.open'});
			else if (command === 'detail.back') uiStore.dispatch({type: 'focus.set', focus: 'list'});
			else return false;
			return true;
		},
		{active: focused},
	);
	const bodyHeight = Math.max(0, height - 1);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{tab === 'containers' ? <ContainerBody width={width} height={bodyHeight} focused={focused} /> : null}
			{tab === 'images' ? <ImageBody width={width} height={bodyHeight} focused={focused} /> : null}
			{tab === 'volumes' ? <VolumeBody width={width} height={bodyHeight} focused={focused} /> : null}
			{tab === 'networks' ? <NetworkBody width={width} height={bodyHeight} focused={focused} /> : null}
			{tab === 'services' ? <ServiceBody width={width} height={bodyHeight} focused={focused} /> : null}
			{tab === 'nodes' ? <NodeBody width={width} height={bodyHeight} focused={focused} /> : null}
		</Box>
	);
}

type BodyProps = {width: number; height: number; focused: boolean};

function Title({text, focused, width}: {text: string; focused: boolean; width: number}) {
	const style = focused ? theme.selection.focused : theme.text.title;
	return <Text {...style} wrap="truncate-end">{fitCell(` ${focused ? '▸' : ' '} ${text}`, width)}</Text>;
}

function Nothing({what, width, focused}: {what: string; width: number; focused: boolean}) {
	return (
		<>
			<Title text={what} focused={focused} width={width} />
			<Text {...theme.text.muted}>{`  no ${what} selected`}</Text>
		</>
	);
}

const settleMs = 80; // the list moves at once; the detail follows where the selection rests

function ContainerBody({width, height, focused}: BodyProps) {
	const selected = useSettled(useSelectedId('containers'), settleMs);
	const marked = useUiState(state => state.marked);
	// a compose project row stands for its containers: the first marked one leads the detail
	const id = projectOfRow(selected) === null ? selected : ([...marked][0] ?? null);
	const container = useDaemonState(state => (id === null ? undefined : state.containers.get(id)));
	const showStats = useContainerView(view => view.stats);
	const inspecting = useUiState(state => state.inspecting);
	if (!container) return <Nothing what="container" width={width} focused={focused} />;
	if (inspecting) {
		return (
			<>
				<Title text={`${sanitizeLabel(container.name)} · inspect`} focused={focused} width={width} />
				<InspectView key={container.id} container={container} width={width} height={height} focused={focused} />
			</>
		);
	}
	if (showStats) {
		return (
			<>
				<Title text={`${sanitizeLabel(container.name)} · stats`} focused={focused} width={width} />
				<StatsView container={container} width={width} height={height} />
			</>
		);
	}
	const ids = marked.size > 0 ? [...marked] : [container.id];
	const title = marked.size > 0 ? `${sanitizeLabel(container.name)} · logs of ${marked.size} marked` : sanitizeLabel(container.name);
	return (
		<>
			<Title text={title} focused={focused} width={width} />
			<ContainerDetail container={container} width={width} height={height} focused={focused} logs={logsHeight => <LogsSlot containerIds={ids} width={width} height={logsHeight} focused={focused} />} />
		</>
	);
}

function ImageBody({width, height, focused}: BodyProps) {
	const id = useSettled(useSelectedId('images'), settleMs);
	const image = useDaemonState(state => (id === null ? undefined : state.images.get(id)));
	if (!image) return <Nothing what="image" width={width} focused={focused} />;
	return (
		<>
			<Title text={imageTitle(image)} focused={focused} width={width} />
			<ImageDetail image={image} width={width} height={height} />
		</>
	);
}

function VolumeBody({width, height, focused}: BodyProps) {
	const volume = useSelectedVolume();
	if (!volume) return <Nothing what="volume" width={width} focused={focused} />;
	return (
		<>
			<Title text={sanitizeLabel(volume.name)} focused={focused} width={width} />
			<VolumeDetail volume={volume} width={width} height={height} />
		</>
	);
}

function NetworkBody({width, height, focused}: BodyProps) {
	const network = useSelectedNetwork();
	if (!network) return <Nothing what="network" width={width} focused={focused} />;
	return (
		<>
			<Title text={sanitizeLabel(network.name)} focused={focused} width={width} />
			<NetworkDetail network={network} width={width} height={height} />
		</>
	);
}

function ServiceBody({width, height, focused}: BodyProps) {
	const id = useSettled(useSelectedId('services'), settleMs);
	const service = useDaemonState(state => (id === null ? undefined : state.services.get(id)));
	if (!service) return <Nothing what="service" width={width} focused={focused} />;
	return (
		<>
			<Title text={`service ${sanitizeLabel(service.Spec.Name)}`} focused={focused} width={width} />
			<ServiceDetail key={service.ID} service={service} width={width} height={height} focused={focused} />
		</>
	);
}

function NodeBody({width, height, focused}: BodyProps) {
	const id = useSettled(useSelectedId('nodes'), settleMs);
	const node = useDaemonState(state => (id === null ? undefined : state.nodes.get(id)));
	if (!node) return <Nothing what="node" width={width} focused={focused} />;
	const host = node.Description?.Hostname ?? node.Spec.Name ?? '';
	return (
		<>
			<Title text={`node ${sanitizeLabel(host)} ${node.ID.slice(0, 12)}`} focused={focused} width={width} />
			<NodeDetail node={node} width={width} height={height} />
		</>
	);
}
