// The logs search: a regular expression typed by the user. Smart case (all lowercase → ignore
// case); an invalid one gives an inline error instead of throwing.

export type SearchPattern = {query: string; test: RegExp; global: RegExp};

export type CompiledSearch = {pattern: SearchPattern | null; error: string | null};

export function compileSearch(query: string): CompiledSearch {
	if (query === '') return {pattern: null, error: null};
	const flags = query === query.toLowerCase() ? 'i' : '';
	try {
		return {pattern: {query, test: new RegExp(query, flags), global: new RegExp(query, `${flags}g`)}, error: null};
	} catch (error) {
		const message = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
		return {pattern: null, error: `invalid regex: ${message}`};
	}
}

/** Start/end of each match in `text` (at most `limit`; empty matches skipped). */
export function matchRanges(text: string, pattern: SearchPattern, limit = 200): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	const regex = pattern.global;
	regex.lastIndex = 0;
	let match: RegExpExecArray | null;
	while (out.length < limit && (match = regex.exec(text)) !== null) {
		if (match[0].length === 0) {
			regex.lastIndex++;
			if (regex.lastIndex > text.length) break;
			continue;
		}
		out.push([match.index, match.index + match[0].length]);
	}
	return out;
}
