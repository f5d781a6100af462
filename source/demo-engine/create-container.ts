// POST /containers/create: a new container of a known image, idle once started (its command is
// not run; `sh -c 'exit N'` alone exits with N). Restart policy, labels, TTY and health check are kept.
import {hexId, seededRandom} from './seeded.js';
import type {DemoContainer} from './model.js';
import {DemoError, type World} from './world.js';

const createRandom = seededRandom(0xc7ea7e);

type CreateBody = {Image?: unknown; Cmd?: unknown; Labels?: unknown; Tty?: unknown; HostConfig?: {RestartPolicy?: {Name?: string}; NetworkMode?: string}; Healthcheck?: {Test?: string[]}};

/** dockerd's refusals of a container name: its form (400), or one already taken (409). */
export function checkFreeName(world: World, chosen: string): void {
	if (!/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(chosen)) throw new DemoError(400, `Invalid container name (${chosen}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
	const existing = world.containers.find(c => c.name === chosen.replace(/^\//, ''));
	if (existing) {
		throw new DemoError(409, `Conflict. The container name "/${existing.name}" is already in use by container "${existing.id}". You have to remove (or rename) that container to be able to reuse that name.`);
	}
}

export function createContainer(world: World, name: string | null, body: CreateBody): DemoContainer {
	if (typeof body.Image !== 'string' || body.Image === '') throw new DemoError(400, 'config cannot be empty in order to create a container');
	const imageRef = body.Image.includes(':') ? body.Image : `${body.Image}:latest`;
	const image = world.images.find(i => i.tags.includes(imageRef) || i.id === body.Image);
	if (!image) throw new DemoError(404, `No such image: ${imageRef}`);
	const id = hexId(createRandom);
	const chosen = name ?? `demo_${id.slice(0, 6)}`;
	checkFreeName(world, chosen);
	const cmd = Array.isArray(body.Cmd) ? body.Cmd.map(String) : image.cmd;
	const policy = body.HostConfig?.RestartPolicy?.Name;
	const exit = cmd.length === 3 && cmd[1] === '-c' ? /^exit (\d+)$/.exec(cmd[2]!.trim()) : null;
	const index = world.containers.reduce((max, c) => Math.max(max, c.index), 0) + 1;
	const network = body.HostConfig?.NetworkMode && body.HostConfig.NetworkMode !== 'default' ? body.HostConfig.NetworkMode : 'bridge';
	const container: DemoContainer = {
		index, id, name: chosen.replace(/^\//, ''), image: body.Image, imageId: image.id, command: cmd, created: Date.now(),
		labels: body.Labels && typeof body.Labels === 'object' ? Object.fromEntries(Object.entries(body.Labels).map(([k, v]) => [k, String(v)])) : {},
		tty: body.Tty === true, restartPolicy: policy === 'always' || policy === 'on-failure' || policy === 'unless-stopped' ? policy : 'no',
		role: 'filler', state: 'created', exitCode: 0, startedAt: 0, finishedAt: 0, restartCount: 0, pid: 0, runs: [],
		logPeriodMs: 3_600_000, exitsWith: exit ? Number(exit[1]) : undefined,
		health: body.Healthcheck?.Test && body.Healthcheck.Test[0] !== 'NONE' ? {status: 'starting', failingStreak: 0} : undefined,
		ports: [], network, ip: network === 'none' ? '' : `172.17.${Math.floor(index / 250) % 250}.${(index % 250) + 2}`, volumes: [],
		cpuBase: 0.001, memBase: 1_200_000, phase: 0,
	};
	world.containers.push(container);
	world.emitContainer(container, 'create');
	return container;
}
