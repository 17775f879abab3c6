// The formulas that say who did what at the meeting — 主持, 讲话, 受…委托作的工作报告, 就《…》作了说明,
// 出席, 列席, 参加, 在主席台就座 — as one table: a new way of saying it is a row. formulas.ts reads them.
import {MEETING_OBJECT} from './titles.ts';
import {HAN} from '../../text/han.ts';
/** `acted`: relayed, read out or announced something at the meeting — present, but no group does it. */
export type Act = 'presided' | 'spoke' | 'reported' | 'explained' | 'attended' | 'observer' | 'acted';

export interface Formula {
	/** What `attendees --explain` calls the formula. */
	name: string;
	act: Act;
	pattern: RegExp;
	/** One person does this (主持, 讲话, 报告, 说明); a list is not expected. */
	single: boolean;
}

// A mirror's lost characters (参加会议??h委常委, 117) end a clause as a question mark does.
const CLAUSE_END = '(?=$|[，。；！？!?并])';

/** Ways of saying someone spoke at this meeting; a speech studied from elsewhere (讲话精神) is not one. */
const SPEAKING = [
	// 做 is written for 作 too: 政府区长刘建伟做了重要讲话 (148), 并做了总结发言 (210).
	// A speech's title may stand before it, as a report's and a lecture's do (作题为“…”辅导报告, 91):
	// 孙治国作了题为“以新状态新姿态开启新时代政法新征程 为建平振兴发展创造安全稳定社会环境”的讲话 (708).
	/(?:在[^，。；的]{1,40}?[上中时])?(?:[作做]了?|发表了?)(?:题为(?:“[^”]{1,80}”|《[^》]{1,80}》)的)?(?:重要|总结|动员|主旨|书面)?讲话(?![精稿要])/u,
	/(?:在[^，。；的]{1,40}?上)?(?<!的)讲话(?![精中时的稿要])/u,
	// 致辞, and the session speeches named for when they are given: 省政协主席许仲林致闭幕词 (145).
	/致辞|致(?:开幕|闭幕|欢迎|答谢)词/u,
	// …提出 as well: 镇长王一中在会议上提出“四要” (981).
	/在(?:会上|会议上|大会上|全会上|座谈会上)(?:强调|指出|要求|表示|说|提出)/u,
	// Summing the meeting up is speaking at it, as a speech given elsewhere (在…讲话时) is not:
	// 在总结讲话时强调 (119), 在总结讲话中要求 (449), 在总结中强调 (445).
	/在(?:作|做)?总结(?:讲话|发言)?[时中](?:强调|指出|要求|表示|说)/u,
	// …分别作了表态发言 (275), 新任命人员作表态发言 (251)
	// What the speech is on may stand between the speaker and the verb: 王平围绕“…”主题进行了研讨发言 (276);
	// so may what it draws on: …袁家军结合分管领域和地方的工作作了发言 (1962), …王友艳分别结合检察工作依次作了交流发言 (2135).
	/(?:(?:就|围绕|结合)[^，。；]{1,40}?(?=[作做进]))?(?:[作做]了?|进行了?)?(?:交流|大会|书面|总结|中心|表态|研讨)?发言(?![人稿])/u,
	// A study session's discussion: 党委副书记李国华、郝曼寅作研讨交流 (278), …进行了研讨发言 (276).
	/(?:[作做]|进行)了?(?:研讨交流|交流研讨)/u,
	// 区长惠冰作部署 (44): giving the instructions is speaking at the meeting; so is 安排部署 given in
	// detail: 对2009年工作做了详细安排部署 (148), 王昌杰对换届工作具体事宜做了详细安排部署 (318),
	// 李元明还对…筹备工作进行了安排部署 (316).
	/作了?(?:工作|具体|全面|动员)?部署/u,
	// Arranging the work in hand, bare or summed up first, is speaking too, where the clause ends there:
	// 肖锦霞就代表团分团活动有关事宜作了安排 (315), 省政府领导魏宏、钟勉…就分管工作进行了总结和安排 (1022).
	/(?:(?:对|就)[^，。；]{1,40}?(?=[作做进]))?(?:[作做]出?了?|进行了?)(?:详细|具体|全面|周密)?(?:安排部署|(?:总结和)?安排(?=$|[，。；]))/u,
	// Setting the meeting its tasks: 郑进武就健康扶贫工作提出具体要求 (583), 张晓燕也就…提出具体要求 (582),
	// 高峰就此次…推进会进行了总结并提出三点要求 (454), 刘元太对各代表组提出几点要求 (1033).
	/(?:(?:对|就)[^，。；]{1,40}?)?提出了?(?:几点|[一二三四五六七八九十两\d]{1,2}点|具体|明确|殷切)?要求/u,
	// Expounding to the meeting: 李洪兵就…相关政策进行深刻解读 (318), 对会议精神进行了深入地解读 (237),
	// 符良东就党代会相关要求和操作做了进一步解读 (982),
	// 林卓宏…重点解读了…的讲话 (317).
	/(?:(?:对|就)[^，。；]{1,40}?(?=[作做进]))?(?:进行了?|作了?|做了?)(?:深刻|深入|详细|全面|系统|进一步)?地?解读|解读了/u,
	// 全國人大會議發言人婁勤儉:「…」(61): a quotation after the speaker's name and a colon, or after
	// the name and 说 (市教委主任周旭说:“…, 178), which is no part of the name.
	/说?[：:](?=[「“])/u,
	// A lecture to the meeting: 就这个问题进行讲解 (74, 172), 围绕…作专题讲座 (165), 作题为“…”辅导报告 (91).
	// …孙首峰作立法专题辅导 (209): what the lecture is on may stand before 专题.
	// The title may be a book title and long: 史耀斌作了题为《全国人大及其常委会的预算审查监督…工作》的讲座 (compare
	// pair 13), 柳拯作了题为《深入学习贯彻…基层治理现代化》的讲座 (236), 贾庆国应邀作题为“…”的学习讲座 (236).
	/(?:(?:就|围绕)[^，。；]{1,30}?)?(?:进行|作|做)了?(?:题为(?:“[^”]{1,80}”|《[^》]{1,80}》)的?|[^，。；]{1,6}?(?=专题))?(?:专题|学习)?(?:讲解|讲座|辅导|辅导报告)/u,
];

