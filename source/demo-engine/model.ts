// The demo engine's records: what a simulated daemon knows about its objects.

export type Role = 'web' | 'db' | 'worker' | 'noisy' | 'unhealthy' | 'cache' | 'job' | 'filler';
export type RunState = 'created' | 'running' | 'paused' | 'restarting' | 'exited';

export type DemoContainer = {
	index: number;
	id: string;
	name: string; // without the leading slash
	image: string;
	imageId: string;
	command: string[];
	created: number; // ms
	labels: Record<string, string>;
	tty: boolean;
	restartPolicy: 'no' | 'always' | 'on-failure' | 'unless-stopped';
	role: Role;
	state: RunState;
	exitCode: number;
	startedAt: number; // ms, 0 = never
	finishedAt: number; // ms, 0 = never
	restartCount: number;
	pid: number;
	/** When the container ran: [start, end) in ms, end undefined while it runs; log lines exist only inside. */
	runs: Array<[number, number | undefined]>;
	logPeriodMs: number;
	crashAfterMs?: number; // the worker dies this long after each start
	exitsWith?: number; // a created `sh -c 'exit N'`: ends at once with N
	health?: {status: 'starting' | 'healthy' | 'unhealthy'; failingStreak: number};
	ports: Array<{PrivatePort: number; PublicPort?: number; Type: 'tcp' | 'udp'; IP?: string}>;
	network: string;
	ip: string;
	volumes: string[];
	cpuBase: number; // fraction of one core
	memBase: number; // bytes
	phase: number;
};

export type DemoImage = {id: string; tags: string[]; created: number; size: number; cmd: string[]; layers: number};
export type DemoVolume = {name: string; created: number; labels: Record<string, string>};
export type DemoNetwork = {id: string; name: string; driver: string; created: number; subnet?: string; labels: Record<string, string>};

export type DemoEvent = {
	Type: string;
	Action: string;
	Actor: {ID: string; Attributes: Record<string, string>};
	scope: 'local';
	time: number;
	timeNano: number;
};

export type DemoExec = {
	id: string;
	containerId: string;
	cmd: string[];
	tty: boolean;
	attachStdin: boolean;
	running: boolean;
	started: boolean;
	exitCode: number | null;
	pid: number;
};
