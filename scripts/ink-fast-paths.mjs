// esbuild plugin: builds Ink with dockhand's fast frame buffer and string widths.
// - ink/build/renderer.js's `./output.js` → source/ui/render/output.ts (same output, remembers
//   across frames what did not change);
// - ink/build/log-update.js's `./line-update.js` → source/ui/render/line-update.ts (same bytes;
//   one-cell symbols take the ASCII path instead of grapheme segmentation);
// - every `string-width` import (Ink, widest-line, cli-truncate, …) → source/ui/render/string-width.ts
//   (same numbers; printable text measured without segmenting), except its own import of the real one.
// The build fails if Ink no longer imports what is swapped, so an Ink upgrade cannot silently drop it.
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fastOutput = `${root}source/ui/render/output.ts`;
const fastLineUpdate = `${root}source/ui/render/line-update.ts`;
const fastWidth = `${root}source/ui/render/string-width.ts`;

export function inkFastPaths() {
	return {
		name: 'ink-fast-paths',
		setup(build) {
			const swapped = new Set();
			build.onStart(() => swapped.clear());
			build.onResolve({filter: /^\.\/output\.js$/}, args => {
				if (!/[\\/]ink[\\/]build[\\/]renderer\.js$/.test(args.importer)) return undefined;
				swapped.add('output');
				return {path: fastOutput};
			});
			build.onResolve({filter: /^\.\/line-update\.js$/}, args => {
				if (!/[\\/]ink[\\/]build[\\/]log-update\.js$/.test(args.importer)) return undefined;
				swapped.add('line-update');
				return {path: fastLineUpdate};
			});
			build.onResolve({filter: /^string-width$/}, args => {
				if (args.importer === fastWidth) return undefined;
				swapped.add('string-width');
				return {path: fastWidth};
			});
			build.onEnd(result => {
				for (const name of ['output', 'line-update', 'string-width']) {
					if (!swapped.has(name)) result.errors.push({text: `ink-fast-paths: Ink no longer imports ${name}; check source/ui/render/ against the new Ink`});
				}
			});
		},
	};
}
