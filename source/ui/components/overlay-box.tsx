// A bordered box drawn over the panes (confirm dialog, choice menus): each row is padded to the
// full inner width, so nothing beneath shows through (see overlay-rows.ts).
import {Box, Text} from 'ink';
import React from 'react';
import {fitSegments, type OverlayRow} from './overlay-rows.js';

/** Cells a box row's text may use: `width` minus the border and one space each side. */
export const overlayTextWidth = (width: number) => Math.max(1, width - 4);

export function OverlayBox({rows, width, borderColor}: {rows: readonly OverlayRow[]; width: number; borderColor?: string}) {
	const inner = overlayTextWidth(width);
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={borderColor} width={inner + 4} flexShrink={0}>
			{rows.map((row, index) => (
				<Text key={index} wrap="truncate-end" {...row.style}>
					{' '}
					{fitSegments(row.segments, inner).map((segment, part) => (
						<Text key={part} {...segment.style}>
							{segment.text}
						</Text>
					))}
					{' '}
				</Text>
			))}
		</Box>
	);
}
