// /containers/{id}/logs: multiplexed frames for non-TTY containers, raw bytes for TTY ones;
// tail, since, until, timestamps; follow writes each line when it is due and ends when the container stops.
import {boolParam, timeParam} from './http-kit.js';
import {logWindow, type LogLine} from './log-lines.js';
import type {DemoContext, Route} from './router.js';
import {frame, openStream, rfc3339Nano, track} from './stream-writers.js';
import {atLeast} from './versions.js';
import {DemoError} from './world.js';

function logs(ctx: DemoContext): void {
	const {query, world} = ctx;
	const c = world.container(ctx.params[0]!);
	const stdout = boolParam(query.get('stdout'));
	const stderr = boolParam(query.get('stderr'));
	if (!stdout && !stderr) throw new DemoError(400, 'Bad parameters: you must choose at least one stream');
	const follow = boolParam(query.get('follow'));
	const timestamps = boolParam(query.get('timestamps'));
	const tailText = query.get('tail') ?? 'all';
	const tail = tailText === 'all' || tailText === '' ? -1 : Number.parseInt(tailText, 10);
	const since = timeParam(query.get('since')) ?? 0;
	const until = timeParam(query.get('until'));
	const multiplexed = !c.tty;
	const stream = openStream(ctx.res, multiplexed && atLeast(ctx.version, '1.42') ? 'application/vnd.docker.multiplexed-stream' : 'application/vnd.docker.raw-stream');
	track(stream.onEnd);
	const write = (lines: LogLine[]) => {
		const parts: Buffer[] = [];
		for (const line of lines) {
			const streamName = c.tty ? 'stdout' : line.stream;
			if (streamName === 'stdout' ? !stdout : !stderr) continue;
			const text = Buffer.from(`${timestamps ? `${rfc3339Nano(line.time)} ` : ''}${line.text}${c.tty ? '\r\n' : '\n'}`);
			parts.push(multiplexed ? frame(streamName, text) : text);
		}
		if (parts.length > 0) ctx.res.write(Buffer.concat(parts));
	};
	const now = Date.now();
	const historyEnd = until === undefined ? now : Math.min(until, now);
	write(tail === 0 ? [] : logWindow(c, world.seed, since, historyEnd, tail));
	const running = c.state === 'running' || c.state === 'paused' || c.state === 'restarting';
	if (!follow || !running || (until !== undefined && until <= now)) {
		stream.end();
		return;
	}
	let cursor = historyEnd;
	const flush = () => {
		const to = Math.min(Date.now(), until ?? Number.POSITIVE_INFINITY);
		write(logWindow(c, world.seed, cursor, to, -1));
		cursor = to;
		if (until !== undefined && to >= until) stream.end();
	};
	const timer = setInterval(flush, Math.max(100, Math.min(c.logPeriodMs, 1000)));
	stream.onEnd(() => clearInterval(timer));
	// dockerd ends a follow stream when the container stops (a restart by policy included)
	stream.onEnd(world.subscribe(event => {
		if (event.Actor.ID === c.id && (event.Action === 'die' || event.Action === 'destroy')) {
			flush();
			stream.end();
		}
	}));
}

export const logRoutes: Route[] = [['GET', /^\/containers\/([^/]+)\/logs$/, logs]];