/**
 * 受…委托 or 代表… before 作…报告: on someone's behalf. 代表 there is a verb, not the noun of 人民代表大会 or
 * 代表团 (…在市第十三届人民代表大会第四次会议上作的…, 156), nor of a committee's name in the reporter's post
 * (代表资格审查委员会主任委员刘同德作关于…的审查报告, 262; 代表资格审查委员会主任高强华所作的…报告 and
 * 代表工委主任莫菊妃所作的…报告, 933), nor the delegates hearing the report (与会代表听取、审议并通过了余安军
 * 同志所作的《政府工作报告》, 1386, as 代表们听取并审议了政府工作报告, 1218, and 全体镇人大代表听取并审议通过了
 * 《政府工作报告》, 1217, say with no reporter named).
 */
const ON_BEHALF = String.raw`(?:受[^，。；]{1,30}?委托|代表(?!大会|团|资格|工委|工作委员会)(?:(?!听取|审议|通过)[^，。；]){1,30}?)`;
/** 作 as a verb, not the end of a noun (审计工作报告, 合作, 写作, 创作, 操作, 运作). */
const MADE = '(?<![工合写创协操动运])';
/** What a report's words never run across: another act (作重要讲话后听取了…报告). */
const NO_OTHER_ACT = '(?!讲话|发言|说明|听取|审议)';

