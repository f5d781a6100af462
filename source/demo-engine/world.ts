// The simulated daemon's state and its life: actions change it and emit events the way dockerd
// does; one slow timer crashes and restarts the worker, flips health, and moves nothing else
// (CPU, memory and log lines are functions of time, computed when asked).
import {buildCast, type Cast} from './cast.js';
import type {DemoContainer, DemoEvent, DemoExec} from './model.js';

export class DemoError extends Error {
	constructor(readonly status: number, message: string) {
		super(message);
	}
}

type Listener = (event: DemoEvent) => void;
const keptEvents = 1024;

export class World {
	readonly containers: DemoContainer[];
	readonly images: Cast['images'];
	readonly volumes: Cast['volumes'];
	readonly networks: Cast['networks'];
	readonly events: DemoEvent[] = [];
	readonly execs = new Map<string, DemoExec>();
	readonly bootedAt = Date.now();
	private readonly listeners = new Set<Listener>();
	private timer: NodeJS.Timeout | undefined;
	private restartDue = new Map<DemoContainer, number>();

	constructor(readonly seed: number, count: number) {
		const cast = buildCast(seed, count, this.bootedAt);
		this.containers = cast.containers;
		this.images = cast.images;
		this.volumes = cast.volumes;
		this.networks = cast.networks;
	}

	start(): void {
		this.tick(this.bootedAt); // health settles at once: an unhealthy container is unhealthy on the first screen
		this.timer = setInterval(() => this.tick(Date.now()), 1000);
	}

	stop(): void {
		clearInterval(this.timer);
		this.listeners.clear();
	}

