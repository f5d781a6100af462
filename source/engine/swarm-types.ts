// Shapes of the Swarm objects dockhand reads from a manager (/services, /tasks, /nodes), only the
// fields it uses, as API 1.41 answers them and as the newest spec (1.55) still describes them.
import type {Filters} from './types.js';

export type ObjectVersion = {Index: number};

/** Swarm part of /info: LocalNodeState is inactive | pending | active | error | locked. */
export type SwarmInfo = {
	NodeID?: string;
	NodeAddr?: string;
	LocalNodeState?: string;
	ControlAvailable?: boolean;
	Error?: string;
	Nodes?: number;
	Managers?: number;
	RemoteManagers?: Array<{NodeID: string; Addr: string}> | null;
};

export type TaskState = 'new' | 'allocated' | 'pending' | 'assigned' | 'accepted' | 'preparing' | 'ready' | 'starting' | 'running' | 'complete' | 'shutdown' | 'failed' | 'rejected' | 'remove' | 'orphaned';

export type EndpointPortConfig = {Name?: string; Protocol?: 'tcp' | 'udp' | 'sctp'; TargetPort?: number; PublishedPort?: number; PublishMode?: 'ingress' | 'host'};

export type ServiceMode = {
	Replicated?: {Replicas?: number};
	Global?: Record<string, never>;
	ReplicatedJob?: {MaxConcurrent?: number; TotalCompletions?: number};
	GlobalJob?: Record<string, never>;
};

export type TaskSpec = {
	ContainerSpec?: {Image?: string; Labels?: Record<string, string> | null; Command?: string[] | null; Args?: string[] | null; Env?: string[] | null; Dir?: string; User?: string; TTY?: boolean; Secrets?: Array<{SecretName?: string; File?: {Name?: string}}> | null};
	RestartPolicy?: {Condition?: 'none' | 'on-failure' | 'any'; Delay?: number; MaxAttempts?: number; Window?: number};
	Placement?: {Constraints?: string[] | null; MaxReplicas?: number};
	Resources?: {Limits?: {NanoCPUs?: number; MemoryBytes?: number}; Reservations?: {NanoCPUs?: number; MemoryBytes?: number}};
	ForceUpdate?: number;
};

export type UpdateConfig = {Parallelism?: number; Delay?: number; FailureAction?: string; Monitor?: number; MaxFailureRatio?: number; Order?: string};

export type ServiceSpec = {
	Name: string;
	Labels?: Record<string, string> | null;
	TaskTemplate?: TaskSpec;
	Mode?: ServiceMode;
	UpdateConfig?: UpdateConfig;
	RollbackConfig?: UpdateConfig;
	EndpointSpec?: {Mode?: string; Ports?: EndpointPortConfig[] | null};
};

export type SwarmService = {
	ID: string;
	Version: ObjectVersion;
	CreatedAt: string;
	UpdatedAt: string;
	Spec: ServiceSpec;
	PreviousSpec?: ServiceSpec;
	Endpoint?: {Ports?: EndpointPortConfig[] | null; VirtualIPs?: Array<{NetworkID: string; Addr: string}> | null};
	UpdateStatus?: {State?: 'updating' | 'paused' | 'completed' | 'rollback_started' | 'rollback_paused' | 'rollback_completed'; StartedAt?: string; CompletedAt?: string; Message?: string};
	/** Only with status=true (API ≥ 1.41). */
	ServiceStatus?: {RunningTasks: number; DesiredTasks: number; CompletedTasks?: number};
};

export type SwarmTask = {
	ID: string;
	Version?: ObjectVersion;
	CreatedAt: string;
	UpdatedAt: string;
	Name?: string;
	Labels?: Record<string, string> | null;
	Spec?: TaskSpec;
	ServiceID: string;
	/** Absent for global services (one task per node instead). */
	Slot?: number;
	NodeID?: string;
	Status: {Timestamp?: string; State: TaskState; Message?: string; Err?: string; ContainerStatus?: {ContainerID?: string; PID?: number; ExitCode?: number}};
	DesiredState: TaskState;
};

export type SwarmNode = {
	ID: string;
	Version: ObjectVersion;
	CreatedAt: string;
	UpdatedAt: string;
	Spec: NodeSpec;
	Description?: {
		Hostname?: string;
		Platform?: {Architecture?: string; OS?: string};
		Resources?: {NanoCPUs?: number; MemoryBytes?: number};
		Engine?: {EngineVersion?: string; Labels?: Record<string, string> | null};
	};
	Status: {State: 'unknown' | 'down' | 'ready' | 'disconnected'; Message?: string; Addr?: string};
	ManagerStatus?: {Leader?: boolean; Reachability?: 'unknown' | 'unreachable' | 'reachable'; Addr?: string} | null;
};

export type NodeAvailability = 'active' | 'pause' | 'drain';
export type NodeSpec = {Name?: string; Labels?: Record<string, string> | null; Role: 'worker' | 'manager'; Availability: NodeAvailability};

/** The changes dockhand makes on a manager; `version` is the object's Version.Index as read (a stale one is refused). */
export interface SwarmWriteCalls {
	/** POST /services/{id}/update; `rollback`: the PreviousSpec, rolled back to server-side where the API can (1.28). Resolves with the daemon's warnings. */
	updateService(id: string, version: number, spec: ServiceSpec, options?: {rollback?: ServiceSpec}): Promise<string[]>;
	removeService(id: string): Promise<void>;
	updateNode(id: string, version: number, spec: NodeSpec): Promise<void>;
}

/** The read calls on a manager; a worker or a daemon outside a swarm answers 503. */
export interface SwarmCalls {
	/** `status` asks for ServiceStatus (running/desired), sent only from API 1.41. */
	listServices(options?: {filters?: Filters; status?: boolean}): Promise<SwarmService[]>;
	inspectService(id: string): Promise<SwarmService>;
	listTasks(options?: {filters?: Filters}): Promise<SwarmTask[]>;
	listNodes(options?: {filters?: Filters}): Promise<SwarmNode[]>;
	inspectNode(id: string): Promise<SwarmNode>;
}
