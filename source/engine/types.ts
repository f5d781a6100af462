// Shapes of the Docker Engine API objects dockhand reads (only the fields it uses), and the
// contract of the engine client that the store and commands call. No React, no formatting here.
import type {SwarmCalls, SwarmInfo, SwarmWriteCalls} from './swarm-types.js';

export type EndpointSource = 'flag' | 'env' | 'context' | 'default';

export type TlsFiles = {ca?: string; cert?: string; key?: string}; // PEM text, already read

export type Endpoint = {
	/** As given: unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host */
	url: string;
	kind: 'unix' | 'tcp' | 'ssh';
	socketPath?: string; // unix; ssh: the socket on the remote host (its default when absent)
	host?: string; // tcp / ssh
	port?: number; // tcp / ssh (ssh: only when the URL names one)
	user?: string; // ssh
	tls?: {verify: boolean; files: TlsFiles};
	/** tcp:// without TLS, or TLS without verification */
	insecure: boolean;
	source: EndpointSource;
	contextName?: string;
};

/** 'unknown' is dockhand's own: what a state outside the API's enum becomes in the store. */
export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead' | 'unknown';

export type Port = {IP?: string; PrivatePort: number; PublicPort?: number; Type: string};

export type ContainerSummary = {
	Id: string;
	Names: string[];
	Image: string;
	ImageID: string;
	Command: string;
	Created: number; // unix seconds
	State: ContainerState;
	Status: string;
	Ports: Port[];
	Labels: Record<string, string> | null;
	NetworkSettings?: {Networks?: Record<string, unknown> | null};
	Mounts?: Array<{Type: string; Name?: string; Source: string; Destination: string; RW: boolean}> | null;
};

export type ContainerInspect = {
	Id: string;
	Name: string; // leading '/'
	Created: string; // RFC 3339
	Image: string;
	RestartCount: number;
	State: {
		Status: ContainerState;
		Running: boolean;
		Paused: boolean;
		Restarting: boolean;
		OOMKilled: boolean;
		Dead: boolean;
		Pid: number;
		ExitCode: number;
		Error: string;
		StartedAt: string;
		FinishedAt: string;
		Health?: {/** '' on Podman without a health check */ Status: 'starting' | 'healthy' | 'unhealthy' | 'none' | ''; FailingStreak: number; Log?: HealthCheckResult[] | null};
	};
	Config: {
		Tty: boolean;
		OpenStdin: boolean;
		Image: string;
		Cmd: string[] | null;
		Entrypoint: string[] | null;
		Env: string[] | null;
		Labels: Record<string, string> | null;
		WorkingDir: string;
		User: string;
		ExposedPorts?: Record<string, object> | null;
		StopTimeout?: number;
	};
	HostConfig: {
		RestartPolicy?: {Name: string; MaximumRetryCount: number};
		NetworkMode?: string;
		Memory?: number; // bytes, 0 = unlimited
		MemoryReservation?: number;
		MemorySwap?: number;
		NanoCpus?: number; // 1e9 = one CPU
		CpuQuota?: number;
		CpuPeriod?: number;
		CpuShares?: number;
		CpusetCpus?: string;
		PidsLimit?: number | null; // 0 or -1 = unlimited
	};
	NetworkSettings: {
		Ports?: Record<string, Array<{HostIp: string; HostPort: string}> | null> | null;
		Networks?: Record<string, EndpointSettings> | null;
	};
	Mounts: Array<{Type: string; Name?: string; Source: string; Destination: string; RW: boolean; Mode?: string; Driver?: string; Propagation?: string}>;
};

export type HealthCheckResult = {Start: string; End: string; ExitCode: number; Output: string};

export type EndpointSettings = {IPAddress: string; IPPrefixLen?: number; Gateway?: string; MacAddress?: string; Aliases?: string[] | null; GlobalIPv6Address?: string; NetworkID?: string};

export type ImageSummary = {
	Id: string;
	ParentId: string;
	RepoTags: string[] | null;
	RepoDigests: string[] | null;
	Created: number;
	Size: number;
	Containers: number; // -1 when the daemon did not count
	SharedSize?: number; // -1 when not computed (outside /system/df)
	Labels: Record<string, string> | null;
};

