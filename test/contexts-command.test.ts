// `dockhand contexts [--json]` through the BUILT binary: a DOCKER_CONFIG whose current context is the
// real test daemon, a tcp+TLS one nobody listens on, an ssh one and a broken one — each listed with
// what probing it found.
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import type {ContextReport} from '../source/contexts-command.js';
import {cliPath, ensureBuilt} from './e2e/tmux.js';
import {dockerHome} from './engine/docker-config-fixture.js';
import {makeTlsFixtures} from './engine/tls-fixtures.js';
import {describeDaemon, testDockerHost} from './support/daemon.js';

const scratch = mkdtempSync(join(tmpdir(), 'dh-contexts-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{code: number; stdout: string; stderr: string}> {
	const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DOCKER_')));
	return new Promise(resolve => {
		execFile(process.execPath, [cliPath, ...args], {env: {...base, HOME: scratch, ...env}, timeout: 30_000}, (error, stdout, stderr) => {
			resolve({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr});
		});
	});
}

describeDaemon('dockhand contexts', () => {
	let config: string;
	beforeAll(() => {
		ensureBuilt();
		const tls = makeTlsFixtures();
		const pems = {ca: tls.ca, cert: readFileSync(join(tls.dir, 'client.pem'), 'utf8'), key: readFileSync(join(tls.dir, 'client.key'), 'utf8')};
		rmSync(tls.dir, {recursive: true, force: true});
		config = dockerHome(scratch, {
			currentContext: 'lab',
			contexts: {
				lab: {host: testDockerHost, description: 'the test daemon'},
				// port 9 (discard) on loopback: nothing listens, the connection is refused at once
				prod: {host: 'tcp://127.0.0.1:9', description: 'production', tls: pems},
				remote: {host: 'ssh://deploy@127.0.0.1:2222'},
				broken: {host: 'unix:///run/broken.sock', tls: {ca: 'x', cert: 'only a cert', key: ''}},
			},
		}).config;
	});

	it('--json: one object per daemon, the current one reachable with its engine version, the others with their errors', async () => {
		const started = Date.now();
		const {code, stdout} = await run(['contexts', '--json'], {DOCKER_CONFIG: config});
		expect(code).toBe(0);
		const reports = JSON.parse(stdout) as ContextReport[];
		const byName = new Map(reports.map(report => [report.name, report]));
		expect(reports.map(report => report.name)).toEqual(['default', 'broken', 'lab', 'prod', 'remote']);
		expect(byName.get('lab')).toMatchObject({current: true, kind: 'context', description: 'the test daemon', endpoint: testDockerHost, reachable: true, engine: expect.stringMatching(/^\d+\.\d+/), apiVersion: expect.stringMatching(/^1\.\d+$/)});
		expect(reports.filter(report => report.current)).toHaveLength(1);
		expect(byName.get('prod')).toMatchObject({reachable: false, endpoint: 'tcp://127.0.0.1:9', error: expect.stringMatching(/127\.0\.0\.1:9/)});
		expect(byName.get('remote')).toMatchObject({reachable: false, error: expect.stringMatching(/ssh/)});
		expect(byName.get('broken')).toMatchObject({reachable: false, error: expect.stringMatching(/cert\.pem without key\.pem/)});
		// probed side by side, each bounded: a refused port and a missing socket answer at once
		expect(Date.now() - started).toBeLessThan(15_000);
	});

	it('DOCKER_HOST is listed and current when set; the text table marks it with *', async () => {
		const {code, stdout} = await run(['contexts'], {DOCKER_CONFIG: config, DOCKER_HOST: testDockerHost});
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^\s+NAME\s+DESCRIPTION\s+ENDPOINT\s+ENGINE$/);
		expect(lines[1]).toMatch(new RegExp(`^\\*\\s+DOCKER_HOST\\s+from the environment\\s+${testDockerHost.replace(/[/.]/g, '\\$&')}\\s+\\d+\\.\\d+.*\\(API 1\\.\\d+\\)$`));
		expect(lines.filter(line => line.startsWith('*'))).toHaveLength(1);
		expect(stdout).toMatch(/^\s+lab\s+the test daemon/m);
	});

	it('--context picks a context for version too, and is refused together with -H', async () => {
		const version = await run(['version', '--json', '--context', 'lab'], {DOCKER_CONFIG: config, DOCKER_HOST: 'unix:///nonexistent.sock'});
		expect(JSON.parse(version.stdout)).toMatchObject({endpoint: testDockerHost, source: 'context'});
		const both = await run(['version', '--context', 'lab', '-H', testDockerHost], {DOCKER_CONFIG: config});
		expect(both.code).toBe(1);
		expect(both.stderr).toContain('conflicting options: either specify --host or --context, not both');
	});
});
