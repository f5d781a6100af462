// /containers: list with filters, inspect, and the lifecycle actions with dockerd's status codes.
import {containerInspect, containerSummary} from './container-shapes.js';
import {checkFreeName, createContainer} from './create-container.js';
import {boolParam, labelsMatch, parseFilters, readJson, sendEmpty, sendJson} from './http-kit.js';
import type {DemoContainer} from './model.js';
import type {DemoContext, Route} from './router.js';
import {DemoError} from './world.js';

const id = '([^/]+)';

function matches(c: DemoContainer, filters: Map<string, string[]>): boolean {
	for (const [key, values] of filters) {
		if (values.length === 0) continue;
		if (key === 'label' && !labelsMatch(c.labels, values)) return false;
		if (key === 'name' && !values.some(value => safeRegExp(value).test(`/${c.name}`))) return false;
		if (key === 'status' && !values.includes(c.state)) return false;
		if (key === 'id' && !values.some(value => c.id.startsWith(value))) return false;
		if (key === 'ancestor' && !values.some(value => value === c.image || value === c.imageId)) return false;
		if (key === 'health' && !values.includes(c.health?.status ?? 'none')) return false;
		if (key === 'exited' && !(c.state === 'exited' && values.includes(String(c.exitCode)))) return false;
	}
	return true;
}

function safeRegExp(source: string): RegExp {
	try {
		return new RegExp(source);
	} catch {
		throw new DemoError(400, `invalid filter 'name=${source}'`);
	}
}

function list(ctx: DemoContext): void {
	const all = boolParam(ctx.query.get('all'));
	const filters = parseFilters(ctx.query.get('filters'));
	const now = Date.now();
	const wanted = ctx.world.containers
		.filter(c => all || filters.has('status') || c.state === 'running' || c.state === 'paused' || c.state === 'restarting')
		.filter(c => matches(c, filters))
		.sort((a, b) => b.created - a.created);
	const limit = Number(ctx.query.get('limit') ?? -1);
	sendJson(ctx.res, 200, wanted.slice(0, limit > 0 ? limit : undefined).map(c => containerSummary(c, ctx.world.networks, ctx.version, now)));
}

const target = (ctx: DemoContext) => ctx.world.container(ctx.params[0]!);

function top(ctx: DemoContext): void {
	const c = target(ctx);
	if (c.state !== 'running' && c.state !== 'paused') throw new DemoError(409, `Container ${c.id} is not running`);
	sendJson(ctx.res, 200, {Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], Processes: [['root', String(c.pid), '1', '0', '00:00', '?', '00:00:01', c.command.join(' ')]]});
}

async function create(ctx: DemoContext): Promise<void> {
	const body = await readJson(ctx.req);
	const c = createContainer(ctx.world, ctx.query.get('name'), body);
	sendJson(ctx.res, 201, {Id: c.id, Warnings: []});
}

/** POST /containers/{id}/rename?name=NEW: the `rename` event carries the old name as dockerd's does. */
function rename(ctx: DemoContext): void {
	const c = target(ctx);
	const name = ctx.query.get('name') ?? '';
	checkFreeName(ctx.world, name);
	const oldName = c.name;
	c.name = name.replace(/^\//, '');
	ctx.world.emitContainer(c, 'rename', {oldName: `/${oldName}`});
	sendEmpty(ctx.res, 204);
}

/** Answers once the container is not running (condition not-running, the default when it already is not) or after its next exit. */
function wait(ctx: DemoContext): void {
	const c = target(ctx);
	const condition = ctx.query.get('condition') ?? 'not-running';
	const answer = () => sendJson(ctx.res, 200, {StatusCode: c.exitCode});
	if (condition === 'not-running' && c.state !== 'running' && c.state !== 'paused' && c.state !== 'restarting') return answer();
	ctx.res.writeHead(200, {'Content-Type': 'application/json'});
	ctx.res.flushHeaders();
	const stop = ctx.world.subscribe(event => {
		if (event.Actor.ID !== c.id || !(event.Action === 'die' || (condition === 'removed' && event.Action === 'destroy'))) return;
		if (condition === 'removed' && event.Action !== 'destroy') return;
		stop();
		ctx.res.end(`${JSON.stringify({StatusCode: c.exitCode})}\n`);
	});
	ctx.res.on('close', stop);
}

export const containerRoutes: Route[] = [
	['POST', new RegExp(`^/containers/${id}/wait$`), wait],
	['POST', /^\/containers\/create$/, create],
	['GET', /^\/containers\/json$/, list],
	['GET', new RegExp(`^/containers/${id}/json$`), ctx => sendJson(ctx.res, 200, containerInspect(target(ctx), ctx.world.networks, ctx.version, Date.now()))],
	['GET', new RegExp(`^/containers/${id}/top$`), top],
	['POST', new RegExp(`^/containers/${id}/start$`), ctx => sendEmpty(ctx.res, ctx.world.startContainer(target(ctx)) === 'already' ? 304 : 204)],
	['POST', new RegExp(`^/containers/${id}/stop$`), ctx => sendEmpty(ctx.res, ctx.world.stopContainer(target(ctx), ctx.query.get('signal') ?? 'SIGTERM') === 'already' ? 304 : 204)],
	['POST', new RegExp(`^/containers/${id}/restart$`), ctx => (ctx.world.restartContainer(target(ctx)), sendEmpty(ctx.res, 204))],
	['POST', new RegExp(`^/containers/${id}/kill$`), ctx => (ctx.world.killContainer(target(ctx), ctx.query.get('signal') || 'SIGKILL'), sendEmpty(ctx.res, 204))],
	['POST', new RegExp(`^/containers/${id}/rename$`), rename],
	['POST', new RegExp(`^/containers/${id}/pause$`), ctx => (ctx.world.pauseContainer(target(ctx)), sendEmpty(ctx.res, 204))],
	['POST', new RegExp(`^/containers/${id}/unpause$`), ctx => (ctx.world.unpauseContainer(target(ctx)), sendEmpty(ctx.res, 204))],
	['DELETE', new RegExp(`^/containers/${id}$`), ctx => (ctx.world.removeContainer(target(ctx), boolParam(ctx.query.get('force'))), sendEmpty(ctx.res, 204))],
];
