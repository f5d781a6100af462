// esbuild plugin: two dependencies load a Node built-in at startup that dockhand never or rarely
// needs, and each costs resident memory for the whole session (measured in a fresh Node 24: +7 MB
// for http2 with the tls stack it pulls in, +2.4 MB for crypto):
// - undici's HTTP/2 client requires node:http2 when it is loaded, only to read a few header-name
//   constants; dockhand speaks HTTP/1.1 to the daemon (undici's allowH2 is off). The constants are
//   written in (the values Node defines for them) and http2.connect loads the module when called.
// - object-hash (what @alcalzone/ink-table hashes row keys with) requires node:crypto when it is
//   loaded; it now loads it on its first hash (an inspect table drawn), not at startup.
// The build fails if either file no longer has the exact code replaced.
import {readFile} from 'node:fs/promises';
import {constants} from 'node:http2';

const http2Require = `let http2
try {
  http2 = require('node:http2')
} catch {
  // @ts-ignore
  http2 = { constants: {} }
}`;

const usedConstants = ['HTTP2_HEADER_AUTHORITY', 'HTTP2_HEADER_METHOD', 'HTTP2_HEADER_PATH', 'HTTP2_HEADER_SCHEME', 'HTTP2_HEADER_CONTENT_LENGTH', 'HTTP2_HEADER_EXPECT', 'HTTP2_HEADER_STATUS', 'HTTP2_HEADER_PROTOCOL', 'NGHTTP2_NO_ERROR', 'NGHTTP2_PROTOCOL_ERROR', 'NGHTTP2_REFUSED_STREAM'];

/** undici's client-h2.js with node:http2 loaded on connect only; null if the file changed. */
export function lazyHttp2(source) {
	if (source.split(http2Require).length !== 2) return null;
	// every use of the module must be one this replacement serves: its constants and connect()
	const uses = new Set(source.replace(http2Require, '').match(/\bhttp2\.[A-Za-z]+/g) ?? []);
	if ([...uses].some(use => use !== 'http2.connect')) return null;
	const values = Object.fromEntries(usedConstants.map(name => [name, constants[name]]));
	if (Object.values(values).some(value => value === undefined)) return null;
	return source.replace(http2Require, `const http2 = { constants: ${JSON.stringify(values)}, connect: (...args) => require('node:http2').connect(...args) }`);
}

const cryptoRequire = "var crypto = require('crypto');";

/** object-hash's index.js with node:crypto loaded on the first hash; null if the file changed. */
export function lazyCrypto(source) {
	if (source.split(cryptoRequire).length !== 2) return null;
	const uses = new Set(source.replace(cryptoRequire, '').match(/\bcrypto\.[A-Za-z]+/g) ?? []);
	if ([...uses].some(use => use !== 'crypto.createHash' && use !== 'crypto.getHashes')) return null;
	// without getHashes the module offers its fallback list (sha1, md5): ink-table asks for sha1
	return source.replace(cryptoRequire, "var crypto = {createHash: function () { var real = require('crypto'); return real.createHash.apply(real, arguments); }};");
}

export function lazyBuiltins() {
	return {
		name: 'lazy-builtins',
		setup(build) {
			const swaps = [
				{file: 'undici client-h2.js', module: 'node:http2', filter: /[\\/]undici[\\/]lib[\\/]dispatcher[\\/]client-h2\.js$/, swap: lazyHttp2},
				{file: 'object-hash index.js', module: 'node:crypto', filter: /[\\/]object-hash[\\/]index\.js$/, swap: lazyCrypto},
			];
			const done = new Set();
			build.onStart(() => done.clear());
			for (const {file, module, filter, swap} of swaps) {
				build.onLoad({filter}, async args => {
					const contents = swap(await readFile(args.path, 'utf8'));
					if (contents === null) return {errors: [{text: `lazy-builtins: ${file} no longer loads ${module} as it did; check scripts/lazy-builtins.mjs`}]};
					done.add(file);
					return {contents, loader: 'js'};
				});
			}
			build.onEnd(result => {
				for (const {file} of swaps) if (!done.has(file)) result.errors.push({text: `lazy-builtins: not applied (${file} not bundled?)`});
			});
		},
	};
}
