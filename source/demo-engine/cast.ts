// The demo's cast for a seed: a compose project (web, database, crashing worker), a noisy logger,
// an unhealthy container, paused and exited ones, then plain fillers up to the asked count.
import type {DemoContainer, DemoImage, DemoNetwork, DemoVolume, Role} from './model.js';
import {hexId, pick, seededRandom} from './seeded.js';

type Part = {name: string; image: string; role: Role; command: string[]; compose?: string; state?: 'paused' | 'exited'; exitCode?: number; tty?: boolean};

const parts: Part[] = [
	{name: 'shop-web-1', image: 'nginx:1.27', role: 'web', command: ['nginx', '-g', 'daemon off;'], compose: 'web'},
	{name: 'shop-db-1', image: 'postgres:16', role: 'db', command: ['docker-entrypoint.sh', 'postgres'], compose: 'db'},
	{name: 'shop-worker-1', image: 'shop/worker:2.3', role: 'worker', command: ['python', 'worker.py'], compose: 'worker'},
	{name: 'shop-cache-1', image: 'redis:7', role: 'cache', command: ['redis-server'], compose: 'cache'},
	{name: 'noisy-logger', image: 'busybox:1.36', role: 'noisy', command: ['sh', '-c', 'while :; do date; done']},
	{name: 'flaky-api', image: 'shop/api:0.9', role: 'unhealthy', command: ['node', 'server.js']},
	{name: 'nightly-report', image: 'busybox:1.36', role: 'job', command: ['sh', 'report.sh'], state: 'paused'},
	{name: 'migrate-once', image: 'shop/worker:2.3', role: 'job', command: ['python', 'migrate.py'], state: 'exited', exitCode: 0},
	{name: 'old-import', image: 'busybox:1.36', role: 'job', command: ['sh', 'import.sh'], state: 'exited', exitCode: 137},
	{name: 'console', image: 'busybox:1.36', role: 'filler', command: ['sh'], tty: true},
];

const imageSpecs: Array<[string, number, string[]]> = [
	['nginx:1.27', 192_000_000, ['nginx', '-g', 'daemon off;']],
	['postgres:16', 438_000_000, ['postgres']],
	['shop/worker:2.3', 156_000_000, ['python', 'worker.py']],
	['redis:7', 117_000_000, ['redis-server']],
	['busybox:1.36', 4_260_000, ['sh']],
	['shop/api:0.9', 212_000_000, ['node', 'server.js']],
	['alpine:3.20', 7_800_000, ['/bin/sh']],
];

const logPeriods: Record<Role, number> = {web: 700, db: 9000, worker: 2500, noisy: 40, unhealthy: 5000, cache: 30_000, job: 4000, filler: 45_000};

export type Cast = {containers: DemoContainer[]; images: DemoImage[]; volumes: DemoVolume[]; networks: DemoNetwork[]};

