// Log text of the simulated containers, computed from (seed, container, line index): any window
// (tail, since, until) is answered without keeping history, the same for the same seed.
import type {DemoContainer} from './model.js';
import {hashOf, pick} from './seeded.js';

export type LogLine = {time: number; stream: 'stdout' | 'stderr'; text: string};

const paths = ['/', '/cart', '/api/items?page=2', '/static/app.js', '/login', '/api/orders', '/health', '/favicon.ico'];
const agents = ['curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64)', 'kube-probe/1.30', 'Go-http-client/1.1'];

function lineText(container: DemoContainer, seed: number, k: number, time: number): LogLine {
	const r = (n: number) => hashOf(seed, container.index, k, n);
	const iso = new Date(time).toISOString();
	switch (container.role) {
		case 'web': {
			const status = r(1) < 0.9 ? 200 : pick([301, 404, 500], r(2));
			return {time, stream: 'stdout', text: `172.18.0.${1 + Math.floor(r(3) * 40)} - - [${iso}] "GET ${pick(paths, r(4))} HTTP/1.1" ${status} ${Math.floor(r(5) * 9000)} "-" "${pick(agents, r(6))}"`};
		}
		case 'db':
			return r(1) < 0.7
				? {time, stream: 'stderr', text: `${iso} UTC [${60 + Math.floor(r(2) * 30)}] LOG:  checkpoint complete: wrote ${Math.floor(r(3) * 300)} buffers`}
				: {time, stream: 'stderr', text: `${iso} UTC [${60 + Math.floor(r(2) * 30)}] LOG:  duration: ${(r(4) * 40).toFixed(3)} ms  statement: SELECT * FROM orders WHERE id = ${Math.floor(r(5) * 1e5)}`};
		case 'worker':
			return {time, stream: 'stdout', text: `INFO worker: processed job ${Math.floor(hashOf(seed, container.index, k) * 1e6)} in ${Math.floor(r(2) * 900)}ms`};
		case 'noisy':
			return {time, stream: r(1) < 0.1 ? 'stderr' : 'stdout', text: `${iso} noisy[${k}] ${pick(['tick', 'heartbeat', 'poll', 'flush'], r(2))} value=${(r(3) * 100).toFixed(2)}`};
		case 'unhealthy':
			return {time, stream: 'stderr', text: `WARN api: upstream timeout after ${Math.floor(1000 + r(1) * 4000)}ms (GET /api/health)`};
		case 'cache':
			return {time, stream: 'stdout', text: `1:M ${iso} * ${Math.floor(r(1) * 100)} changes in 300 seconds. Saving...`};
		default:
			return {time, stream: 'stdout', text: `${container.name}: ${pick(['ok', 'idle', 'served request', 'cache refreshed'], r(1))} (${k})`};
	}
}

/** The worker's last words before each crash: one error line at the end of every run that ended with exit code 1. */
function crashLine(container: DemoContainer, end: number): LogLine {
	return {time: end - 1, stream: 'stderr', text: 'Traceback (most recent call last):  ConnectionError: queue connection lost, exiting with code 1'};
}

/** Lines in [since, until), oldest first, at most `tail` newest ones (tail < 0: all). */
export function logWindow(container: DemoContainer, seed: number, since: number, until: number, tail: number): LogLine[] {
	const out: LogLine[] = [];
	const period = container.logPeriodMs;
	for (let r = container.runs.length - 1; r >= 0; r--) {
		const [start, runEnd] = container.runs[r]!;
		const end = Math.min(runEnd ?? until, until);
		const crashed = runEnd !== undefined && container.crashAfterMs !== undefined;
		if (crashed && end === runEnd && runEnd - 1 >= since) out.push(crashLine(container, runEnd));
		if (tail >= 0 && out.length >= tail) break;
		const first = Math.max(0, Math.ceil((since - start) / period));
		for (let k = Math.ceil((end - start) / period) - 1; k >= first; k--) {
			const time = start + k * period;
			if (time >= end) continue;
			out.push(lineText(container, seed, k + r * 1_000_000, time));
			if (tail >= 0 && out.length >= tail) break;
		}
		if (tail >= 0 && out.length >= tail) break;
	}
	return out.reverse();
}
