// npm runs this after `npm ci`/`npm install` in a clone and before `npm pack`: dist/ is what the
// `dockhand` bin runs, and it is not in git, so a global install from a clone or a tarball needs it built.
import {createRequire} from 'node:module';

try {
	createRequire(import.meta.url).resolve('esbuild');
} catch {
	console.error('dockhand: building dist/ needs the dev dependencies: run `npm ci` in this folder first, then `npm install -g .`');
	process.exit(1);
}
await import('./build.mjs');