export type ImageInspect = {
	Id: string;
	RepoTags: string[];
	RepoDigests?: string[] | null;
	Created: string;
	Size: number;
	Architecture: string;
	Os: string;
	Author?: string;
	Comment?: string;
	Config: {Cmd?: string[] | null; Entrypoint?: string[] | null; Env?: string[] | null; WorkingDir?: string; ExposedPorts?: Record<string, object> | null; Labels?: Record<string, string> | null} | null;
	RootFS?: {Type: string; Layers?: string[]};
};

export type ImageHistoryItem = {Id: string; Created: number; CreatedBy: string; Tags: string[] | null; Size: number; Comment: string};

export type Volume = {Name: string; Driver: string; Mountpoint: string; CreatedAt?: string; Labels: Record<string, string> | null; Scope: string; UsageData?: {Size: number; RefCount: number} | null};

export type Network = {Name: string; Id: string; Created: string; Scope: string; Driver: string; Internal: boolean; Labels: Record<string, string> | null; Containers?: Record<string, {Name: string; IPv4Address: string; IPv6Address?: string; MacAddress?: string}> | null};

export type Version = {Version: string; ApiVersion: string; MinAPIVersion: string; Os: string; Arch: string; KernelVersion?: string; GitCommit?: string; GoVersion?: string; Components?: Array<{Name: string; Version: string}>};

export type Info = {
	ID: string;
	Name: string;
	ServerVersion: string;
	Containers: number;
	ContainersRunning: number;
	ContainersPaused: number;
	ContainersStopped: number;
	Images: number;
	NCPU: number;
	MemTotal: number;
	OperatingSystem: string;
	Driver: string;
	CgroupVersion?: string;
	CgroupDriver?: string;
	LoggingDriver?: string;
	KernelVersion?: string;
	OSType?: string;
	Architecture?: string;
	Swarm?: SwarmInfo;
};

export type SystemDf = {LayersSize: number; Images: ImageSummary[]; Containers: Array<ContainerSummary & {SizeRw?: number; SizeRootFs?: number}>; Volumes: Volume[]};

/** Per-type usage of /system/df from API 1.52 (the legacy lists are gone from 1.53). */
export type TypeDiskUsage<Item> = {ActiveCount?: number; TotalCount?: number; Reclaimable?: number; TotalSize?: number; Items?: Item[] | null};
export type BuildCacheRecord = {ID: string; Size: number; InUse: boolean; Shared: boolean};

/** /system/df as either shape answers it: legacy lists (≤ 1.52) and/or per-type usage (≥ 1.52). */
export type SystemDfBody = {
	LayersSize?: number;
	Images?: ImageSummary[] | null;
	Containers?: Array<ContainerSummary & {SizeRw?: number; SizeRootFs?: number}> | null;
	Volumes?: Volume[] | null;
	BuildCache?: BuildCacheRecord[] | null;
	ImageUsage?: TypeDiskUsage<ImageSummary>;
	ContainerUsage?: TypeDiskUsage<ContainerSummary & {SizeRw?: number}>;
	VolumeUsage?: TypeDiskUsage<Volume>;
	BuildCacheUsage?: TypeDiskUsage<BuildCacheRecord>;
	// The 1.52 changelog spells them in the plural; the spec in the singular. Both are read.
	ImagesUsage?: TypeDiskUsage<ImageSummary>;
	ContainersUsage?: TypeDiskUsage<ContainerSummary & {SizeRw?: number}>;
	VolumesUsage?: TypeDiskUsage<Volume>;
};

export type PruneResult = {Deleted: string[]; SpaceReclaimed: number};

export type Ping = {apiVersion: string | null; osType?: string; builderVersion?: string; server?: string; libpodApiVersion?: string};

