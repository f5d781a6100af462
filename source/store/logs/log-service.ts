// The logs of the containers the UI looks at: one followed session per container id (shared by
// the views that watch it, cancelled when none does), lines batched and views notified at a capped
// frame rate so a flooding container cannot flood the renderer.
import type {Engine} from '../../engine/types.js';
import type {FloodLimits} from './flood-gauge.js';
import type {Store} from '../types.js';
import {MergedFeed, SingleFeed, type FeedStatus, type LogFeed, type TrackedFeed} from './log-feed.js';
import {LogSession, type ServiceLogTarget} from './log-session.js';
import type {LogLine} from './log-line.js';
import {defaultTail, sameWindow, type LogWindow} from './log-window.js';
import {saveLogLines, type SaveOptions} from './save-log.js';

export type LogServiceOptions = {
	/** Lines of history a stream opens with (default 500). */
	tail?: number;
	/** Bounds of each container's buffer (default 10 000 lines / 16 MiB). */
	maxLines?: number;
	maxBytes?: number;
	/** Folder saved logs go to unless a save names one (the config's logDir; default the current folder). */
	saveDirectory?: string;
	/** Longest line kept whole (characters); longer ones are cut with a marker. */
	maxLineLength?: number;
	/** Shortest gap between two notifications of a view (default 40 ms: at most 25 frames/s). */
	frameMs?: number;
	/** The gap while lines flood in (over `floodLinesPerSecond`; default 200 ms): nobody reads a flood, the CPU goes to keeping up. */
	floodFrameMs?: number;
	floodLinesPerSecond?: number;
	retryDelaysMs?: number[];
	/** When a container's log counts as a flood and is read once a second instead of line by line (null: never). */
	floodLimits?: FloodLimits | null;
	/** How often a flooding log is read (default 1 s: on a machine the flood saturates, every read and frame delays the keys). */
	floodIntervalMs?: number;
};

export type LogSnapshot = {
	/** Grows with each refresh: a view re-renders when it changes. */
	version: number;
	feed: LogFeed;
	status: FeedStatus;
	window: LogWindow;
	containerIds: readonly string[];
};

export interface LogWatch {
	getSnapshot(): LogSnapshot;
	/** Called at most once per frame interval while lines arrive. */
	subscribe(listener: () => void): () => void;
	/** New tail/since: held lines are dropped and the streams reopened. */
	setWindow(window: LogWindow): void;
	/** Forgets the held lines of these containers; new ones keep coming. */
	clear(): void;
	/** Done with it: streams nobody else watches are cancelled. */
	release(): void;
}

export interface LogService {
	readonly defaults: {tail: number; maxLines: number; maxBytes: number};
	/** Follows the logs of these containers (merged when several). */
	watch(containerIds: readonly string[], window?: Partial<LogWindow>): LogWatch;
	/** Follows a swarm service's logs: every task's lines, each naming its task and node. */
	watchService(service: ServiceLogTarget, window?: Partial<LogWindow>): LogWatch;
	/** Writes lines to a file (default ./dockhand-<name>-<time>.log); resolves with the path. */
	save(lines: readonly LogLine[], options: SaveOptions): Promise<string>;
	/** Cancels every stream. */
	close(): void;
}

/** The session key of a service's logs (never a container id: those are hex). */
export const serviceLogKey = (serviceId: string) => `service:${serviceId}`;

export const defaultMaxLines = 10_000;
export const defaultMaxBytes = 16 * 1024 * 1024;

type Shared = {session: LogSession; refs: number};