export function buildCast(seed: number, count: number, now: number): Cast {
	const random = seededRandom(seed);
	const images = imageSpecs.map(([tag, size, cmd], index): DemoImage => ({
		id: `sha256:${hexId(random)}`, tags: [tag], created: now - (30 + index * 11) * 86_400_000, size, cmd, layers: 3 + (index % 5),
	}));
	images.push({id: `sha256:${hexId(random)}`, tags: [], created: now - 90 * 86_400_000, size: 98_000_000, cmd: ['sh'], layers: 4}); // a dangling one
	const networks: DemoNetwork[] = [
		{id: hexId(random), name: 'bridge', driver: 'bridge', created: now - 40 * 86_400_000, subnet: '172.17.0.0/16', labels: {}},
		{id: hexId(random), name: 'host', driver: 'host', created: now - 40 * 86_400_000, labels: {}},
		{id: hexId(random), name: 'none', driver: 'null', created: now - 40 * 86_400_000, labels: {}},
		{id: hexId(random), name: 'shop_default', driver: 'bridge', created: now - 3 * 86_400_000, subnet: '172.18.0.0/16', labels: {'com.docker.compose.project': 'shop', 'com.docker.compose.network': 'default'}},
	];
	const volumes: DemoVolume[] = [
		{name: 'shop_dbdata', created: now - 3 * 86_400_000, labels: {'com.docker.compose.project': 'shop', 'com.docker.compose.volume': 'dbdata'}},
		{name: hexId(random), created: now - 20 * 86_400_000, labels: {}},
	];
	const total = Math.max(count, 1);
	const containers: DemoContainer[] = [];
	for (let index = 0; index < total; index++) {
		const part: Part = parts[index] ?? filler(index, random);
		const image = images.find(candidate => candidate.tags[0] === part.image)!;
		const compose: Record<string, string> = part.compose === undefined ? {} : {
			'com.docker.compose.project': 'shop', 'com.docker.compose.service': part.compose, 'com.docker.compose.container-number': '1',
			'com.docker.compose.project.working_dir': '/srv/shop', 'com.docker.compose.oneoff': 'False',
		};
		const created = now - (2 * 3_600_000 + Math.floor(random() * 86_400_000));
		const startedAt = now - Math.floor((part.role === 'noisy' ? 120_000 : 600_000) + random() * 3_000_000);
		const exited = part.state === 'exited';
		const finishedAt = exited ? startedAt + 60_000 + Math.floor(random() * 300_000) : 0;
		const network = part.compose === undefined ? 'bridge' : 'shop_default';
		containers.push({
			index, id: hexId(random), name: part.name, image: part.image, imageId: image.id, command: part.command, created,
			labels: {...compose, ...(part.role === 'filler' ? {'demo.tier': pick(['front', 'back', 'batch'], random())} : {})},
			tty: part.tty ?? false, restartPolicy: part.role === 'worker' ? 'always' : part.compose === undefined ? 'no' : 'unless-stopped',
			role: part.role, state: part.state ?? 'running', exitCode: part.exitCode ?? 0,
			startedAt, finishedAt, restartCount: 0, pid: exited ? 0 : 1000 + index * 7,
			runs: [[startedAt, exited ? finishedAt : undefined]],
			logPeriodMs: logPeriods[part.role], crashAfterMs: part.role === 'worker' ? 60_000 : undefined,
			health: part.role === 'unhealthy' ? {status: 'starting', failingStreak: 0} : part.role === 'db' ? {status: 'healthy', failingStreak: 0} : undefined,
			ports: part.role === 'web' ? [{PrivatePort: 80, PublicPort: 8080, Type: 'tcp', IP: '0.0.0.0'}] : part.role === 'db' ? [{PrivatePort: 5432, Type: 'tcp'}] : [],
			network, ip: `172.${network === 'bridge' ? 17 : 18}.${Math.floor((index + 2) / 250)}.${((index + 2) % 250) + 2}`,
			volumes: part.role === 'db' ? ['shop_dbdata'] : [],
			cpuBase: part.role === 'noisy' ? 0.35 : part.role === 'web' ? 0.08 : 0.005 + random() * 0.03,
			memBase: Math.floor((part.role === 'db' ? 180 : 8 + random() * 60) * 1_048_576), phase: random() * Math.PI * 2,
		});
		// A worker that has already crashed once is a worker whose policy is visible at a glance.
		if (part.role === 'worker') containers.at(-1)!.startedAt = now - 45_000;
		if (part.role === 'worker') containers.at(-1)!.runs = [[now - 45_000, undefined]];
	}
	return {containers, images, volumes, networks};
}

function filler(index: number, random: () => number): Part {
	const role: Role = 'filler';
	const image = pick(['alpine:3.20', 'busybox:1.36', 'nginx:1.27', 'redis:7'], random());
	const exited = random() < 0.15;
	return {name: `svc-${String(index).padStart(4, '0')}`, image, role, command: ['sh', '-c', 'serve'], state: exited ? 'exited' : undefined, exitCode: exited ? 0 : undefined};
}