/** One /events message, normalised: both the current (Type/Action/Actor) and legacy (status/id/from) shapes. */
export type DockerEvent = {
	Type: 'container' | 'image' | 'volume' | 'network' | 'daemon' | 'plugin' | 'service' | 'node' | 'secret' | 'config' | string;
	Action: string; // may carry a suffix: "exec_start: sh", "health_status: healthy"
	Actor: {ID: string; Attributes: Record<string, string>};
	scope?: string;
	time: number; // seconds
	timeNano: number;
};

/** `continued`: a later piece of a frame too large to hold whole (no timestamp of its own). */
export type LogChunk = {stream: 'stdout' | 'stderr' | 'system'; data: Uint8Array; continued?: boolean};

export type StatsSample = {
	read: string;
	preread?: string;
	name?: string;
	id?: string;
	pids_stats?: {current?: number};
	cpu_stats: {cpu_usage: {total_usage: number; percpu_usage?: number[]}; system_cpu_usage?: number; online_cpus?: number};
	precpu_stats: {cpu_usage: {total_usage: number; percpu_usage?: number[]}; system_cpu_usage?: number; online_cpus?: number};
	memory_stats: {usage?: number; limit?: number; stats?: Record<string, number>};
	networks?: Record<string, {rx_bytes: number; tx_bytes: number}>;
	blkio_stats?: {io_service_bytes_recursive?: Array<{op: string; value: number}> | null};
};

export type Filters = Record<string, string[]>;

export type StreamOptions = {signal?: AbortSignal};

export type LogsOptions = StreamOptions & {
	follow?: boolean;
	tail?: number | 'all';
	since?: number; // unix seconds
	until?: number;
	timestamps?: boolean;
	stdout?: boolean; // default true
	stderr?: boolean; // default true
	/** The container's Config.Tty: decides framed vs raw (never the Content-Type). Inspected if omitted. */
	tty?: boolean;
	/** The daemon answered and the stream is open (a quiet container may send nothing for a long time). */
	onOpen?: () => void;
};

/** Body of POST /containers/create (the fields dockhand and its tests set). */
export type ContainerCreateBody = {
	Image: string;
	Cmd?: string[];
	Entrypoint?: string[];
	Env?: string[];
	Tty?: boolean;
	OpenStdin?: boolean;
	AttachStdin?: boolean;
	Labels?: Record<string, string>;
	WorkingDir?: string;
	User?: string;
	StopTimeout?: number;
	StopSignal?: string;
	Healthcheck?: {Test: string[]; Interval?: number; Timeout?: number; Retries?: number; StartPeriod?: number};
	HostConfig?: {NetworkMode?: string; AutoRemove?: boolean; RestartPolicy?: {Name: string; MaximumRetryCount?: number}; Memory?: number; Init?: boolean};
};

export type ExecCreateOptions = {Cmd: string[]; Tty?: boolean; AttachStdin?: boolean; AttachStdout?: boolean; AttachStderr?: boolean; Env?: string[]; WorkingDir?: string; User?: string};
export type ExecInspect = {ID: string; Running: boolean; ExitCode: number | null; ProcessConfig?: {entrypoint: string; arguments: string[]}};

/** The engine client: every daemon call dockhand makes goes through one of these. */
export interface Engine extends SwarmCalls, SwarmWriteCalls {
	readonly endpoint: Endpoint;
	readonly readOnly: boolean;
	/** Negotiated "1.41" once negotiate() ran (or pinned by DOCKER_API_VERSION). */
	readonly apiVersion: string | null;
	negotiate(): Promise<string>;
	ping(options?: StreamOptions & {timeoutMs?: number}): Promise<Ping>;
	version(): Promise<Version>;
	info(): Promise<Info>;
	systemDf(): Promise<SystemDf>;
	/** /system/df in whichever shape the daemon answers (parse with parseDiskUsage); `verbose` lists volumes from 1.52. */
	diskUsage(options?: {verbose?: boolean}): Promise<SystemDfBody>;

