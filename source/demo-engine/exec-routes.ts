// Exec: create, start (hijacked over the HTTP connection, as dockerd does after `Upgrade: tcp`),
// resize and inspect. The process is the tiny line shell, or one of its commands run once.
import type {IncomingMessage} from 'node:http';
import type {Duplex} from 'node:stream';
import {baseHeaders, parseJsonBody, readJson, sendEmpty, sendJson} from './http-kit.js';
import {LineShell} from './line-shell.js';
import {shells} from './line-shell.js';
import type {DemoExec} from './model.js';
import type {DemoContext, Route} from './router.js';
import {hexId, seededRandom} from './seeded.js';
import {frame, openStream} from './stream-writers.js';
import {atLeast} from './versions.js';
import {DemoError, type World} from './world.js';

let execCounter = 0;
const execRandom = seededRandom(0x5eed);

async function create(ctx: DemoContext): Promise<void> {
	const c = ctx.world.container(ctx.params[0]!);
	const body = await readJson(ctx.req);
	if (c.state === 'paused') throw new DemoError(409, `Container ${c.id} is paused, unpause the container before exec`);
	if (c.state !== 'running') throw new DemoError(409, `Container ${c.id} is not running`);
	const cmd = Array.isArray(body.Cmd) ? body.Cmd.map(String) : [];
	if (cmd.length === 0) throw new DemoError(400, 'No exec command specified');
	const exec: DemoExec = {id: hexId(execRandom), containerId: c.id, cmd, tty: body.Tty === true, attachStdin: body.AttachStdin === true, running: false, started: false, exitCode: null, pid: 0};
	ctx.world.execs.set(exec.id, exec);
	ctx.world.emitContainer(c, `exec_create: ${cmd.join(' ')}`, {execID: exec.id});
	sendJson(ctx.res, 201, {Id: exec.id});
}

function findExec(world: World, id: string): DemoExec {
	const exec = world.execs.get(id);
	if (!exec) throw new DemoError(404, `No such exec instance: ${id}`);
	return exec;
}

function inspect(ctx: DemoContext): void {
	const exec = findExec(ctx.world, ctx.params[0]!);
	sendJson(ctx.res, 200, {
		ID: exec.id, Running: exec.running, ExitCode: exec.exitCode, ProcessConfig: {tty: exec.tty, entrypoint: exec.cmd[0], arguments: exec.cmd.slice(1), privileged: false, user: ''},
		OpenStdin: exec.attachStdin, OpenStderr: true, OpenStdout: true, CanRemove: false, ContainerID: exec.containerId, DetachKeys: '', Pid: exec.pid,
	});
}

/** Starts the exec's process writing to `send`; returns its stdin. */
function launch(world: World, exec: DemoExec, send: (stream: 'stdout' | 'stderr', text: string) => void, onExit: () => void): {input: (text: string) => void; close: () => void} {
	if (exec.started) throw new DemoError(409, `Error: Exec command ${exec.id} has already run`);
	const c = world.container(exec.containerId);
	exec.started = true;
	exec.running = true;
	exec.pid = c.pid + 100 + ++execCounter;
	world.emitContainer(c, `exec_start: ${exec.cmd.join(' ')}`, {execID: exec.id});
	const shell = new LineShell({
		write: send,
		exit: code => {
			exec.running = false;
			exec.exitCode = code;
			world.emitContainer(c, 'exec_die', {execID: exec.id, exitCode: String(code)});
			onExit();
		},
	}, exec.tty, exec.attachStdin);
	const [program, ...args] = exec.cmd;
	if (program !== undefined && shells.has(program) && args[0] === '-c') {
		for (const line of (args[1] ?? '').split(/[;\n]/)) if (!shell.run(line)) return {input: () => {}, close: () => {}};
		shell.finish(0);
	} else if (program !== undefined && shells.has(program)) {
		shell.begin();
		if (!exec.attachStdin) shell.close();
	} else {
		if (shell.run(exec.cmd.join(' '))) shell.finish(exec.cmd[0] === 'echo' || exec.cmd[0] === 'ls' || exec.cmd[0] === 'pwd' ? 0 : 127);
	}
	return {input: text => shell.input(text), close: () => shell.close()};
}

