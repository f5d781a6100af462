// Every answer the demo engine gives, validated against the official Engine API schema of its
// version by openapi-response-validator. 1.41 has no spec of its own in the shared set: its
// answers are checked against 1.40's, the nearest official one (1.41 only added fields).
import fs from 'node:fs';
import validatorModule, {type IOpenAPIResponseValidator, type OpenAPIResponseValidatorArgs} from 'openapi-response-validator';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {dockerRequest} from '../support/docker-http.js';
import {startTestDemo} from './demo-socket.js';

type Operation = {responses: Record<string, unknown>};
type Spec = {paths: Record<string, Record<string, Operation>>; definitions: Record<string, unknown>};

// shared/ lies beside the clone (CI) or beside the folder of worktrees
const specDir = ['../../../shared/docker-api/', '../../../../shared/docker-api/'].map(path => new URL(path, import.meta.url)).find(url => fs.existsSync(url));
const specFile = (name: string) => new URL(`engine-api-v${name}.yaml`, specDir);
if (!specDir && process.env.CI) throw new Error('shared/docker-api/ (the official Engine API specs) is not beside the clone');
if (!specDir) console.warn('shared/docker-api/ not found beside the clone: skipping the schema checks of the demo engine');

// a CommonJS module whose class is its `default` export: Node's import and vitest's interop differ
type ValidatorClass = new (args: OpenAPIResponseValidatorArgs) => IOpenAPIResponseValidator;
const moduleValue = validatorModule as unknown as ValidatorClass & {default?: ValidatorClass};
const OpenAPIResponseValidator: ValidatorClass = moduleValue.default ?? moduleValue;
const validators = new Map<string, IOpenAPIResponseValidator>();

/** The operation's responses; a refusal the spec does not list (dockerd's 409 on pause) is checked as ErrorResponse. */
function validator(spec: Spec, template: string, method: string, status = 200) {
	const operation = spec.paths[template]?.[method];
	if (!operation) throw new Error(`${method.toUpperCase()} ${template} is not in the spec`);
	const listed = String(status) in operation.responses;
	const key = `${template} ${method} ${listed ? 'listed' : status}`;
	const responses = listed ? operation.responses : {[status]: {description: 'refusal', schema: {$ref: '#/definitions/ErrorResponse'}}};
	let found = validators.get(key);
	if (!found) validators.set(key, (found = new OpenAPIResponseValidator({responses: responses as never, definitions: spec.definitions as never})));
	return found;
}

const versions: Array<[served: string, specName: string]> = [['1.41', '1.40'], ['1.44', '1.44'], ['1.55', '1.55']];

describe.skipIf(!specDir).each(versions)('API %s answers match the official schema (%s)', (served, specName) => {
	let demo: Awaited<ReturnType<typeof startTestDemo>>;
	let spec: Spec;
	const check = async (method: string, path: string, template: string, body?: unknown) => {
		const response = await dockerRequest(demo.host, method.toUpperCase(), `/v${served}${path}`, body);
		const parsed: unknown = response.body.trim() === '' ? undefined : JSON.parse(response.body);
		const errors = validator(spec, template, method, response.status).validateResponse(String(response.status), parsed);
		expect(errors, `${method.toUpperCase()} ${path} → ${response.status}`).toBeUndefined();
		return parsed as Record<string, unknown>;
	};

	beforeAll(async () => {
		validators.clear();
		spec = parse(fs.readFileSync(specFile(specName), 'utf8')) as Spec;
		demo = await startTestDemo({apiVersion: served, containers: 30});
	});
	afterAll(() => demo?.close());

	it('system: version, info, df', async () => {
		await check('get', '/version', '/version');
		await check('get', '/info', '/info');
		const df = await check('get', '/system/df', '/system/df');
		if (served === '1.55') expect(Object.keys(df).sort()).toEqual(['BuildCacheUsage', 'ContainerUsage', 'ImageUsage', 'VolumeUsage']);
		else expect(df).toHaveProperty('LayersSize');
	});

	it('containers: list, inspect, top, stats, and refusals', async () => {
		const list = await check('get', '/containers/json?all=1', '/containers/json') as unknown as Array<{Id: string; Names: string[]; Health?: unknown}>;
		const flaky = list.find(c => c.Names[0] === '/flaky-api')!;
		if (served === '1.55') expect(flaky.Health).toMatchObject({Status: 'unhealthy'});
		else expect(flaky).not.toHaveProperty('Health');
		for (const c of list.slice(0, 12)) await check('get', `/containers/${c.Id}/json`, '/containers/{id}/json');
		await check('get', '/containers/shop-web-1/top', '/containers/{id}/top');
		await check('get', '/containers/shop-web-1/stats?stream=false', '/containers/{id}/stats');
		await check('get', '/containers/nope/json', '/containers/{id}/json');
		await check('post', '/containers/migrate-once/pause', '/containers/{id}/pause');
		await check('delete', '/containers/shop-db-1', '/containers/{id}');
	});

	it('images, volumes, networks', async () => {
		const images = await check('get', '/images/json', '/images/json') as unknown as Array<{Id: string}>;
		for (const image of images) {
			await check('get', `/images/${image.Id}/json`, '/images/{name}/json');
			await check('get', `/images/${image.Id}/history`, '/images/{name}/history');
		}
		const volumes = await check('get', '/volumes', '/volumes') as {Volumes: Array<{Name: string}>};
		await check('get', `/volumes/${volumes.Volumes[0]!.Name}`, '/volumes/{name}');
		const networks = await check('get', '/networks', '/networks') as unknown as Array<{Id: string}>;
		for (const network of networks) await check('get', `/networks/${network.Id}`, '/networks/{id}');
	});

	it('exec create and inspect', async () => {
		const {Id} = await check('post', '/containers/shop-web-1/exec', '/containers/{id}/exec', {Cmd: ['ls'], AttachStdout: true}) as {Id: string};
		await check('get', `/exec/${Id}/json`, '/exec/{id}/json');
	});

	it('events, one JSON object a line, with the legacy fields only before 1.52', async () => {
		await dockerRequest(demo.host, 'POST', `/v${served}/containers/shop-cache-1/restart`);
		// a restart's events follow its answer (kill, die, stop, start, restart): until a second from now
		// the stream stays open for them, as dockerd's does
		const response = await dockerRequest(demo.host, 'GET', `/v${served}/events?since=0&until=${Date.now() / 1000 + 1}`);
		const events = response.body.trim().split('\n').map(line => JSON.parse(line) as Record<string, unknown>);
		expect(events.length).toBeGreaterThan(3);
		const eventValidator = validator(spec, '/events', 'get');
		for (const event of events) expect(eventValidator.validateResponse('200', event)).toBeUndefined();
		const restart = events.find(event => event.Action === 'restart')!;
		if (served === '1.55') expect(restart).not.toHaveProperty('status');
		else expect(restart).toMatchObject({status: 'restart', from: 'redis:7'});
	});
});