/** Ways of saying someone delivered a report to the meeting. */
const REPORTING = [
	// A report's title may carry its own commas: 所作的《深入学习…，纵深推进…》工作报告.
	// 做 is written for 作 here too: 县审计局局长蒋立新代表县政府做的《关于…整改落实情况的报告》 (1000).
	new RegExp(String.raw`${ON_BEHALF}，?(?:向[^，。；]{1,20}?)?所?[作做](?:的|了)?(?:《[^》]{1,80}》|[^，。；《]){0,80}?报告`, 'u'),
	new RegExp(String.raw`${ON_BEHALF}，?向[^，。；]{1,20}?报告工作`, 'u'),
	// A briefing given on another's behalf is that body's report: 李强受中共中央委托通报了…情况.
	/受[^，。；]{1,30}?委托，?(?:向[^，。；]{1,20}?)?通报了?/u,
	// 作的报告 is heard (听取了刘奇作的报告).
	// To whom stands between the name and 作 as in 向全会作了说明 (shared 07): 余晓斌向大会作了提案工作报告 (113).
	// On how something stands: 区委副书记叶林霞作…代表大会筹备工作情况的报告 (829), 刘光复作九届省政协提案工作情况的报告 (332).
	// What kind of report after its subject: 刘同德作关于个别代表的代表资格的审查报告 (262), 李谦作的关于安峪工业园区和樱桃园区建设情况的调研报告 (868).
	// A subject longer than a title, with no 关于 or 情况的 to mark it: 莊鐘平作的2015年業務費和福利費使用情況報告 (1373),
	// 闫茂德作《我院2020-2021年度工作报告》 (1375), 郑忠作2003年财务决算和2004年预算报告 (the pages store's
	// http://kevinhartlaughatmypain.com/display.php?id=7313); never across a speech (作重要讲话后听取了…报告).
	// A report's title without 题为: 徐荩向全会作了《关于…工作情况》的报告 (119), 马敏作了《振奋精神 奋发向上…》的工作报告 (1347).
	new RegExp(
		String.raw`${MADE}(?:向(?:大会|全会|会议))?所?作(?:了|的)?(?:关于[^。；]{1,80}?的(?:审查|调研|审议结果)?|(?:题为)?《[^》]{1,80}》的(?:工作)?|[^，。；]{2,60}?情况的|(?:${NO_OTHER_ACT}[^，。；的]){0,30})报告(?!会)` +
			String.raw`|${MADE}所?作的(?:${NO_OTHER_ACT}[^，。；]){1,40}?报告(?!会)|${MADE}所?作的关于[^。；]{1,80}?的汇报`,
		'u',
	),
	// 政協主席王滬寧發表上任後首份工作報告 (59)
	/发表了?[^，。；]{0,12}?工作报告/u,
	// Reporting to the meeting on an item of business: 刘奇就…议程草案作了汇报, 听取了郑栅洁关于…的汇报
	// (a body's report, 国务院关于…的报告, has no one to name).
	/(?<!成)就[^。；]{1,80}?(?:作了?|进行了?)(?:工作)?(?:汇报|报告)/u,
	/关于[^，。；]{1,80}?的(?:工作|情况|专题|综合)?(?:汇报|报告)(?!会)/u,
];

/**
 * Occasions other than a sitting that a closing formula says someone took part in; 活动 only
 * as one already told of (上述活动), since 组织党员参加活动 says nothing about this meeting.
 */
// …负责人参加宣誓仪式 (250): those at an oath-taking are at the meeting that holds it.
const CEREMONY = '(?:(?:上述|以上|有关|相关|当天的|这次)活动|(?:上述|以上|有关|相关|当天的|这次)?(?:会见|会谈|接见|宴会|欢迎宴会|招待会|欢迎仪式|签字仪式|颁奖仪式|(?:宪法)?宣誓仪式|仪式|晚会|音乐会|升旗仪式))';

/**
 * A seat on the rostrum, as a pattern's source. 就坐 is the same seat, written so in 113 (在主席台前排就坐) and
 * 133; the sitting may name the rostrum (在大会主席台就座的还有, 1025; 在閉幕會議主席臺前排就座, 964).
 */
export const ROSTRUM_SEAT = String.raw`在(?:${HAN}{0,4}会议?)?主席台[^，。；]{0,8}?就[座坐]`;

