// One screen row from styled segments, fitted to `width`. Every row in the browser goes through
// here or PaneLines.tsx, so none can be wider than its pane. The row is one <Text> of terminal text
// styled in advance (paint.ts): Ink lays out and diffs one node, not one per segment.
import {memo} from 'react';
import {Text} from 'ink';
import type {Segment} from '../view/segments.ts';
import type {StyleName} from '../draw/theme.ts';
import {paintLine} from '../draw/paint.ts';

interface Props {
	segments: Segment<StyleName>[];
	width: number;
	colour: boolean;
	/** Style for the padding, so a selected row is highlighted edge to edge. */
	fill?: StyleName;
}

function LineView({segments, width, colour, fill = 'plain'}: Props) {
	return <Text wrap="truncate-end">{paintLine({segments, width, fill}, colour)}</Text>;
}

export const Line = memo(
	LineView,
	(a, b) => a.width === b.width && a.colour === b.colour && a.fill === b.fill && a.segments.length === b.segments.length && a.segments.every((s, i) => s.text === b.segments[i].text && s.style === b.segments[i].style),
);
