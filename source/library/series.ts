// Which series a report belongs to, from its meeting's name and its title: the library groups
// central plenums, CCDI plenums, State Council meetings, city plenums and so on together.

export interface Series {
	/** Stable key, for JSON and sorting. */
	key: string;
	/** What the browser shows. */
	label: string;
}

// First match wins: the CCDI's plenums name the Central Committee too, so they come first.
const RULES: [RegExp, Series][] = [
	[/中央纪律检查委员会|中央纪委/, {key: 'ccdi', label: '中央纪委全会 CCDI plenums'}],
	[/中央委员会第[一二三四五六七八九十]+次全体会议|中央全会|[一二三四五六七八九十]中全会/, {key: 'central-plenum', label: '中央全会 Central Committee plenums'}],
	[/中央政治局/, {key: 'politburo', label: '中央政治局 Politburo'}],
	[/中央经济工作会议|中央[^，。]{0,12}委员会第[一二三四五六七八九十]+次会议|中央[^，。]{0,8}工作会议/, {key: 'central', label: '中央会议 Central meetings'}],
	[/国务院常务会议|国务院常务/, {key: 'state-council', label: '国务院常务会议 State Council meetings'}],
	[/政府工作报告/, {key: 'work-report', label: '政府工作报告 Government work reports'}],
	[/人大常委会|人民代表大会常务委员会/, {key: 'npc-standing', label: '人大常委会 NPC standing committees'}],
	[/全国人民代表大会|全国人大/, {key: 'npc', label: "全国人大 National People's Congress"}],
	[/政协|政治协商会议/, {key: 'cppcc', label: '政协 CPPCC'}],
	[/代表大会/, {key: 'congress', label: '代表大会 Congresses'}],
	[/(省|自治区)委[^，。]{0,12}(全体|全会)/, {key: 'province-plenum', label: '省委全会 Provincial plenums'}],
	[/市委[^，。]{0,12}(全体|全会)/, {key: 'city-plenum', label: '市委全会 City plenums'}],
	[/新闻联播/, {key: 'xwlb', label: '新闻联播 News broadcasts'}],
];

export const OTHER: Series = {key: 'other', label: '其他 Other'};

export const SERIES_ORDER: string[] = [...RULES.map(([, s]) => s.key), OTHER.key];

export function seriesOf(meeting: string | null, title: string): Series {
	const text = `${meeting ?? ''}\n${title}`;
	return RULES.find(([pattern]) => pattern.test(text))?.[1] ?? OTHER;
}

export function seriesLabel(key: string): string {
	return RULES.find(([, s]) => s.key === key)?.[1].label ?? OTHER.label;
}
