// The action service's contract: what the UI asks for, and what comes back. Every answer is an
// Outcome the UI follows (show a message, ask for confirmation, offer a choice); nothing blocks.
import type {Duplex} from 'node:stream';

export type ContainerOp = 'start' | 'stop' | 'restart' | 'pause' | 'unpause' | 'kill' | 'remove';
export type PruneKind = 'containers' | 'dangling-images' | 'unused-images' | 'volumes' | 'networks';
export type ResourceKind = 'image' | 'volume' | 'network';

/** What a row shows while a request for it is in flight; label "stopping", shown as "stopping…". */
export type PendingAction = {op: string; label: string; since: number};

export type MessageOutcome = {kind: 'message'; level: 'info' | 'error'; text: string};
/** Ask y/n; `proceed` runs the action and yields the next outcome. */
export type ConfirmOutcome = {kind: 'confirm'; title: string; lines: string[]; proceed: () => Promise<Outcome>};
export type Choice = {label: string; detail?: string; proceed: () => Promise<Outcome>};
/** Pick one of several (signal chooser, prune menu); `initial` is the preselected index. */
export type ChooseOutcome = {kind: 'choose'; title: string; choices: Choice[]; initial?: number};
export type Outcome = MessageOutcome | ConfirmOutcome | ChooseOutcome | {kind: 'none'};

/** A prepared exec: created in the daemon, not started. The UI attaches inside runExternal. */
export type ExecTarget = {
	kind: 'exec';
	execId: string;
	shell: string;
	containerName: string;
	/** Starts the exec and hijacks the connection: raw TTY bytes both ways. */
	attach(): Promise<Duplex>;
	resize(size: {rows: number; columns: number}): Promise<void>;
	/** The exit code once the process ended (null if the daemon does not know). */
	exitCode(): Promise<number | null>;
};

export type SignalName = 'SIGKILL' | 'SIGTERM' | 'SIGINT' | 'SIGHUP' | 'SIGQUIT' | 'SIGUSR1' | 'SIGUSR2' | 'SIGSTOP' | 'SIGCONT';

export interface ActionService {
	readonly readOnly: boolean;
	/** Pending action per container/resource id, for row labels. */
	pending(id: string): PendingAction | undefined;
	/** Notified whenever a pending action starts or ends. */
	subscribe(listener: () => void): () => void;

	/** `s`: stop what runs, else start (confirms a stop of several). */
	toggleRun(ids: readonly string[]): Promise<Outcome>;
	/** `p`: pause what runs, else unpause what is paused. */
	togglePause(ids: readonly string[]): Promise<Outcome>;
	restart(ids: readonly string[]): Promise<Outcome>;
	/** `K`: confirm, then send the signal (SIGKILL by default). */
	kill(ids: readonly string[], signal?: SignalName): Promise<Outcome>;
	/** `ctrl+k`: choose a signal, then confirm. */
	chooseSignal(ids: readonly string[]): Promise<Outcome>;
	/** `d` / `D`: confirm (force for running ones), optionally with anonymous volumes. */
	removeContainers(ids: readonly string[], options?: {volumes?: boolean}): Promise<Outcome>;
	removeResource(kind: ResourceKind, id: string): Promise<Outcome>;
	/** The prune menu, each entry with what it would remove and the space it would reclaim. */
	pruneMenu(preferred?: PruneKind): Promise<Outcome>;
	prune(kind: PruneKind): Promise<Outcome>;
	/** Swarm (on a manager): `+`/`-` scale by one, `=` to a number; replicated services only. */
	scaleService(id: string, target: {replicas: number} | {delta: number}): Promise<Outcome>;
	/** Bumps TaskTemplate.ForceUpdate: every task is replaced, one update step at a time. */
	restartService(id: string): Promise<Outcome>;
	/** Confirms, then rolls back to PreviousSpec (server-side from API 1.28). */
	rollbackService(id: string): Promise<Outcome>;
	/** Confirms, then DELETE /services/{id}. */
	removeService(id: string): Promise<Outcome>;
	/** drain (confirmed), pause or activate a node. */
	setNodeAvailability(id: string, availability: 'active' | 'pause' | 'drain'): Promise<Outcome>;
	/** `e`: find a shell and create the exec, or say why not. `env` e.g. TERM of the user's terminal. */
	prepareExec(containerId: string, options?: {shell?: string; env?: string[]}): Promise<ExecTarget | MessageOutcome>;
}
