// Sections · Measures · Attendees · Terms with their counts; the active tab in inverse.
import {ScreenRow} from './PaneLines.tsx';
import type {TabId} from '../view/tabs.ts';
import {tabLine} from '../draw/screen-lines.ts';

export function TabBar({active, counts, width, colour}: {active: TabId; counts: Record<TabId, number | null>; width: number; colour: boolean}) {
	return <ScreenRow lines={[tabLine(active, counts, width)]} colour={colour} />;
}
