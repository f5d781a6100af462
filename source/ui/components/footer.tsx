// The last line: the message if there is one (errors stay longer), else the key hints of whatever
// has the keyboard, generated from the keymap.
import {Text} from 'ink';
import React, {useEffect} from 'react';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useSwarmManager} from '../hooks/use-swarm.js';
import {keymap} from '../keymap/index.js';
import type {KeyContext} from '../keymap/types.js';
import {hintContexts} from '../state/focus-contexts.js';
import {uiStore, useUiState} from '../state/ui-store.js';
import {useServices} from '../services-context.js';
import {truncateEnd} from '../text/display-width.js';
import {theme} from '../theme.js';
import {fitHints, footerHints} from './footer-hints.js';

const messageMs = {info: 5000, error: 12_000};

export function Footer({width, contexts}: {width: number; contexts: readonly KeyContext[]}) {
	const message = useUiState(state => state.message);
	const tab = useUiState(state => state.tab);
	const marked = useUiState(state => (state.tab === 'containers' ? state.marked.size : 0));
	const {readOnly} = useServices();
	const apiVersion = useDaemonState(state => state.daemon.apiVersion);
	const swarm = useSwarmManager();
	useEffect(() => {
		if (!message) return;
		const timer = setTimeout(() => uiStore.dispatch({type: 'message.clear'}), messageMs[message.level]);
		return () => clearTimeout(timer);
	}, [message]);
	if (message) {
		const style = message.level === 'error' ? theme.status.error : theme.status.info;
		return <Text {...style} wrap="truncate-end">{truncateEnd(`${message.level === 'error' ? '✖ ' : '› '}${message.text}`, width)}</Text>;
	}
	// how many containers the actions will act on, kept in view while any are marked
	const count = marked > 0 ? `${marked} marked` : '';
	const hints = fitHints(footerHints(keymap, hintContexts(contexts), {tab, readOnly, apiVersion, swarm}), Math.max(0, width - (count ? count.length + 2 : 0)));
	return (
		<Text wrap="truncate-end">
			{count ? <Text {...theme.status.warn}>{count}{hints.length > 0 ? '  ' : ''}</Text> : null}
			{hints.map((hint, index) => (
				<React.Fragment key={hint.hint}>
					{index > 0 ? '  ' : ''}
					<Text {...theme.text.key}>{hint.keys}</Text>
					<Text {...theme.text.muted}>{` ${hint.hint}`}</Text>
				</React.Fragment>
			))}
		</Text>
	);
}
