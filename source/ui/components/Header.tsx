// The report's identity: title and date on the first row, source and meeting on the second.
import React from 'react';
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {ViewMeta} from '../model/view.ts';
import {displayWidth} from '../../text/width.ts';

interface Props {
	meta: ViewMeta;
	width: number;
	colour: boolean;
}

export function Header({meta, width, colour}: Props) {
	const date = meta.date ?? '';
	const dateWidth = date ? displayWidth(date) + 2 : 0;
	const titleWidth = Math.max(1, width - dateWidth);
	const second = [meta.source ? `来源 ${meta.source}` : null, meta.meeting].filter(Boolean).join('  ·  ');
	return (
		<Box flexDirection="column" width={width}>
			<Box>
				<Line segments={[{text: ' ' + meta.title, style: 'heading'}]} width={titleWidth} colour={colour} />
				{date ? <Line segments={[{text: date + ' ', style: 'dim'}]} width={Math.min(dateWidth, width - titleWidth)} colour={colour} /> : null}
			</Box>
			<Line segments={[{text: ' ' + second, style: 'dim'}]} width={width} colour={colour} />
		</Box>
	);
}
