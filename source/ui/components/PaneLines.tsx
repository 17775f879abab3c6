// Pane lines (model/screen-lines.ts) as Ink rows: a column of them, or several side by side.
import React from 'react';
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {PaneLine} from '../model/screen-lines.ts';

export function Row({lines, colour}: {lines: PaneLine[]; colour: boolean}) {
	if (lines.length === 1) return <Line segments={lines[0].segments} width={lines[0].width} colour={colour} fill={lines[0].fill} />;
	return (
		<Box>
			{lines.map((line, i) => (
				<Line key={i} segments={line.segments} width={line.width} colour={colour} fill={line.fill} />
			))}
		</Box>
	);
}

export function Column({lines, width, colour}: {lines: PaneLine[]; width: number; colour: boolean}) {
	return (
		<Box flexDirection="column" width={width} height={lines.length}>
			{lines.map((line, i) => (
				<Line key={i} segments={line.segments} width={line.width} colour={colour} fill={line.fill} />
			))}
		</Box>
	);
}
