// Sections · Measures · Attendees · Terms with their counts; the active tab in inverse.
import React from 'react';
import {Line} from './Line.tsx';
import {TABS, type TabId} from '../model/tabs.ts';
import type {Segment} from '../model/segments.ts';
import type {Style} from '../theme.ts';
import {displayWidth} from '../../text/width.ts';

interface Props {
	active: TabId;
	counts: Record<TabId, number>;
	width: number;
	colour: boolean;
}

export function TabBar({active, counts, width, colour}: Props) {
	const build = (short: boolean): Segment<Style>[] =>
		TABS.map((t, i) => ({text: ` ${i + 1} ${short ? t.label.slice(0, 4) : t.label} ${counts[t.id]} `, style: (t.id === active ? 'tabActive' : 'tab') as Style}));
	let segments = build(false);
	if (segments.reduce((w, s) => w + displayWidth(s.text), 0) > width) segments = build(true);
	return <Line segments={segments} width={width} colour={colour} />;
}
