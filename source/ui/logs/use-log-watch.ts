// Watches the logs of the given containers while the component is mounted: a new id list cancels
// the old streams; a new window reopens them. Re-renders at the service's frame rate.
import {useEffect, useState, useSyncExternalStore} from 'react';
import type {LogService, LogSnapshot, LogWatch} from '../../store/logs/log-service.js';
import type {ServiceLogTarget} from '../../store/logs/log-session.js';
import type {LogWindow} from '../../store/logs/log-window.js';

const noSubscribe = () => () => {};
const noSnapshot = () => null;

/** `swarmService`: follow that service's logs instead (containerIds then only name the view). */
export function useLogWatch(service: LogService, containerIds: readonly string[], window: LogWindow, swarmService?: ServiceLogTarget): {watch: LogWatch | null; snapshot: LogSnapshot | null} {
	const key = swarmService ? `service:${swarmService.id}` : containerIds.join('\n');
	const [watch, setWatch] = useState<LogWatch | null>(null);
	useEffect(() => {
		if (containerIds.length === 0 && !swarmService) {
			setWatch(null);
			return;
		}
		const next = swarmService ? service.watchService(swarmService, window) : service.watch(containerIds, window);
		setWatch(next);
		return () => next.release();
		// the window is applied to an existing watch below, without reopening it here
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [service, key]);
	useEffect(() => {
		watch?.setWindow(window);
	}, [watch, window]);
	const snapshot = useSyncExternalStore(watch?.subscribe ?? noSubscribe, watch?.getSnapshot ?? noSnapshot);
	return {watch, snapshot};
}
