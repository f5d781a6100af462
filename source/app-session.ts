// One daemon's share of the app: engine, store, actions, logs and stats over one endpoint. The
// contexts view swaps the whole session; closing it ends its streams, timers and sockets.
import {createEngine, type DockerEngine} from './engine/create-engine.js';
import type {Endpoint} from './engine/types.js';
import type {Settings} from './settings.js';
import {createActionService} from './store/actions/action-service.js';
import type {ActionService} from './store/actions/types.js';
import {createDaemonStore, type DaemonStore} from './store/daemon-store.js';
import {defaultFloodLimits} from './store/logs/flood-gauge.js';
import {createLogService, type LogService} from './store/logs/log-service.js';
import {createStatsService, type StatsService} from './store/stats/stats-service.js';

export type AppSession = {endpoint: Endpoint; engine: DockerEngine; store: DaemonStore; actions: ActionService; logs: LogService; stats: StatsService};

/** Builds the session (no I/O yet: the store starts with start()); throws EndpointError for an endpoint it cannot use. */
export function openSession(endpoint: Endpoint, flags: Settings): AppSession {
	const engine = createEngine(endpoint, {readOnly: flags.readOnly, sshSpares: true});
	const store = createDaemonStore(engine, {pollIntervalMs: Math.max(1, flags.pollInterval) * 1000});
	const actions = createActionService(engine, store, {shell: flags.shell});
	const logs = createLogService(engine, store, {
		tail: flags.logTail,
		maxLines: flags.logMaxLines,
		maxBytes: Math.round(flags.logMaxMb * 1024 * 1024),
		saveDirectory: flags.logDir,
		floodLimits: flags.logFlood > 0 ? {...defaultFloodLimits, linesPerSecond: flags.logFlood} : null,
	});
	const stats = createStatsService(engine, {intervalMs: flags.statsInterval * 1000});
	return {endpoint, engine, store, actions, logs, stats};
}

/** Ends log and stats streams, the sync loop and every pooled connection; gives up waiting after 1.5 s. */
export async function closeSession(session: AppSession): Promise<void> {
	session.logs.close();
	session.stats.close();
	await Promise.race([Promise.allSettled([session.store.stop(), session.engine.close()]), new Promise(resolve => setTimeout(resolve, 1500).unref())]);
}