	listContainers(options?: {all?: boolean; filters?: Filters; size?: boolean}): Promise<ContainerSummary[]>;
	inspectContainer(id: string): Promise<ContainerInspect>;
	topContainer(id: string, psArgs?: string): Promise<{Titles: string[]; Processes: string[][]}>;
	startContainer(id: string): Promise<'started' | 'already-started'>;
	stopContainer(id: string, options?: {t?: number; signal?: string}): Promise<'stopped' | 'already-stopped'>;
	restartContainer(id: string, options?: {t?: number}): Promise<void>;
	killContainer(id: string, signal?: string): Promise<void>;
	pauseContainer(id: string): Promise<void>;
	unpauseContainer(id: string): Promise<void>;
	removeContainer(id: string, options?: {force?: boolean; volumes?: boolean}): Promise<void>;
	renameContainer(id: string, name: string): Promise<void>;
	createContainer(body: ContainerCreateBody, options?: {name?: string}): Promise<{Id: string; Warnings: string[] | null}>;
	/** Resolves when the container reaches the condition (default 'not-running'). */
	waitContainer(id: string, options?: StreamOptions & {condition?: 'not-running' | 'next-exit' | 'removed'}): Promise<{StatusCode: number}>;
	pruneContainers(filters?: Filters): Promise<{ContainersDeleted: string[] | null; SpaceReclaimed: number}>;

	listImages(options?: {all?: boolean; filters?: Filters}): Promise<ImageSummary[]>;
	inspectImage(id: string): Promise<ImageInspect>;
	imageHistory(id: string): Promise<ImageHistoryItem[]>;
	removeImage(id: string, options?: {force?: boolean; noprune?: boolean}): Promise<Array<{Untagged?: string; Deleted?: string}>>;
	pruneImages(options?: {dangling?: boolean}): Promise<{ImagesDeleted: Array<{Untagged?: string; Deleted?: string}> | null; SpaceReclaimed: number}>;

	listVolumes(options?: {filters?: Filters}): Promise<Volume[]>;
	inspectVolume(name: string): Promise<Volume>;
	removeVolume(name: string, options?: {force?: boolean}): Promise<void>;
	pruneVolumes(): Promise<{VolumesDeleted: string[] | null; SpaceReclaimed: number}>;

	listNetworks(options?: {filters?: Filters}): Promise<Network[]>;
	inspectNetwork(id: string): Promise<Network>;
	removeNetwork(id: string): Promise<void>;
	pruneNetworks(): Promise<{NetworksDeleted: string[] | null}>;

	/** Newline-delimited JSON; a malformed line goes to onBadLine and the stream goes on. Ends when the daemon closes it. */
	/** `onOpen` runs once the daemon has accepted the subscription (resync after it, so nothing falls between). */
	events(options?: StreamOptions & {since?: number; until?: number; filters?: Filters; onBadLine?: (line: string, error: Error) => void; onOpen?: () => void}): AsyncIterable<DockerEvent>;
	logs(id: string, options?: LogsOptions): AsyncIterable<LogChunk>;
	/** The logs body as the daemon sends it, read by read: framed (8-byte headers, LogFrameDecoder) unless
	 * `tty`. For a consumer that demultiplexes in place: one await per read, not one per line. */
	logBytes(id: string, options: LogsOptions & {tty: boolean}): AsyncIterable<Uint8Array>;
	/** A swarm service's logs from all its tasks, framed like logBytes (raw with a TTY spec); each line starts
	 * with its details (log-details.ts: task and node ids). Only on a manager. */
	serviceLogBytes(id: string, options: LogsOptions & {tty: boolean}): AsyncIterable<Uint8Array>;
	/** A stream of samples (one per second from dockerd); `oneShot` with stream=false skips the second sample (API ≥ 1.41). */
	stats(id: string, options?: StreamOptions & {stream?: boolean; oneShot?: boolean}): AsyncIterable<StatsSample>;
	statsOnce(id: string): Promise<StatsSample>;

	execCreate(containerId: string, options: ExecCreateOptions): Promise<string>;
	/** Hijacked, raw duplex stream (Tty exec). */
	execStart(execId: string, options?: {tty?: boolean}): Promise<import('node:stream').Duplex>;
	execResize(execId: string, size: {h: number; w: number}): Promise<void>;
	execInspect(execId: string): Promise<ExecInspect>;

	/** Closes pooled connections; open streams are aborted. */
	close(): Promise<void>;
}
