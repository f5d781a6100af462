// The logs search: a regular expression typed by the user. Smart case (all lowercase → ignore
// case); an invalid one gives an inline error instead of throwing.
//
// No pattern may freeze the program. A pattern is accepted only if V8's linear-time engine can run
// it (checked by compiling it with the `l` flag): that refuses backreferences, lookarounds and large
// repeat counts, the shapes whose backtracking can take minutes. Accepted patterns still run on the
// fast backtracking engine (the linear one is ~50× slower on ordinary searches), and V8 switches a
// match to the linear engine after a bounded number of backtracks, so `(a+)+$` costs milliseconds
// per line instead of hours. Whole-buffer scans are cut into time-budgeted slices (visible-lines.ts).
// RE2 bindings would need a native build; a worker would copy up to 16 MB of lines per pattern.
import {setFlagsFromString} from 'node:v8';

setFlagsFromString('--enable-experimental-regexp-engine');
setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
// V8's default (50k backtracks) costs ~2 ms per hopeless line; 10k keeps ordinary searches unaffected
setFlagsFromString('--regexp-backtracks-before-fallback=10000');

/** `test` and `global` run on text folded by `fold` (lower-cased when the query ignores case). */
export type SearchPattern = {query: string; ignoreCase: boolean; test: RegExp; global: RegExp};

export type CompiledSearch = {pattern: SearchPattern | null; error: string | null};

const linearEngine = (() => {
	try {
		new RegExp('a', 'l');
		return true;
	} catch {
		return false;
	}
})();

export function compileSearch(query: string): CompiledSearch {
	if (query === '') return {pattern: null, error: null};
	// The linear engine has no `i` flag (a fallback needs a linear-compatible regex), so ignoring
	// case lower-cases the text instead: the query has no capitals, by the smart-case rule.
	const ignoreCase = query === query.toLowerCase();
	let test: RegExp;
	try {
		test = new RegExp(query);
	} catch (error) {
		const message = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
		return {pattern: null, error: `invalid regex: ${message}`};
	}
	if (!runsInLinearTime(query)) {
		return {pattern: null, error: 'refused: this regex could run for minutes (backreference, lookaround or large repeat count)'};
	}
	return {pattern: {query, ignoreCase, test, global: new RegExp(query, 'g')}, error: null};
}

function runsInLinearTime(query: string): boolean {
	if (!linearEngine) return false;
	try {
		new RegExp(query, 'l');
		return true;
	} catch {
		return false;
	}
}

/** The text as the pattern sees it; same length, so match offsets are offsets into `text`. */
export function fold(text: string, pattern: SearchPattern): string {
	if (!pattern.ignoreCase) return text;
	const lower = text.toLowerCase();
	// a few characters change length when lower-cased (İ): then fold ASCII only, keeping offsets
	return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, letters => letters.toLowerCase());
}

/** Does `text` contain a match? */
export function matchesText(text: string, pattern: SearchPattern): boolean {
	return pattern.test.test(fold(text, pattern));
}

/** Start/end of each match in `text` (at most `limit`; empty matches skipped). */
export function matchRanges(text: string, pattern: SearchPattern, limit = 200): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	const folded = fold(text, pattern);
	const regex = pattern.global;
	regex.lastIndex = 0;
	let match: RegExpExecArray | null;
	while (out.length < limit && (match = regex.exec(folded)) !== null) {
		if (match[0].length === 0) {
			regex.lastIndex++;
			if (regex.lastIndex > folded.length) break;
			continue;
		}
		out.push([match.index, match.index + match[0].length]);
	}
	return out;
}
