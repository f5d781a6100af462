// The real docker CLI (a client nobody here wrote) against the demo engine's socket.
import {execFile, spawn} from 'node:child_process';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStreams} from '../../source/demo-engine/stream-writers.js';
import {startTestDemo} from './demo-socket.js';

const run = promisify(execFile);
const dockerCli = await run('docker', ['--version']).then(() => true, () => false);
if (!dockerCli) console.warn('docker CLI not installed (bash test/support/dockerd.sh start installs docker.io): skipping the CLI checks of the demo engine');

describe.skipIf(!dockerCli)('docker CLI against the demo engine', () => {
	let demo: Awaited<ReturnType<typeof startTestDemo>>;
	const docker = async (...args: string[]) => {
		const {stdout, stderr} = await run('docker', ['-H', demo.host, ...args], {env: {...process.env, DOCKER_API_VERSION: ''}});
		return {stdout, stderr};
	};
	const refused = (...args: string[]) => docker(...args).then(() => {
		throw new Error(`docker ${args.join(' ')} succeeded`);
	}, (error: {stderr: string; code: number}) => error);
	const names = async (...args: string[]) => (await docker('ps', ...args, '--format', '{{.Names}} {{.State}}')).stdout.trim().split('\n').sort();

	beforeAll(async () => {
		demo = await startTestDemo({seed: 7});
	});
	afterAll(() => demo?.close());

	it('version and info show the demo server', async () => {
		const version = (await docker('version', '--format', '{{.Server.Version}} {{.Server.APIVersion}} {{.Server.Os}}')).stdout.trim();
		expect(version).toBe('29.7.2-demo 1.55 linux');
		const info = (await docker('info')).stdout;
		expect(info).toMatch(/Containers: 10\n\s+Running: \d+\n\s+Paused: 1\n\s+Stopped: 2/);
		expect(info).toContain('Server Version: 29.7.2-demo');
	});

	it('ps, ps -a and ps --filter list the cast', async () => {
		const all = await names('-a');
		expect(all).toHaveLength(10);
		expect(all).toContain('migrate-once exited');
		expect(all).toContain('nightly-report paused');
		expect(await names()).not.toContain('migrate-once exited');
		expect(await names('--filter', 'status=exited')).toEqual(['migrate-once exited', 'old-import exited']);
		expect((await names('-a', '--filter', 'label=com.docker.compose.project=shop')).map(n => n.split(' ')[0])).toEqual(['shop-cache-1', 'shop-db-1', 'shop-web-1', 'shop-worker-1']);
		expect(await names('--filter', 'name=noisy')).toEqual(['noisy-logger running']);
		const status = (await docker('ps', '--filter', 'name=flaky-api', '--format', '{{.Status}}')).stdout.trim();
		expect(status).toMatch(/^Up .* \(unhealthy\)$/);
	});

	it('images and inspect', async () => {
		expect((await docker('images', '--format', '{{.Repository}}:{{.Tag}}')).stdout).toContain('nginx:1.27\n');
		const [web] = JSON.parse((await docker('inspect', 'shop-web-1')).stdout) as Array<{Name: string; State: {Running: boolean}; Config: {Image: string}}>;
		expect(web).toMatchObject({Name: '/shop-web-1', State: {Running: true}, Config: {Image: 'nginx:1.27'}});
		const missing = await refused('inspect', 'no-such-thing');
		expect(missing.stderr).toContain('No such object: no-such-thing');
	});

	it('logs with --tail, stderr kept apart, and -f --tail following new lines', async () => {
		const web = await docker('logs', '--tail', '3', 'shop-web-1');
		expect(web.stdout.trim().split('\n')).toHaveLength(3);
		expect(web.stdout).toMatch(/"GET \S+ HTTP\/1\.1" \d{3} \d+/);
		const db = await docker('logs', '--tail', '2', '-t', 'shop-db-1');
		expect(db.stdout).toBe('');
		expect(db.stderr.trim().split('\n')).toHaveLength(2);
		expect(db.stderr).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z .*LOG: /m);

		// the noisy logger writes one line in ten to stderr: both pipes together hold every line, in order
		const child = spawn('docker', ['-H', demo.host, 'logs', '-f', '--tail', '2', 'noisy-logger']);
		const numbers: number[] = [];
		await new Promise<void>(resolve => {
			const collect = (chunk: Buffer) => {
				for (const match of chunk.toString().matchAll(/noisy\[(\d+)\]/g)) numbers.push(Number(match[1]));
				if (numbers.length >= 12) resolve();
			};
			child.stdout.on('data', collect);
			child.stderr.on('data', collect);
		});
		const sorted = numbers.toSorted((a, b) => a - b);
		expect(sorted).toEqual(sorted.map((_, i) => sorted[0]! + i));
		child.kill();
		await expect.poll(() => openStreams.count, {timeout: 5000}).toBe(0);
	});

	it('stop, start, restart, pause, unpause, kill and rm -f, seen by ps and by events --since --until', async () => {
		const since = String(Math.floor(Date.now() / 1000) - 1);
		const state = async () => (await names('-a', '--filter', 'name=^/shop-cache-1$'))[0];
		await docker('stop', 'shop-cache-1');
		expect(await state()).toBe('shop-cache-1 exited');
		expect((await refused('pause', 'shop-cache-1')).stderr).toContain('is not running');
		await docker('start', 'shop-cache-1');
		expect(await state()).toBe('shop-cache-1 running');
		await docker('restart', 'shop-cache-1');
		await docker('pause', 'shop-cache-1');
		expect(await state()).toBe('shop-cache-1 paused');
		await docker('unpause', 'shop-cache-1');
		await docker('kill', 'shop-cache-1');
		expect((await docker('inspect', '--format', '{{.State.ExitCode}}', 'shop-cache-1')).stdout.trim()).toBe('137');
		expect((await refused('rm', 'shop-web-1')).stderr).toContain('container is running');
		await docker('rm', '-f', 'shop-web-1');
		expect(await names('-a')).not.toContain('shop-web-1 running');
		const until = String(Math.floor(Date.now() / 1000) + 1);
		const events = (await docker('events', '--since', since, '--until', until, '--filter', 'type=container', '--format', '{{.Action}} {{.Actor.Attributes.name}}')).stdout.trim().split('\n');
		const cache = events.filter(line => line.endsWith(' shop-cache-1')).map(line => line.split(' ')[0]);
		expect(cache).toEqual(['kill', 'die', 'stop', 'start', 'kill', 'die', 'stop', 'start', 'restart', 'pause', 'unpause', 'kill', 'die']);
		expect(events).toContain('destroy shop-web-1');
	});

	it('stats --no-stream shows CPU and memory of running containers', async () => {
		const rows = (await docker('stats', '--no-stream', '--format', '{{.Name}} {{.CPUPerc}} {{.MemUsage}}')).stdout.trim().split('\n');
		const noisy = rows.find(row => row.startsWith('noisy-logger '));
		expect(noisy).toMatch(/^noisy-logger \d+\.\d\d% [\d.]+MiB \/ /);
		expect(Number.parseFloat(noisy!.split(' ')[1]!)).toBeGreaterThan(5);
	});

	it('create and start a container of a known image; its restart policy brings a failing one back', async () => {
		await docker('create', '--name', 'made-here', '--label', 'made=1', 'busybox:1.36', 'sh', '-c', 'trap exit TERM; while :; do sleep 1; done');
		expect(await names('-a', '--filter', 'label=made=1')).toEqual(['made-here created']);
		await docker('start', 'made-here');
		expect(await names('--filter', 'label=made=1')).toEqual(['made-here running']);
		expect((await refused('create', '--name', 'made-here', 'busybox:1.36')).stderr).toContain('is already in use');
		expect((await refused('create', 'no-such/image:1')).stderr).toMatch(/No such image|Unable to find image/);
		await docker('create', '--name', 'fails', '--restart', 'always', 'busybox:1.36', 'sh', '-c', 'exit 3');
		await docker('start', 'fails');
		await expect.poll(async () => (await docker('inspect', '-f', '{{.RestartCount}}', 'fails')).stdout.trim(), {timeout: 8000}).not.toBe('0');
		expect((await docker('inspect', '-f', '{{.State.ExitCode}}', 'fails')).stdout.trim()).toBe('3');
	});

	it('exec -i runs the line shell and returns its exit code', async () => {
		const child = spawn('docker', ['-H', demo.host, 'exec', '-i', 'shop-db-1', 'sh']);
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stdin.end('echo hello from the demo\nls /etc\nexit 3\n');
		const code = await new Promise<number | null>(resolve => child.on('close', resolve));
		expect(out).toBe('hello from the demo\nhostname\nhosts\nos-release\npasswd\nresolv.conf\n');
		expect(code).toBe(3);
		expect((await refused('exec', 'nightly-report', 'ls')).stderr).toContain('is paused');
	});
});
