// /containers/{id}/stats: one sample a second while streaming, or one answer (stream=false,
// one-shot). CPU and memory are smooth functions of time, so deltas are consistent without history.
import os from 'node:os';
import {boolParam, sendJson} from './http-kit.js';
import type {DemoContainer} from './model.js';
import type {DemoContext, Route} from './router.js';
import {openStream, track} from './stream-writers.js';
import {atLeast} from './versions.js';

const cpus = os.cpus().length;
const zeroTime = '0001-01-01T00:00:00Z';

function cpuAt(c: DemoContainer, ms: number) {
	const t = ms / 1000;
	// ∫ base·(1 + ½·sin(t/20 + phase)) dt: a load that moves between ½ and 1½ of its base
	const used = c.cpuBase * (t - 10 * Math.cos(t / 20 + c.phase) + 10);
	const total = Math.floor(used * 1e9);
	return {cpu_usage: {total_usage: total, usage_in_kernelmode: Math.floor(total / 5), usage_in_usermode: total - Math.floor(total / 5)}, system_cpu_usage: Math.floor(t * 1e9 * cpus), online_cpus: cpus, throttling_data: {periods: 0, throttled_periods: 0, throttled_time: 0}};
}

const emptyCpu = {cpu_usage: {total_usage: 0, usage_in_kernelmode: 0, usage_in_usermode: 0}, throttling_data: {periods: 0, throttled_periods: 0, throttled_time: 0}};

function sample(c: DemoContainer, ms: number, previous: number | undefined, version: string) {
	const running = c.state === 'running' || c.state === 'paused';
	const t = ms / 1000;
	const usage = Math.floor(c.memBase * (1 + 0.15 * Math.sin(t / 30 + c.phase)));
	const rx = Math.max(0, Math.floor(c.cpuBase * 4e5 * (ms - c.startedAt) / 1000));
	return {
		name: `/${c.name}`, id: c.id, read: running ? new Date(ms).toISOString() : zeroTime,
		preread: running && previous !== undefined ? new Date(previous).toISOString() : zeroTime,
		...(atLeast(version, '1.52') ? {os_type: 'linux'} : {}),
		pids_stats: running ? {current: 3 + (c.index % 5), limit: 4_194_304} : {},
		blkio_stats: {io_service_bytes_recursive: null, io_serviced_recursive: null, io_queue_recursive: null, io_service_time_recursive: null, io_wait_time_recursive: null, io_merged_recursive: null, io_time_recursive: null, sectors_recursive: null},
		num_procs: 0, storage_stats: {},
		cpu_stats: running ? cpuAt(c, ms) : emptyCpu,
		precpu_stats: running && previous !== undefined ? cpuAt(c, previous) : emptyCpu,
		memory_stats: running ? {usage, stats: {anon: Math.floor(usage * 0.8), file: Math.floor(usage * 0.15), inactive_file: Math.floor(usage * 0.05), active_file: Math.floor(usage * 0.1)}, limit: os.totalmem()} : {},
		...(running ? {networks: {eth0: {rx_bytes: rx, rx_packets: Math.floor(rx / 800), rx_errors: 0, rx_dropped: 0, tx_bytes: Math.floor(rx / 3), tx_packets: Math.floor(rx / 2400), tx_errors: 0, tx_dropped: 0}}} : {}),
	};
}

function stats(ctx: DemoContext): void {
	const c = ctx.world.container(ctx.params[0]!);
	const streaming = ctx.query.get('stream') === null || boolParam(ctx.query.get('stream'));
	const oneShot = boolParam(ctx.query.get('one-shot'));
	const now = Date.now();
	if (!streaming) {
		sendJson(ctx.res, 200, sample(c, now, oneShot ? undefined : now - 1000, ctx.version));
		return;
	}
	const stream = openStream(ctx.res, 'application/json');
	track(stream.onEnd);
	let previous: number | undefined;
	const tick = () => {
		const at = Date.now();
		ctx.res.write(`${JSON.stringify(sample(c, at, previous, ctx.version))}\n`);
		previous = at;
	};
	tick();
	const timer = setInterval(tick, 1000);
	stream.onEnd(() => clearInterval(timer));
}

export const statsRoutes: Route[] = [['GET', /^\/containers\/([^/]+)\/stats$/, stats]];
