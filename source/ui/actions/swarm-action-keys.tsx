// Mounted by the Services and Nodes lists: the Swarm action keys on the selected row, and the small
// prompt `=` opens for a replica count. Never waits on the daemon.
import React, {useEffect, useRef, useState} from 'react';
import {OverlayBox, overlayTextWidth} from '../components/overlay-box.js';
import {boxRows, wrappedRows} from '../components/overlay-rows.js';
import {useCommands} from '../hooks/use-commands.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {serviceMode} from '../../store/swarm-slice.js';
import {swarmCommands} from '../keymap/swarm-bindings.js';
import {useServices} from '../services-context.js';
import {uiStore} from '../state/ui-store.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme} from '../theme.js';
import type {MenuRoom} from './choice-menu.js';
import {follow} from './outcome-presenter.js';
import {replicaInput, runNodeCommand, runServiceCommand} from './swarm-commands.js';
import {uiPresenter} from './ui-presenter.js';

/** `id`: the selected service's ID as last rendered (the selection at key time wins). */
export function ServiceActions({id, room}: {id: string | undefined; room: MenuRoom}) {
	const {actions, readOnly, store} = useServices();
	const [asking, setAsking] = useState<string | null>(null);
	const askReplicas = (serviceId: string) => {
		const service = store.getState().services.get(serviceId);
		// a global service has no count to ask for: the action says so instead of a prompt
		if (service && serviceMode(service) !== 'replicated') void follow(actions.scaleService(serviceId, {delta: 0}), uiPresenter);
		else setAsking(serviceId);
	};
	useCommands('list', command => {
		const selected = uiStore.getState().selection.services.id ?? id;
		return runServiceCommand(command, {actions, readOnly, presenter: uiPresenter, id: selected, askReplicas: () => selected && askReplicas(selected)});
	});
	if (asking === null) return null;
	return (
		<ReplicaPrompt
			serviceId={asking}
			room={room}
			onDone={replicas => {
				setAsking(null);
				if (replicas !== null) void follow(actions.scaleService(asking, {replicas}), uiPresenter);
			}}
		/>
	);
}

/** `availability` of the selected node decides whether `ctrl+d`/`p` drain/pause it or activate it again. */
export function NodeActions({id}: {id: string | undefined}) {
	const {actions, readOnly} = useServices();
	const nodes = useDaemonState(state => state.nodes);
	useCommands('list', command => {
		const selected = uiStore.getState().selection.nodes.id ?? id;
		return runNodeCommand(command, {actions, readOnly, presenter: uiPresenter, id: selected, availability: selected ? nodes.get(selected)?.Spec.Availability : undefined});
	});
	return null;
}

function ReplicaPrompt({serviceId, room, onDone}: {serviceId: string; room: MenuRoom; onDone: (replicas: number | null) => void}) {
	const service = useDaemonState(state => state.services.get(serviceId));
	// keys can come faster than frames: the text typed so far lives in a ref, the state only draws it
	const typed = useRef('');
	const [text, setText] = useState('');
	const set = (next: string) => {
		typed.current = next;
		setText(next);
	};
	useEffect(() => {
		uiStore.dispatch({type: 'prompt.set', context: 'scale-prompt'});
		return () => uiStore.dispatch({type: 'prompt.set', context: null});
	}, []);
	useCommands(
		'scale-prompt',
		(command, input, key) => {
			if (command === swarmCommands.promptAccept) onDone(typed.current === '' ? null : Number(typed.current));
			else if (command === swarmCommands.promptCancel) onDone(null);
			else if (command === swarmCommands.promptErase) set(typed.current.slice(0, -1));
			else if (key.ctrl && input === 'c') return false; // quitting stays possible
			else set(replicaInput(typed.current, input));
			return true;
		},
		{modal: true},
	);
	const name = sanitizeLabel(service?.Spec.Name ?? serviceId.slice(0, 12));
	const current = service?.Spec.Mode?.Replicated?.Replicas;
	const width = Math.max(12, Math.min(room.width, 52));
	const inner = overlayTextWidth(width);
	const rows = boxRows(
		{
			head: wrappedRows(`Scale ${name} to how many replicas?${current === undefined ? '' : ` (now ${current})`}`, inner, theme.text.title),
			body: [{segments: [{text: '> ', style: theme.text.key}, {text}, {text: ' ', style: {inverse: true}}]}],
			foot: [{segments: [{text: 'Enter', style: theme.text.key}, {text: ' scale  '}, {text: 'Esc', style: theme.text.key}, {text: ' cancel'}]}],
		},
		room.height,
	);
	return <OverlayBox rows={rows} width={width} borderColor={theme.border.focused.color} />;
}
