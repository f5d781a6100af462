// What the UI may use besides its own state: the daemon store (read), the log and action services,
// and a way to hand the terminal to something else (exec). Panes never call the engine directly.
import React, {createContext, useContext, type ReactNode} from 'react';
import type {Endpoint, Engine, ImageHistoryItem, ImageInspect} from '../engine/types.js';
import type {ActionService} from '../store/actions/types.js';
import type {ContextsService} from '../store/contexts/contexts-service.js';
import type {DaemonStore} from '../store/daemon-store.js';
import type {LogService} from '../store/logs/log-service.js';
import type {StatsService} from '../store/stats/stats-service.js';

/** The engine reads the detail views make. */
export type DetailCalls = Pick<Engine, 'apiVersion' | 'inspectContainer' | 'inspectNetwork' | 'listContainers' | 'info' | 'version' | 'diskUsage'>;

export type Services = {
	store: DaemonStore;
	logs: LogService;
	actions: ActionService;
	readOnly: boolean;
	endpoint: Endpoint;
	/** A session against the built-in demo engine: the header says DEMO throughout. */
	demo?: boolean;
	/** Offered on the cannot-reach screen when no daemon is set up: ends this session, the next one is the demo. */
	openDemo?: () => void;
	/** Leaves Ink and the alternate screen, gives the raw terminal to fn, then restores the app exactly. */
	runExternal<T>(fn: () => Promise<T>): Promise<T>;
	/** Image details beyond the list fields (the image detail pane asks once per selected image). */
	inspectImage(id: string): Promise<ImageInspect>;
	imageHistory(id: string): Promise<ImageHistoryItem[]>;
	/** Reads for the inspect, info and resource details (fetched on selection, never polled); absent in tests that do not need them. */
	details?: DetailCalls;
	/** The contexts view (x): the daemons set up, and a switch of the whole session to one; absent where switching makes no sense (demo, tests). */
	contexts?: {service: ContextsService; choose(name: string): void};
	/** CPU/MEM columns and the stats view; absent in tests that do not need them. */
	stats?: StatsService;
};

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({services, children}: {services: Services; children?: ReactNode}) {
	return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
	const services = useContext(ServicesContext);
	if (!services) throw new Error('useServices needs a <ServicesProvider> above it');
	return services;
}