export const FORMULAS: readonly Formula[] = [
	{name: '主持', act: 'presided', pattern: /主持(?:召开)?(?![人词])/gu, single: true},
	{name: '讲话', act: 'spoke', pattern: new RegExp(SPEAKING.map(pattern => pattern.source).join('|'), 'gu'), single: true},
	{name: '作报告', act: 'reported', pattern: new RegExp(REPORTING.map(pattern => pattern.source).join('|'), 'gu'), single: true},
	// …高虎城作了说明 (72); 孔昌生介绍了提名候选人情况 (97)
	// Leading the reading of what a study session studies is speaking to it: 区长范传斌领学… (34),
	// 党组成员余刚、段传新…分别领学《…》 (137), 党工委委员车建乐分别领学了… (138).
	{name: '领学', act: 'spoke', pattern: /领学了?/gu, single: true},
	// 听取了…尤权关于…讨论情况的说明 (202): an explanation the meeting heard, 作 or not (作出: 张云就…《决议(草案)》作出说明, 857);
	// 张曙光就选举…代表事宜进行了说明 (414). The 就 of 成就 opens nothing: …重大成就和历史经验的决议》，
	// 总书记习近平就决议讨论稿向全会作了説明 (563).
	// 对 as 就: 金人庆代表国务院对《…议案》作的说明 (813), 工作人员对《政府工作报告》(讨论稿)的框架…作了说明.
	// What is explained may follow 作 directly: 副市长章周中作《…实施方案》的说明 (831), 组织部长程贤华作…预备人选的说明 (829),
	// 组织部部长林丽凤作关于…建议名单的说明 (109). Or after 作的: 刘强作的关于人事事项的说明 (150), 周凯作的关于…草案的说明
	// (264), 丁耀民所作的关于《…》的说明 and 吕祖善所作的人事议案的说明 (1302).
	{
		name: '作说明',
		act: 'explained',
		pattern:
			/(?<!成)[就对][^。；]{1,100}?(?:作出?|进行)[了的]?说明|(?:所?作[了的]?)?关于[^。；]{1,80}?的说明|所作的[^，。；]{2,60}?的说明|(?<![工合写创协操动运])作(?:《[^》]{1,80}》|[^，。；了的]{2,80})的说明|作了说明(?=$|[，。；])|介绍了[^，。；]{2,60}?情况/gu,
		single: true,
	},
	// Someone who relays, reports back or reads out at the meeting is there, though not its speaker.
	// 宣布…开幕 is said by whoever chairs; 参加…审议时的讲话 recalls another occasion.
	{
		name: '传达/宣读/汇报',
		act: 'acted',
		pattern: /(?:传达|通报|宣读|汇报)了?(?!精神)|宣布(?=：?[^。；]{0,40}?(?:开幕|闭幕|开始|结束))|参加了?[^，。；]{0,12}?(?:审议|讨论|座谈)(?![时期的])/gu,
		single: true,
	},
	// 参会 is 参加会议 in one word: 部分人大代表、政协委员应邀参会 (436), 学院全体教工党员参会 (445),
	// …县级各部门主要负责人参会 (360).
	{name: '出席', act: 'attended', pattern: new RegExp(`(?:应邀|受邀)?(?:(?:出席|参加)了?${MEETING_OBJECT}?|参会)${CLAUSE_END}`, 'gu'), single: false},
	// 習近平等領導人出席全國政協會議 (59): a meeting named in full.
	{name: '出席（会议全称）', act: 'attended', pattern: new RegExp(`(?:应邀|受邀)?(?:出席|参加)了?[^，。；、的]{2,30}?${MEETING_OBJECT}${CLAUSE_END}`, 'gu'), single: false},
	// 汪东明黄锦锋等到会祝贺 (45), 副市长沈坚到会听取对《政府工作报告》…的意见建议 (52)
	{name: '到会', act: 'attended', pattern: /(?<![应实])到会(?:祝贺|指导|听取|讲话|致辞)?(?![委代人])/gu, single: false},
	// 新当选的市人民政府市长王健…进行了宪法宣誓 (56): those sworn in are there.
	{name: '宪法宣誓', act: 'acted', pattern: /(?:进行了?|举行了?)?宪法宣誓/gu, single: false},
	// The closing line of a visit or ceremony: 王毅参加上述活动, 蔡奇、王毅等参加会见, 出席欢迎仪式.
	{name: '出席活动', act: 'attended', pattern: new RegExp(`(?:应邀|受邀)?(?:出席|参加|陪同参加)了?${CEREMONY}${CLAUSE_END}`, 'gu'), single: false},
	// 蔡奇、王毅等陪同会见 / 陪同考察: those accompanying are there, but no group is said to attend.
	{name: '陪同', act: 'acted', pattern: new RegExp(`陪同(?:会见|会谈|出席|参加|考察|调研|参观)?${CLAUSE_END}`, 'gu'), single: false},
	// 习近平、李强…等同各界人士代表欢聚一堂: those gathering with others are there; the others follow 同.
	// Not a formula of attendance for groups (LABELING.md lists 出席, 参加, 就座), so no group is read.
	{name: '欢聚一堂', act: 'acted', pattern: /(?:同(?!志)|与(?!会))[^。；]{1,120}?(?:欢聚一堂|共聚一堂|齐聚一堂)|(?:欢聚一堂|共聚一堂|齐聚一堂)/gu, single: false},
	// A sitting's executive chairs, named by who took the chair: 本次会议执行主席由黄茂军、…卫强担任 (199),
	// 开幕会的执行主席由杨正明、梁承祥担任 (192). They sit on the rostrum: present, whoever presides.
	// 担任 first, the look back after it: led by the look back, the pattern looked 200 characters back from every position.
	{name: '执行主席由…担任', act: 'attended', pattern: /担任(?<=执行主席由[^，。；]{2,200}?担任)(?=$|[，。；])/gu, single: false},
	{name: '主席台就座', act: 'attended', pattern: new RegExp(`${ROSTRUM_SEAT}(?!的)`, 'gu'), single: false},
	// 县直部门负责人…应邀列席了会议 (113), 32位获奖代表应邀列席会议 (Birdbird/ast, protected/views/huinong/index.php),
	// 有關方面負責人受邀列席 (176): invited, as 应邀出席.
	// Throughout: 董兆庆应邀全程列席会议 (1252), 市政协主席叶梅生全程列席会议 (1907).
	{name: '列席', act: 'observer', pattern: new RegExp(`(?:应邀|受邀)?(?:全程)?(?:列席(?:或旁听)?|旁听)了?${MEETING_OBJECT}?${CLAUSE_END}`, 'gu'), single: false},
	// The meeting sat in on named in full, as 出席 has it: 特邀新闻媒体负责同志列席省政府常务会议 (699); not
	// those who sit in (15名特邀列席代表参加会议, 245; 列席人员应邀列席会议, 576).
	{name: '列席（会议全称）', act: 'observer', pattern: new RegExp(`(?:应邀|受邀)?列席了?(?!代表|人员)[^，。；、的出列参]{2,30}?${MEETING_OBJECT}${CLAUSE_END}`, 'gu'), single: false},
	// 政治局其他成員以及中央各部委主要負責人都列席聆聽 (86)
	{name: '列席聆听', act: 'observer', pattern: /列席(?:聆听|听取|旁听)(?=$|[，。；])/gu, single: false},
	// A study session's audience: 中央政治局的同志认真听取了他的讲解 (74), 中共中央政治局各位同志认真听取了讲解 (71)
	{name: '听取讲解', act: 'attended', pattern: /(?:认真)?听取了?[^，。；]{0,6}?(?:讲解|讲座|辅导报告|专题辅导)/gu, single: false},
];

/** Words one of the formulas needs: most sentences of a long input have none, and skip them all. */
export const ANY_FORMULA =
	/研讨|安排|提出[^，。；]{0,3}要求|解读|参会|就坐|致|介绍|讲解|讲座|辅导|一堂|到会|宣誓|执行主席|陪同|主持|讲话|致辞|会上|会议上|发言|部署|讲解|辅导|报告|说明|传达|通报|宣读|汇报|领学|宣布|出席|参加|就座|列席|旁听/u;