export function createLogService(engine: Engine, store: Store, options: LogServiceOptions = {}): LogService {
	const defaults = {tail: options.tail ?? defaultTail, maxLines: options.maxLines ?? defaultMaxLines, maxBytes: options.maxBytes ?? defaultMaxBytes};
	const frameMs = options.frameMs ?? 40;
	const floodFrameMs = Math.max(frameMs, options.floodFrameMs ?? 200);
	const floodRate = options.floodLinesPerSecond ?? 2000;
	const sessions = new Map<string, Shared>();
	const dirty = new Set<LogSession>();
	const watches = new Set<WatchImpl>();
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastFlush = 0;
	let changes = 0; // appends since the last flush
	let gap = frameMs;

	const flush = () => {
		timer = null;
		const now = Date.now();
		gap = (changes * 1000) / Math.max(1, now - lastFlush) > floodRate ? floodFrameMs : frameMs;
		changes = 0;
		lastFlush = now;
		const changed = new Set(dirty);
		dirty.clear();
		for (const watch of watches) if (watch.sessions.some(session => changed.has(session))) watch.refresh(lastFlush);
	};
	const schedule = (session: LogSession) => {
		changes++;
		dirty.add(session);
		if (timer) return;
		timer = setTimeout(flush, Math.max(0, lastFlush + gap - Date.now()));
	};

	const acquire = (id: string, window: LogWindow, service?: ServiceLogTarget): LogSession => {
		const shared = sessions.get(id);
		if (shared) {
			shared.refs++;
			if (!sameWindow(shared.session.currentWindow, window)) shared.session.setWindow(window);
			return shared.session;
		}
		const session: LogSession = new LogSession(id, engine, store, {
			bounds: {maxLines: defaults.maxLines, maxBytes: defaults.maxBytes},
			window,
			maxLineLength: options.maxLineLength,
			retryDelaysMs: options.retryDelaysMs,
			floodLimits: options.floodLimits,
			floodIntervalMs: options.floodIntervalMs,
			service,
			onChange: () => schedule(session),
		});
		sessions.set(id, {session, refs: 1});
		session.start();
		return session;
	};

	const releaseSession = (session: LogSession) => {
		const shared = sessions.get(session.containerId);
		if (!shared || shared.session !== session) return;
		if (--shared.refs > 0) return;
		sessions.delete(session.containerId);
		dirty.delete(session);
		session.stop();
	};

	class WatchImpl implements LogWatch {
		readonly sessions: LogSession[];
		private readonly feed: TrackedFeed;
		private snapshot: LogSnapshot;
		private readonly listeners = new Set<() => void>();
		private released = false;

		constructor(
			readonly containerIds: readonly string[],
			private window: LogWindow,
			service?: ServiceLogTarget,
		) {
			this.sessions = containerIds.map(id => acquire(id, window, service));
			this.feed = this.sessions.length === 1 ? new SingleFeed(this.sessions[0]!) : new MergedFeed(this.sessions);
			this.feed.refresh(Date.now());
			this.snapshot = this.build(0);
		}

		getSnapshot = (): LogSnapshot => this.snapshot;

		subscribe = (listener: () => void): (() => void) => {
			this.listeners.add(listener);
			return () => this.listeners.delete(listener);
		};

		refresh(now: number): void {
			if (this.released) return;
			this.feed.refresh(now);
			this.publish();
		}

		setWindow(window: LogWindow): void {
			if (this.released || sameWindow(window, this.window)) return;
			this.window = window;
			for (const session of this.sessions) session.setWindow(window);
			this.feed.cleared();
			this.publish();
		}

		clear(): void {
			if (this.released) return;
			for (const session of this.sessions) session.clear();
			this.feed.cleared();
			this.publish();
		}

		release(): void {
			if (this.released) return;
			this.released = true;
			watches.delete(this);
			this.listeners.clear();
			for (const session of this.sessions) releaseSession(session);
		}

		private publish(): void {
			this.snapshot = this.build(this.snapshot.version + 1);
			for (const listener of [...this.listeners]) listener();
		}

		private build(version: number): LogSnapshot {
			return {version, feed: this.feed, status: this.feed.status(), window: this.window, containerIds: this.containerIds};
		}
	}

	return {
		defaults,
		watch(containerIds, window = {}) {
			const ids = [...new Set(containerIds)];
			const watch = new WatchImpl(ids, {tail: window.tail ?? defaults.tail, since: window.since ?? 'all'});
			watches.add(watch);
			return watch;
		},
		watchService(service, window = {}) {
			const watch = new WatchImpl([serviceLogKey(service.id)], {tail: window.tail ?? defaults.tail, since: window.since ?? 'all'}, service);
			watches.add(watch);
			return watch;
		},
		save: (lines, saveOptions) => saveLogLines(lines, {directory: options.saveDirectory, ...saveOptions}),
		close() {
			if (timer) clearTimeout(timer);
			timer = null;
			for (const watch of [...watches]) watch.release();
			for (const {session} of sessions.values()) session.stop();
			sessions.clear();
		},
	};
}

export type {LogFeed, FeedStatus} from './log-feed.js';
export type {LogLine, LogStream} from './log-line.js';
export type {LogWindow, SinceWindow} from './log-window.js';
