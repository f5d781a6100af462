// `dockhand version` through the BUILT binary (dist/cli.js), against the real daemon and an unreachable one.
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {describeDaemon, testDockerHost, testEngineVersion} from './support/daemon.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = process.env.DOCKHAND_CLI ?? join(root, 'dist', 'cli.js'); // override: check another build
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string};
const scratch = mkdtempSync(join(tmpdir(), 'dh-version-'));

type Run = {code: number; stdout: string; stderr: string};

/** Runs dist/cli.js with Node (process.execPath is the project's Node 24 under vitest) and a clean Docker env. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
	const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DOCKER_')));
	return new Promise(resolve => {
		execFile(process.execPath, [cli, ...args], {env: {...base, HOME: scratch, ...env}, timeout: 20_000}, (error, stdout, stderr) => {
			resolve({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr});
		});
	});
}

beforeAll(async () => {
	// `npm test` builds first; a bare `vitest run` on a fresh clone builds here
	if (!existsSync(cli)) {
		await new Promise<void>((resolve, reject) => execFile(process.execPath, [join(root, 'scripts', 'build.mjs')], error => (error ? reject(error) : resolve())));
	}
}, 60_000);
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

describe('dockhand version (built binary)', () => {
	it('prints one line on stderr and exits 1 when the daemon is unreachable', async () => {
		const result = await run(['version', '-H', 'unix:///nonexistent']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('dockhand: no Docker daemon at unix:///nonexistent (socket missing) — is dockerd running? set DOCKER_HOST or -H\n');
	});

	it('reports a bad endpoint the same way', async () => {
		const result = await run(['version', '--json'], {DOCKER_CONTEXT: 'ghost'});
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/docker context "ghost" not found/);
	});

	it('--version prints the version; --help and -h print the help (not the UI)', async () => {
		expect((await run(['--version'])).stdout.trim()).toBe(pkg.version);
		for (const flag of ['--help', '-h']) {
			const help = await run([flag]);
			expect(help.code).toBe(0);
			expect(help.stderr).toBe('');
			expect(help.stdout).toMatch(/dockhand version \[--json\]/);
			expect(help.stdout).toMatch(/-h, --help/);
		}
	});

	it('--json with an unreachable daemon prints one JSON object with the error on stdout, exit 1', async () => {
		const result = await run(['version', '--json', '-H', 'unix:///nonexistent']);
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout)).toEqual({client: pkg.version, error: expect.stringMatching(/^no Docker daemon at unix:\/\/\/nonexistent \(socket missing\)/)});
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});
});

describe('bad command-line input (built binary): one line on stderr, exit code 2', () => {
	const cases: Array<{args: string[]; env?: NodeJS.ProcessEnv; error: string}> = [
		{args: ['--bogus'], error: 'unknown flag: --bogus'},
		{args: ['-v'], error: "unknown shorthand flag: 'v' in -v"},
		{args: ['version', '--yaml'], error: 'unknown flag: --yaml'},
		{args: ['-H'], error: 'flag needs an argument: -H'},
		{args: ['version', '-H'], error: 'flag needs an argument: -H'},
		{args: ['--poll-interval', 'soon'], error: 'invalid argument "soon" for --poll-interval: not a number'},
		{args: ['version'], env: {DOCKHAND_CONFIG: '/nonexistent/dockhand.json'}, error: 'DOCKHAND_CONFIG names /nonexistent/dockhand.json, which does not exist'},
	];
	for (const {args, env, error} of cases) {
		it(`${args.join(' ')}${env ? ` with ${Object.entries(env).map(([key, value]) => `${key}=${value}`).join(' ')}` : ''}`, async () => {
			const result = await run(args, env);
			expect(result.stderr).toBe(`dockhand: ${error} (see dockhand --help)\n`);
			expect(result.stdout).toBe('');
			expect(result.code).toBe(2);
		});
	}

	it('-H host:port is read as tcp://host:port, as the docker CLI does', async () => {
		const result = await run(['version', '-H', '127.0.0.1:1']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^dockhand: connection refused by tcp:\/\/127\.0\.0\.1:1 /);
	});
});

describeDaemon('dockhand version against the real daemon (built binary)', () => {
	it('--json prints exactly the documented keys, endpoint from DOCKER_HOST', async () => {
		const result = await run(['version', '--json'], {DOCKER_HOST: testDockerHost});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(Object.keys(report)).toEqual(['client', 'endpoint', 'source', 'engine', 'apiVersion', 'apiMax', 'apiMin', 'os', 'arch']);
		expect(report).toMatchObject({client: pkg.version, endpoint: testDockerHost, source: 'env', apiVersion: '1.41', apiMax: '1.41', os: 'linux'});
		expect(report.engine).toBe(await testEngineVersion());
		expect(report.apiMin).toMatch(/^1\.\d+$/);
		expect(report.arch).not.toBe('');
		expect(result.stdout.endsWith('}\n')).toBe(true);
	});

	it('text output names the endpoint, where it came from, and the negotiated API', async () => {
		const result = await run(['version', '-H', testDockerHost]);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(new RegExp(`Endpoint: +${testDockerHost} \\(from -H\\)`));
		expect(/Engine: +(\S+)/.exec(result.stdout)?.[1]).toBe(await testEngineVersion());
		expect(result.stdout).toMatch(/OS\/Arch: +linux\//);
		expect(result.stdout).toMatch(/API version: +1\.41 \(negotiated; daemon max 1\.41, min 1\.\d+\)/);
	});

	it('follows a docker context and honours DOCKER_API_VERSION', async () => {
		const config = join(scratch, 'docker-config');
		const id = createHash('sha256').update('lab').digest('hex');
		mkdirSync(join(config, 'contexts', 'meta', id), {recursive: true});
		writeFileSync(join(config, 'contexts', 'meta', id, 'meta.json'), JSON.stringify({Name: 'lab', Endpoints: {docker: {Host: testDockerHost, SkipTLSVerify: false}}}));
		writeFileSync(join(config, 'config.json'), JSON.stringify({currentContext: 'lab'}));
		const result = await run(['version', '--json'], {DOCKER_CONFIG: config, DOCKER_API_VERSION: '1.40'});
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({endpoint: testDockerHost, source: 'context', apiVersion: '1.40'});
	});
});
