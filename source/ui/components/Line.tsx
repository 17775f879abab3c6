// One screen row from styled segments, fitted to `width` columns. Every row in the browser goes
// through here, so none can be wider than its pane.
import React, {memo} from 'react';
import {Text} from 'ink';
import {fitSegments, type Segment} from '../model/segments.ts';
import {styleProps, type Style} from '../theme.ts';

interface Props {
	segments: Segment<Style>[];
	width: number;
	colour: boolean;
	/** Style for the padding, so a selected row is highlighted edge to edge. */
	fill?: Style;
}

function LineView({segments, width, colour, fill = 'plain'}: Props) {
	const fitted = fitSegments(segments, width, fill);
	return (
		<Text wrap="truncate-end">
			{fitted.map((seg, i) => (
				<Text key={i} {...styleProps(seg.style, colour)}>
					{seg.text}
				</Text>
			))}
		</Text>
	);
}

export const Line = memo(LineView, (a, b) => a.width === b.width && a.colour === b.colour && a.fill === b.fill && a.segments.length === b.segments.length && a.segments.every((s, i) => s.text === b.segments[i].text && s.style === b.segments[i].style));
