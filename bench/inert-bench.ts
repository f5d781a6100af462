// Cost of the daemon-text boundary and of log colours, all in memory: a container list of N
// containers (recorded dockerd objects) parsed with and without inertValue, one with every string
// poisoned; and styledLine on plain, coloured and hostile log lines. Prints JSON, medians of the runs.
// Run: node scripts/run-ts.mjs bench/inert-bench.ts [--containers N] [--runs N]
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {parseInert} from '../source/text/inert-text.js';
import {styledLine} from '../source/ui/logs/log-colors.js';
import {sanitizeLine} from '../source/ui/text/sanitize.js';
import {hostile, poison, type ApiObjects} from '../test/text/hostile-fixtures.js';

const {values} = parseArgs({options: {containers: {type: 'string', default: '60'}, runs: {type: 'string', default: '7'}}});
const count = Number(values.containers);
const runs = Number(values.runs);
// run from the project folder (npm run bench:inert)
const recorded = (JSON.parse(readFileSync('test/text/fixtures/api-objects.json', 'utf8')) as ApiObjects).containers[0]!;
const list = Array.from({length: count}, (_, index) => ({...recorded, Id: `${index}`.padStart(64, '0'), Names: [`/app-${index}`]}));
const clean = JSON.stringify(list);
const poisoned = JSON.stringify(poison(list));

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

/** Median time of one call of `work`, in µs, over `runs` runs of `repeat` calls. */
function time(work: () => unknown, repeat: number): number {
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) {
		const started = process.hrtime.bigint();
		for (let index = 0; index < repeat; index++) work();
		samples.push(Number(process.hrtime.bigint() - started) / 1000 / repeat);
	}
	return Math.round(median(samples) * 100) / 100;
}

const plainLine = '2026-11-29 01:02:03 INFO request handled path=/api/v1/items status=200 duration=12ms';
const colouredLine = '\u001B[2m2026-11-29 01:02:03\u001B[0m \u001B[32mINFO\u001B[0m request handled \u001B[1mpath\u001B[22m=/api/v1/items status=\u001B[38;5;208m200\u001B[0m';
const hostileLine = `${colouredLine}${hostile}`;

console.log(JSON.stringify({
	containers: count,
	listBytes: clean.length,
	'parse µs': time(() => JSON.parse(clean), 200),
	'parseInert µs': time(() => parseInert(clean), 200),
	'parseInert, every string poisoned µs': time(() => parseInert(poisoned), 50),
	'sanitizeLine plain µs': time(() => sanitizeLine(plainLine), 20_000),
	'styledLine plain µs': time(() => styledLine(plainLine, true), 20_000),
	'styledLine coloured µs': time(() => styledLine(colouredLine, true), 20_000),
	'styledLine hostile µs': time(() => styledLine(hostileLine, true), 20_000),
}, null, 1));