	subscribe(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	get listenerCount(): number {
		return this.listeners.size;
	}

	/** By full id, unique id prefix, or name (with or without the leading slash), as dockerd resolves them. */
	container(ref: string): DemoContainer {
		const name = ref.startsWith('/') ? ref.slice(1) : ref;
		const found = this.containers.find(c => c.id === ref || c.name === name)
			?? uniquePrefix(this.containers.filter(c => ref.length > 0 && c.id.startsWith(ref)), ref);
		if (!found) throw new DemoError(404, `No such container: ${ref}`);
		return found;
	}

	emit(type: string, action: string, id: string, attributes: Record<string, string>, now = Date.now()): void {
		const event: DemoEvent = {Type: type, Action: action, Actor: {ID: id, Attributes: attributes}, scope: 'local', time: Math.floor(now / 1000), timeNano: now * 1_000_000};
		this.events.push(event);
		if (this.events.length > keptEvents) this.events.splice(0, this.events.length - keptEvents);
		for (const listener of this.listeners) listener(event);
	}

	emitContainer(c: DemoContainer, action: string, extra: Record<string, string> = {}, now = Date.now()): void {
		this.emit('container', action, c.id, {...c.labels, image: c.image, name: c.name, ...extra}, now);
	}

	// --- actions, with dockerd's refusals ---

	startContainer(c: DemoContainer): 'started' | 'already' {
		if (c.state === 'running' || c.state === 'paused') return 'already';
		this.run(c, Date.now());
		if (c.exitsWith !== undefined) this.exitByPolicy(c, c.exitsWith, Date.now());
		return 'started';
	}

	stopContainer(c: DemoContainer, signal = 'SIGTERM'): 'stopped' | 'already' {
		if (c.state !== 'running' && c.state !== 'paused' && c.state !== 'restarting') return 'already';
		this.emitContainer(c, 'kill', {signal: signal === 'SIGTERM' ? '15' : signal});
		this.end(c, signal === 'SIGKILL' ? 137 : 0, Date.now());
		this.emitContainer(c, 'stop');
		return 'stopped';
	}

	restartContainer(c: DemoContainer): void {
		if (c.state === 'running' || c.state === 'paused') this.stopContainer(c);
		this.run(c, Date.now());
		this.emitContainer(c, 'restart');
	}

	killContainer(c: DemoContainer, signal = 'SIGKILL'): void {
		if (c.state !== 'running') throw new DemoError(409, `Cannot kill container: ${c.id}: Container ${c.id} is not running`);
		const number = signalNumber(signal);
		this.emitContainer(c, 'kill', {signal: String(number)});
		if (number === 9 || number === 15 || number === 2) this.end(c, 128 + number, Date.now());
	}

	pauseContainer(c: DemoContainer): void {
		if (c.state === 'paused') throw new DemoError(409, `Container ${c.id} is already paused`);
		if (c.state !== 'running') throw new DemoError(409, `Container ${c.id} is not running`);
		c.state = 'paused';
		this.emitContainer(c, 'pause');
	}

	unpauseContainer(c: DemoContainer): void {
		if (c.state !== 'paused') throw new DemoError(409, `Container ${c.id} is not paused`);
		c.state = 'running';
		this.emitContainer(c, 'unpause');
	}

	removeContainer(c: DemoContainer, force: boolean): void {
		if ((c.state === 'running' || c.state === 'paused') && !force) {
			throw new DemoError(409, `cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`);
		}
		if (c.state === 'running' || c.state === 'paused') {
			this.emitContainer(c, 'kill', {signal: '9'});
			this.end(c, 137, Date.now());
		}
		this.containers.splice(this.containers.indexOf(c), 1);
		this.restartDue.delete(c);
		this.emitContainer(c, 'destroy');
	}

	// --- life ---

	private run(c: DemoContainer, now: number): void {
		c.state = 'running';
		c.startedAt = now;
		c.exitCode = 0;
		c.pid = 1000 + c.index * 7 + c.runs.length;
		c.runs.push([now, undefined]);
		if (c.health) c.health = {status: 'starting', failingStreak: 0};
		this.restartDue.delete(c);
		this.emitContainer(c, 'start', {}, now);
	}

	private end(c: DemoContainer, exitCode: number, now: number): void {
		c.state = 'exited';
		c.exitCode = exitCode;
		c.finishedAt = now;
		c.pid = 0;
		const run = c.runs.at(-1);
		if (run && run[1] === undefined) run[1] = now;
		this.emitContainer(c, 'die', {exitCode: String(exitCode)}, now);
	}

	tick(now: number): void {
		for (const c of this.containers) {
			if (c.crashAfterMs !== undefined && c.state === 'running' && now - c.startedAt >= c.crashAfterMs) this.exitByPolicy(c, 1, now);
			const due = this.restartDue.get(c);
			if (due !== undefined && now >= due) {
				c.restartCount++;
				this.run(c, now);
				if (c.exitsWith !== undefined) this.exitByPolicy(c, c.exitsWith, now);
			}
			if (c.health && c.state === 'running') this.checkHealth(c, now);
		}
	}

	/** The process ended by itself: its restart policy decides whether it comes back (a second later, as dockerd's first backoff). */
	private exitByPolicy(c: DemoContainer, code: number, now: number): void {
		this.end(c, code, now);
		if (c.restartPolicy === 'always' || c.restartPolicy === 'unless-stopped' || (c.restartPolicy === 'on-failure' && code !== 0)) {
			this.restartDue.set(c, now + 1000);
			c.state = 'restarting';
		}
	}

	private checkHealth(c: DemoContainer, now: number): void {
		const health = c.health!;
		const checks = Math.floor((now - c.startedAt) / 10_000);
		const status = c.role === 'unhealthy' ? (checks >= 1 ? 'unhealthy' : 'starting') : 'healthy';
		health.failingStreak = c.role === 'unhealthy' ? checks : 0;
		if (status !== health.status) {
			health.status = status;
			this.emitContainer(c, `health_status: ${status}`, {}, now);
		}
	}
}

function uniquePrefix(found: DemoContainer[], ref: string): DemoContainer | undefined {
	if (found.length > 1) throw new DemoError(404, `No such container: ${ref}`);
	return found[0];
}

const signals: Record<string, number> = {SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGUSR1: 10, SIGUSR2: 12, SIGTERM: 15, SIGSTOP: 19};

export function signalNumber(signal: string): number {
	if (/^\d+$/.test(signal)) return Number(signal);
	const name = signal.toUpperCase().startsWith('SIG') ? signal.toUpperCase() : `SIG${signal.toUpperCase()}`;
	const number = signals[name];
	if (number === undefined) throw new DemoError(400, `Invalid signal: ${signal}`);
	return number;
}
