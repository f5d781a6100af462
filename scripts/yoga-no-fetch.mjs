// esbuild plugin: yoga-layout's Emscripten loader decodes its own inline WebAssembly (a data: URL)
// with fetch() whenever fetch exists. In Node that loads Node's internal copy of undici (~0.8 MB of
// source, compiled and kept for the whole session) only to read base64; its synchronous decoder
// gives the same bytes. The build fails if the loader changes and the pattern is gone.
import {readFile} from 'node:fs/promises';

const pattern = '"function"!=typeof fetch';

export function yogaNoFetch() {
	return {
		name: 'yoga-no-fetch',
		setup(build) {
			build.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
				const source = await readFile(args.path, 'utf8');
				if (!source.includes(pattern)) return {errors: [{text: `yoga-no-fetch: ${args.path} no longer tests for fetch; check how it loads its WebAssembly`}]};
				return {contents: source.replaceAll(pattern, '!0'), loader: 'js'};
			});
		},
	};
}
