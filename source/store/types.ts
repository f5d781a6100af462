// The state dockhand mirrors from the daemon. Plain data: derived text (uptime, "exited (137) 2
// minutes ago") is computed at render time from these timestamps, never stored.
import type {ContainerState, Endpoint, Info, Port, Version} from '../engine/types.js';
import type {SwarmNode, SwarmService, SwarmTask} from '../engine/swarm-types.js';
import type {SwarmStatus} from './swarm-slice.js';

export type Health = 'starting' | 'healthy' | 'unhealthy' | 'none';

export type Container = {
	id: string;
	name: string; // without the leading '/'
	names: string[];
	image: string;
	imageId: string;
	command: string;
	state: ContainerState;
	status: string; // the daemon's own text, as last listed
	createdAt: number; // ms since epoch
	startedAt: number | null; // ms, from inspect or events
	finishedAt: number | null; // ms
	exitCode: number | null;
	restartCount: number;
	health: Health;
	oomKilled: boolean;
	ports: Port[];
	labels: Record<string, string>;
	composeProject: string | null; // com.docker.compose.project
	composeService: string | null; // com.docker.compose.service
	tty: boolean | null; // null until inspected
	networks?: string[]; // names of the networks it is attached to
	stopTimeout?: number; // seconds, from Config.StopTimeout when the container sets one (inspect only)
};

export type Image = {
	id: string;
	tags: string[]; // repo:tag, empty when dangling
	size: number;
	createdAt: number; // ms
	containers: number; // containers using it (counted from the container list)
	dangling: boolean;
	labels: Record<string, string>;
};

export type VolumeItem = {name: string; driver: string; mountpoint: string; createdAt: number | null; labels: Record<string, string>; scope: string};
export type NetworkItem = {id: string; name: string; driver: string; scope: string; internal: boolean; createdAt: number | null; labels: Record<string, string>; containers: number};

export type Connection =
	| {status: 'connecting'; since: number}
	| {status: 'connected'; since: number}
	| {status: 'reconnecting'; since: number; attempt: number; lastError: string; nextRetryAt: number}
	| {status: 'failed'; since: number; lastError: string; /** the daemon is there but refused the pinned API version */ pinnedVersionRefused?: boolean};

/** One thing that happened to a container, kept for crash markers in the logs view. */
export type ContainerLifecycleEvent = {containerId: string; action: 'die' | 'oom' | 'restart' | 'start' | 'stop' | 'kill' | 'health' | 'pause' | 'unpause' | 'destroy'; time: number; exitCode?: number; health?: Health; signal?: string};

export type DaemonState = {
	endpoint: Endpoint;
	version: Version | null;
	info: Info | null;
	apiVersion: string | null;
};

export type State = {
	daemon: DaemonState;
	connection: Connection;
	/** True while the shown data may be out of date (disconnected, resync pending). */
	stale: boolean;
	containers: ReadonlyMap<string, Container>;
	images: ReadonlyMap<string, Image>;
	volumes: ReadonlyMap<string, VolumeItem>;
	networks: ReadonlyMap<string, NetworkItem>;
	/** Recent lifecycle events per container id (bounded). */
	lifecycle: ReadonlyMap<string, readonly ContainerLifecycleEvent[]>;
	/** Swarm role and list times; services, tasks and nodes are known only on a manager (swarm-slice.ts). */
	swarm: SwarmStatus;
	services: ReadonlyMap<string, SwarmService>;
	tasks: ReadonlyMap<string, SwarmTask>;
	nodes: ReadonlyMap<string, SwarmNode>;
	/** ms of the last full resync */
	syncedAt: number | null;
};

export type Listener = () => void;

/** Immutable snapshots: a selector that returns the same object means nothing it reads changed. */
export interface Store {
	getState(): State;
	subscribe(listener: Listener): () => void;
	/**
	 * The freshest state for a decision about these containers: changes received but not yet
	 * notified applied, and a resync or fetch in flight for them awaited (briefly).
	 */
	fresh?(containerIds: readonly string[]): Promise<State>;
}
