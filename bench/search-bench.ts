// The logs search over a full buffer (10,000 lines of 1,600 characters, 16 MB), all in memory:
// for ordinary and catastrophic patterns, the time to test the whole buffer in the pane's 10 ms
// slices, and the longest single slice (what a key waits for at most). Prints JSON.
// Run: node scripts/run-ts.mjs bench/search-bench.ts
import type {LogLine} from '../source/store/logs/log-line.js';
import {compileSearch} from '../source/ui/logs/search-pattern.js';
import {MatchCache} from '../source/ui/logs/visible-lines.js';

const texts = [
	(index: number) => `${index} ${'a'.repeat(1590)}!`,
	(index: number) => `2026-01-01T12:00:00Z GET /api/items/${index} 200 took ${index % 97}ms ${'x '.repeat(770)}`,
];
const patterns = ['error', 'took \\d+ms', '(a+)+$', '(a|aa)+$', '(\\w+\\s?)+$'];

const results = [];
for (const [kind, text] of texts.entries()) {
	const list = Array.from({length: 10_000}, (_, index) => ({text: text(index), seq: index}) as unknown as LogLine);
	const lines = {count: list.length, at: (index: number) => list[index]!};
	for (const query of patterns) {
		const cache = new MatchCache(compileSearch(query).pattern!);
		const started = performance.now();
		let worst = 0;
		let slices = 0;
		for (let left = lines.count; left > 0; slices++) {
			const slice = performance.now();
			left = cache.scan(lines, 10);
			worst = Math.max(worst, performance.now() - slice);
		}
		results.push({lines: kind === 0 ? 'aaaa…a!' : 'access log', query, totalMs: Math.round(performance.now() - started), slices, worstSliceMs: Number(worst.toFixed(1))});
	}
}
console.log(JSON.stringify(results, null, 1));
