// The built CLI leaves out the Node built-ins it does not use on the list screen (each costs resident
// memory for the whole session): node:http2 and the tls stack (undici's HTTP/2 client), node:crypto
// (object-hash under ink-table; the docker context reader). The build's replacements are checked
// against the real files, and the built binary is run in tmux and asked what it loaded.
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {constants} from 'node:http2';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {lazyCrypto, lazyHttp2} from '../../scripts/lazy-builtins.mjs';
import {describeDaemon, testDockerHost} from '../support/daemon.js';
import {cliCommand, ensureBuilt, startTmux, type TmuxSession} from '../e2e/tmux.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(join(root, 'node_modules', file), 'utf8');

describe('the build’s lazy built-ins', () => {
	it('undici’s HTTP/2 client gets Node’s own constants and loads node:http2 only to connect', () => {
		const swapped = lazyHttp2(read('undici/lib/dispatcher/client-h2.js'))!;
		expect(swapped).not.toBeNull();
		const object = /const http2 = \{ constants: (\{[^}]*\}),/.exec(swapped)![1]!;
		for (const [name, value] of Object.entries(JSON.parse(object) as Record<string, unknown>)) expect(value).toBe(constants[name as keyof typeof constants]);
		expect(swapped.match(/require\('node:http2'\)/g)).toHaveLength(1);
		expect(swapped).toContain("connect: (...args) => require('node:http2').connect(...args)");
		// a changed file fails the build instead of shipping a half-applied swap
		expect(lazyHttp2(read('undici/lib/dispatcher/client-h2.js').replace('http2.connect', 'http2.request'))).toBeNull();
	});

	it('object-hash loads node:crypto on its first hash, and still hashes as before', async () => {
		const swapped = lazyCrypto(read('object-hash/index.js'))!;
		expect(swapped).not.toBeNull();
		const module = {exports: {} as {sha1: (value: unknown) => string}};
		const loaded: string[] = [];
		const fakeRequire = (name: string) => (loaded.push(name), name === 'crypto' ? require('node:crypto') : undefined);
		const {createRequire} = await import('node:module');
		const require = createRequire(import.meta.url);
		new Function('module', 'exports', 'require', swapped)(module, module.exports, fakeRequire);
		expect(loaded).toEqual([]);
		const real = require('object-hash') as {sha1: (value: unknown) => string};
		expect(module.exports.sha1({port: 80, proto: 'tcp'})).toBe(real.sha1({port: 80, proto: 'tcp'}));
		expect(loaded).toEqual(['crypto']);
	});
});

describeDaemon('the built CLI on the list screen', () => {
	let tmux: TmuxSession | undefined;
	afterEach(async () => {
		await tmux?.kill();
		tmux = undefined;
	});

	it('has not loaded node:http2, node:tls or node:crypto', async () => {
		ensureBuilt();
		const dir = mkdtempSync(join(tmpdir(), 'dh-builtins-'));
		const report = join(dir, 'modules.txt');
		const probe = join(dir, 'probe.mjs');
		// the modules Node has loaded, written every 200 ms (the newest list wins)
		writeFileSync(probe, `import {writeFileSync} from 'node:fs';\nsetInterval(() => writeFileSync(${JSON.stringify(report)}, process.moduleLoadList.join('\\n')), 200).unref();\n`);
		tmux = await startTmux({command: cliCommand([], [`--import=${probe}`]), env: {DOCKER_HOST: testDockerHost}, columns: 160, rows: 40});
		await tmux.waitForText('Containers', 15_000);
		// a report written a second after the list showed (after the first screen and its first requests)
		const shownAt = Date.now();
		await tmux.waitUntil(() => {
			try {
				return statSync(report).mtimeMs > shownAt + 1000;
			} catch {
				return false;
			}
		}, 10_000);
		const modules = readFileSync(report, 'utf8').split('\n');
		expect(modules).toContain('NativeModule net');
		expect(modules.filter(name => /^NativeModule (http2|tls|crypto|internal\/http2\/core|internal\/tls\/wrap)$/.test(name))).toEqual([]);
	});
});
