// The raw inspect JSON from a scroll offset: only the visible lines are drawn; search matches are
// highlighted within their lines.
import {Box, Text} from 'ink';
import React from 'react';
import {matchRanges, type SearchPattern} from '../logs/search-pattern.js';
import {truncateEnd} from '../text/display-width.js';

function Highlighted({line, pattern, width}: {line: string; pattern: SearchPattern | null; width: number}) {
	const text = truncateEnd(line, width);
	const ranges = pattern ? matchRanges(text, pattern) : [];
	if (ranges.length === 0) return <Text wrap="truncate-end">{text}</Text>;
	const parts: React.ReactNode[] = [];
	let at = 0;
	ranges.forEach(([start, end], index) => {
		parts.push(text.slice(at, start), <Text key={index} inverse>{text.slice(start, end)}</Text>);
		at = end;
	});
	parts.push(text.slice(at));
	return <Text wrap="truncate-end">{parts}</Text>;
}

export function RawView({lines, hits, pattern, offset, width, height}: {lines: readonly string[]; hits: readonly number[]; pattern: SearchPattern | null; offset: number; width: number; height: number}) {
	const hitSet = new Set(hits);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{lines.slice(offset, offset + height).map((line, index) => (
				<Highlighted key={offset + index} line={line} pattern={hitSet.has(offset + index) ? pattern : null} width={width} />
			))}
		</Box>
	);
}