/** POST /exec/{id}/start without Upgrade: output as a plain streamed answer (Detach: true answers at once). */
async function startPlain(ctx: DemoContext): Promise<void> {
	const exec = findExec(ctx.world, ctx.params[0]!);
	const body = await readJson(ctx.req);
	const multiplexed = !exec.tty;
	if (body.Detach === true) {
		launch(ctx.world, exec, () => {}, () => {}).close();
		sendEmpty(ctx.res, 200);
		return;
	}
	const stream = openStream(ctx.res, multiplexed && atLeast(ctx.version, '1.42') ? 'application/vnd.docker.multiplexed-stream' : 'application/vnd.docker.raw-stream');
	const process = launch(ctx.world, exec, (name, text) => ctx.res.write(multiplexed ? frame(name, Buffer.from(text)) : text), () => setImmediate(stream.end));
	process.close();
}

/** The hijacked start: 101, then the socket carries stdin one way and (framed unless TTY) output the other. */
export function startHijacked(world: World, served: string, version: string, execId: string, req: IncomingMessage, socket: Duplex, head: Buffer): void {
	const length = Number(req.headers['content-length'] ?? 0);
	let buffered = head;
	let begun = false;
	const reject = (error: unknown) => {
		const status = error instanceof DemoError ? error.status : 500;
		const text = JSON.stringify({message: error instanceof Error ? error.message : String(error)});
		socket.end(`HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : status === 409 ? 'Conflict' : 'Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text) + 1}\r\n\r\n${text}\n`);
	};
	const begin = () => {
		begun = true;
		let exec: DemoExec;
		try {
			parseJsonBody(buffered.subarray(0, length).toString('utf8'));
			exec = findExec(world, execId);
		} catch (error) {
			reject(error);
			return;
		}
		const rest = buffered.subarray(length);
		const multiplexed = !exec.tty;
		const headers = {...baseHeaders(served), 'Content-Type': multiplexed && atLeast(version, '1.42') ? 'application/vnd.docker.multiplexed-stream' : 'application/vnd.docker.raw-stream', Connection: 'Upgrade', Upgrade: 'tcp'};
		socket.write(`HTTP/1.1 101 UPGRADED\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`);
		let process: ReturnType<typeof launch>;
		try {
			process = launch(world, exec, (name, text) => {
				if (!socket.writableEnded) socket.write(multiplexed ? frame(name, Buffer.from(text)) : text);
			}, () => setImmediate(() => socket.end()));
		} catch (error) {
			socket.end();
			return;
		}
		if (rest.length > 0) process.input(rest.toString('utf8'));
		socket.on('data', (chunk: Buffer) => process.input(chunk.toString('utf8')));
		socket.on('end', () => process.close());
		socket.on('close', () => process.close());
	};
	socket.on('error', () => socket.destroy());
	if (buffered.length >= length) {
		begin();
		return;
	}
	const collect = (chunk: Buffer) => {
		buffered = Buffer.concat([buffered, chunk]);
		if (buffered.length >= length && !begun) {
			socket.off('data', collect);
			begin();
		}
	};
	socket.on('data', collect);
}

export const execRoutes: Route[] = [
	['POST', /^\/containers\/([^/]+)\/exec$/, create],
	['POST', /^\/exec\/([^/]+)\/start$/, startPlain],
	['POST', /^\/exec\/([^/]+)\/resize$/, ctx => (findExec(ctx.world, ctx.params[0]!), sendEmpty(ctx.res, 200))],
	['GET', /^\/exec\/([^/]+)\/json$/, inspect],
];
