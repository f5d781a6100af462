// Line 1: product, connection state (symbol + word), read-only badge, endpoint and its source,
// engine and API versions. Cut from the right on narrow terminals; the state always shows.
import {Text} from 'ink';
import React from 'react';
import {engineLabel} from '../../engine/engine-kind.js';
import {useDaemonState} from '../hooks/use-daemon-state.js';
import {useNow} from '../hooks/use-now.js';
import {useServices} from '../services-context.js';
import {truncateEnd} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {theme, toneStyle} from '../theme.js';
import {connectionLabel, endpointSourceLabel, swarmLabel, transportMark} from './header-text.js';

export function Header({width}: {width: number}) {
	const {endpoint, readOnly, demo} = useServices();
	const connection = useDaemonState(state => state.connection);
	const stale = useDaemonState(state => state.stale);
	const everSynced = useDaemonState(state => state.syncedAt !== null);
	const engine = useDaemonState(state => engineLabel(state.daemon.version));
	const api = useDaemonState(state => state.daemon.apiVersion);
	const swarmRole = useDaemonState(state => state.swarm.role);
	const swarmState = useDaemonState(state => state.swarm.localState);
	const now = useNow(connection.status === 'reconnecting' ? 1000 : 3_600_000);
	const state = connectionLabel(connection, stale, now, everSynced);
	const badge = readOnly ? ' READ-ONLY ' : '';
	const demoBadge = demo ? ' DEMO ' : '';
	const mark = transportMark(endpoint);
	const warning = mark ? ` ${mark} ` : '';
	const rest = [
		// before the endpoint: on a narrow terminal the versions are cut first, the role stays
		sanitizeLabel(swarmLabel(swarmRole, swarmState)),
		`${sanitizeLabel(endpoint.url)} (${endpointSourceLabel(endpoint)})`,
		engine ? sanitizeLabel(engine) : '',
		api ? `API ${sanitizeLabel(api)}` : '',
	].filter(Boolean).join('  ');
	const used = 'dockhand '.length + state.text.length + (demoBadge ? demoBadge.length + 1 : 0) + (badge ? badge.length + 1 : 0) + (warning ? warning.length + 1 : 0) + 2;
	return (
		<Text wrap="truncate-end">
			<Text {...theme.text.accent}>dockhand </Text>
			<Text {...toneStyle(state.tone)}>{state.text}</Text>
			{demoBadge ? ' ' : ''}
			{demoBadge ? <Text {...theme.badge.demo}>{demoBadge}</Text> : null}
			{badge ? ' ' : ''}
			{badge ? <Text {...theme.badge.readOnly}>{badge}</Text> : null}
			{warning ? ' ' : ''}
			{warning ? <Text {...theme.badge.insecure}>{warning}</Text> : null}
			<Text {...theme.text.muted}>{`  ${truncateEnd(rest, Math.max(0, width - used))}`}</Text>
		</Text>
	);
}
