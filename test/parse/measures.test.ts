// The measures extractor on real report text: excerpts from the labelled corpus, kept as the
// reports print them (the Shaoxing report's half-width punctuation included).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Measure, Section} from '../../source/model/report.ts';
import {extractMeasures} from '../../source/parse/measures/index.ts';
import {leadOf} from '../../source/parse/sections.ts';

function sections(...texts: string[]): Section[] {
	return texts.map((text, i) => ({id: i + 1, lead: leadOf(text), heading: '', text, offset: 0}));
}

const texts = (measures: Measure[]) => measures.map(m => m.text);

function groupOf(measures: Measure[], group: string): Measure[] {
	return measures.filter(m => m.group === group);
}

test('the twelve 一要着力…十二要着力 measures carry their ordinals and the announced group', () => {
	const paragraph =
		'全会强调,加快实现“四个率先”战略目标,必须不断丰富完善以“两业经”“双城计”“活力城”为重点的高质量发展组合拳,谋划实施一批具有牵动性、创新性、突破性的重大举措。一要着力推动数字经济与产业集群深度融合,二要着力培育世界级现代制造业集群,三要着力增强优势领域创新策源能力,四要着力以产业和服务两条路径扩内需促消费,五要着力深化“融杭联甬接沪”发展格局,六要着力以三大国家级开放平台为抓手畅通“双循环”,七要着力彰显人民城市的文化品位,八要着力展示人民城市的颜值气质,九要着力提升人民城市的服务水平,十要着力以数字化改革推进市域治理现代化,十一要着力营造一流营商环境,十二要着力坚持发展新时代“枫桥经验”。';
	const measures = extractMeasures(sections(paragraph));
	assert.equal(measures.length, 12);
	assert.deepEqual(
		measures.map(m => m.ordinal),
		[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
	);
	assert.ok(measures.every(m => m.group === '重大举措' && m.type === 'task' && m.section === 1));
	assert.equal(measures[0].text, '推动数字经济与产业集群深度融合');
	assert.equal(measures[10].text, '营造一流营商环境');
	assert.equal(measures[11].text, '坚持发展新时代“枫桥经验”');
	for (const m of measures) assert.equal(paragraph.slice(m.start, m.start + m.text.length), m.text);
});

test("ordinal paragraphs 第一，… give each paragraph's first sentence, the ordinal removed", () => {
	const measures = extractMeasures(
		sections(
			'全会强调，2023年是贯彻党的二十大精神的开局之年。做好纪检监察工作，要坚持以习近平新时代中国特色社会主义思想为指导，深入推进新时代新征程纪检监察工作高质量发展。',
			'第一，围绕落实党的二十大战略部署强化政治监督。坚定维护党中央集中统一领导，推动各级党组织加强党的政治建设。',
			'第二，推动完善党的自我革命制度规范体系。促进完善党内法规制度体系，研究修订党纪处分条例。',
			'第三，有力发挥政治巡视利剑作用。突出政治巡视定位，全面贯彻中央巡视工作方针。',
		),
	);
	assert.deepEqual(texts(measures), ['围绕落实党的二十大战略部署强化政治监督', '推动完善党的自我革命制度规范体系', '有力发挥政治巡视利剑作用']);
	assert.deepEqual(
		measures.map(m => m.section),
		[2, 3, 4],
	);
	assert.deepEqual(
		measures.map(m => m.ordinal),
		[1, 2, 3],
	);
	assert.ok(measures.every(m => m.start === 3));
});

test('inline 一是… items stop at the first sentence, even when the item runs on', () => {
	const measures = extractMeasures(
		sections(
			'会议指出，支持农民工、大学生和退役士兵等返乡创业，可以促就业、增收入。会议确定，一是简化创业场所登记手续，推进“一址多照”、集群注册等改革。二是落实农民工等人员返乡创业定向减税和普遍性降费措施，对创业担保贷款财政按规定给予贴息。三是依托现有开发区、农业产业园发展返乡创业园和孵化基地。鼓励电子商务交易平台渠道下沉，带动网络创业。',
		),
	);
	assert.deepEqual(texts(measures), [
		'简化创业场所登记手续，推进“一址多照”、集群注册等改革',
		'落实农民工等人员返乡创业定向减税和普遍性降费措施，对创业担保贷款财政按规定给予贴息',
		'依托现有开发区、农业产业园发展返乡创业园和孵化基地',
	]);
});

test('a labelled ；-list after 主要预期目标是： keeps every target, two-clause ones whole', () => {
	const measures = extractMeasures(
		sections(
			'李强在报告中指出，今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。',
		),
	);
	assert.equal(measures.length, 7);
	assert.ok(measures.every(m => m.group === '主要预期目标' && m.type === 'goal'));
	assert.equal(measures[0].text, '国内生产总值增长5%左右');
	assert.equal(measures[6].text, '单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善');
});

test('labelled comma lists drop the purpose clause, in half-width punctuation too', () => {
	const measures = extractMeasures(
		sections(
			'全会指出,“十四五”时期绍兴经济社会发展指导思想是:忠实践行“八八战略”,奋力打造“重要窗口”,加快实现“四个率先”,统筹发展和安全,率先走出争创社会主义现代化先行省的市域发展之路,为我省争创社会主义现代化先行省作出新的更大贡献。为此,必须牢牢把握坚持党的全面领导、坚持以人民为中心、坚持新发展理念的原则。',
		),
	);
	assert.deepEqual(texts(groupOf(measures, '指导思想')), ['忠实践行“八八战略”', '奋力打造“重要窗口”', '加快实现“四个率先”', '统筹发展和安全', '率先走出争创社会主义现代化先行省的市域发展之路']);
	assert.deepEqual(texts(groupOf(measures, '原则')), ['坚持党的全面领导', '坚持以人民为中心', '坚持新发展理念']);
});

test('a label closing a clause announces the 、-list after it (战术原则，坚持A、B、C)', () => {
	const measures = extractMeasures(sections('要深刻把握加快实现“四个率先”的战术原则,坚持系统赋能、数字赋能、改革赋能、创新赋能、开放赋能,全面创新思维。'));
	assert.deepEqual(texts(measures), ['系统赋能', '数字赋能', '改革赋能', '创新赋能', '开放赋能']);
	assert.equal(measures[0].group, '战术原则');
});

test('a run of 着眼… clauses is one list, without the clause before it or the one after it', () => {
	const measures = extractMeasures(
		sections(
			'要深刻把握“十三五”时期绍兴取得的发展成就和“十四五”时期的发展趋势,把谋划和推动绍兴未来发展的战略基点放在新发展阶段的新要求下,着眼省委对绍兴的战略定位,着眼构建新发展格局,着眼科技革命和产业变革趋势,着眼区域一体化发展布局,着眼以人为核心的现代化进程,抓纲带目、精准发力、实现突破。',
		),
	);
	assert.equal(measures.length, 5);
	assert.equal(measures[0].group, '五个着眼');
	assert.equal(measures[0].text, '着眼省委对绍兴的战略定位');
	assert.equal(measures[4].text, '着眼以人为核心的现代化进程');
});

test('sentences opening 要进一步… form a list with the modal 要 dropped', () => {
	const measures = extractMeasures(
		sections(
			'全会强调，全党同志要增强忧患意识和风险意识。要进一步保持经济发展良好势头，推动经济持续健康发展。要进一步做好保障和改善民生工作，落实好各项惠民政策。要进一步深化改革开放，尊重人民首创精神。全面加强党的思想建设。',
		),
	);
	assert.deepEqual(texts(measures), ['进一步保持经济发展良好势头，推动经济持续健康发展', '进一步做好保障和改善民生工作，落实好各项惠民政策', '进一步深化改革开放，尊重人民首创精神']);
});

test("a sentence made of 深刻认识… items keeps each item's further clauses", () => {
	const measures = extractMeasures(
		sections(
			'要深刻认识习近平同志继续担任党的总书记、中央军委主席，凝聚了9600多万党员的共同意愿，深刻认识党的二十大主题，深刻认识新时代新征程中国共产党的使命任务，深刻认识全面建设社会主义现代化国家、全面推进中华民族伟大复兴，关键在党。',
		),
	);
	assert.equal(measures.length, 4);
	assert.equal(measures[0].text, '深刻认识习近平同志继续担任党的总书记、中央军委主席，凝聚了9600多万党员的共同意愿');
	assert.equal(measures[3].text, '深刻认识全面建设社会主义现代化国家、全面推进中华民族伟大复兴，关键在党');
});

test('a semicolon series leaves out the framing clause and the purpose clause', () => {
	const measures = extractMeasures(
		sections(
			'全会指出，各级纪检监察机关要把学习贯彻党的二十大精神作为首要政治任务。要深入贯彻落实党的二十大关于全面从严治党战略部署，深刻领悟“两个确立”的决定性意义，坚定不移担负“两个维护”重大政治责任；始终坚持正确政治方向，坚定不移用习近平新时代中国特色社会主义思想统领纪检监察一切工作；学习党章、尊崇党章，坚定不移履行党章赋予的职责；敢于斗争、善于斗争，坚定不移推动正风肃纪反腐向纵深发展，更好担负起党和人民赋予的使命责任。',
		),
	);
	assert.equal(measures.length, 4);
	assert.equal(measures[0].text, '深刻领悟“两个确立”的决定性意义，坚定不移担负“两个维护”重大政治责任');
	assert.equal(measures[3].text, '敢于斗争、善于斗争，坚定不移推动正风肃纪反腐向纵深发展');
});

test('a series whose first item follows its subject starts at the shared opener', () => {
	const measures = extractMeasures(
		sections('这一重要思想深刻回答了我们党“为什么要自我革命”的重大问题，指明了根本任务；深刻回答了我们党“为什么能自我革命”的重大问题，坚定了信心决心；深刻回答了我们党“怎样推进自我革命”的重大问题，展现了光明前景。'),
	);
	assert.equal(measures.length, 3);
	assert.ok(measures[0].text.startsWith('深刻回答了'));
	assert.equal(measures[0].group, '三个深刻回答');
});

test('adopted documents: a 、-list of titles, and laws after 通过了', () => {
	const titles = extractMeasures(
		sections('会议审议通过了《海南省创新驱动发展战略实施方案》、《深化政府采购制度改革方案》、《关于加强县级融媒体中心建设的意见》和《“街乡吹哨、部门报到”——北京市推进党建引领基层治理体制机制创新的探索》。'),
	);
	assert.deepEqual(texts(titles), [
		'《海南省创新驱动发展战略实施方案》',
		'《深化政府采购制度改革方案》',
		'《关于加强县级融媒体中心建设的意见》',
		'《“街乡吹哨、部门报到”——北京市推进党建引领基层治理体制机制创新的探索》',
	]);
	assert.ok(titles.every(m => m.type === 'decision'));
	const laws = extractMeasures(sections('会议经表决，通过了新修订的妇女权益保障法、黄河保护法、新修订的畜牧法；决定免去陈文清的国家安全部部长职务。'));
	assert.deepEqual(texts(laws), ['新修订的妇女权益保障法', '黄河保护法', '新修订的畜牧法']);
});

test('an adopted-document run keeps its verb but not the meeting as subject', () => {
	const measures = extractMeasures(
		sections(
			'全会讨论并通过了党的十九届中央委员会向中国共产党第二十次全国代表大会的报告，讨论并通过了党的十九届中央纪律检查委员会向中国共产党第二十次全国代表大会的工作报告，讨论并通过了《中国共产党章程（修正案）》，决定将这3份文件提请审议。',
		),
	);
	assert.equal(measures.length, 3);
	assert.ok(measures.every(m => m.text.startsWith('讨论并通过了')));
});

test('three paragraphs under one lead with task headings form a cross-paragraph series', () => {
	const measures = extractMeasures(
		sections(
			'全会提出，坚持和完善党的领导制度体系，提高党科学执政、民主执政、依法执政水平。党的领导是党和国家的根本所在。',
			'全会提出，坚持和完善人民当家作主制度体系，发展社会主义民主政治。我国是工人阶级领导的人民民主专政的社会主义国家。',
			'全会提出，坚持和完善中国特色社会主义法治体系，提高党依法治国、依法执政能力。建设中国特色社会主义法治体系是坚持和发展中国特色社会主义的内在要求。',
		),
	);
	assert.deepEqual(texts(measures), [
		'坚持和完善党的领导制度体系，提高党科学执政、民主执政、依法执政水平',
		'坚持和完善人民当家作主制度体系，发展社会主义民主政治',
		'坚持和完善中国特色社会主义法治体系，提高党依法治国、依法执政能力',
	]);
	assert.deepEqual(
		measures.map(m => m.section),
		[1, 2, 3],
	);
});

test('paragraphs that state facts under the same lead are not a series', () => {
	const measures = extractMeasures(sections('全会提出，党的领导是党和国家的根本所在、命脉所在。', '全会提出，人民是历史的创造者，人民是真正的英雄。', '全会提出，改革开放是决定当代中国命运的关键一招。'));
	assert.deepEqual(measures, []);
});

test('misses: slogan triplets, 要… sentence runs, non-marker sub-runs and 、-lists of names', () => {
	const measures = extractMeasures(
		sections(
			'全会号召,让我们更加紧密地团结在以习近平同志为核心的党中央周围,增强“四个意识”、坚定“四个自信”、做到“两个维护”,忠实践行“八八战略”,奋力打造“重要窗口”,为全省全国现代化建设作出更大贡献。',
			'会议指出，明年经济工作在政策取向上，要坚持稳中求进、提质增效。要继续实施更加积极的财政政策。保持必要的财政赤字、债务总规模和支出总量。要继续实施适度宽松的货币政策。把促进经济稳定增长作为货币政策的重要考量。要增强宏观政策取向一致性和有效性。',
			'全会指出，各级纪检监察机关要把学习贯彻党的二十大精神作为首要政治任务，把党的二十大精神学深悟透、融会贯通、落实落地，转化为深入推进纪检监察工作高质量发展的强大奋进力量，转化为坚定不移正风肃纪反腐的具体行动，转化为坚定维护党的先进纯洁的实际成效。',
			'会议分别表决通过了关于批准中国和肯尼亚、中国和刚果共和国、中国和摩洛哥关于刑事司法协助的条约的决定。',
			'市委常委会主持会议。市委书记马卫光讲话。市委副书记盛阅春、陈澄出席。',
		),
	);
	assert.deepEqual(texts(measures), []);
});

test('a nested list inside an item is not split out', () => {
	const measures = extractMeasures(
		sections(
			'严查重点问题，坚决查处政治问题和经济问题交织的腐败，坚决防止领导干部成为利益集团的代言人，坚决防止政商勾连；突出重点领域，深化整治金融、国有企业、政法等领域的腐败；紧盯重点对象，严肃查处领导干部亲属利用影响力谋私贪腐问题。',
		),
	);
	assert.equal(measures.length, 3);
	assert.ok(measures[0].text.startsWith('严查重点问题，坚决查处'));
});

test('ids run across groups in document order; a 把 run is named by what its items close with', () => {
	const measures = extractMeasures(
		sections(
			'会议强调，加强和改进出版工作，要坚持中国特色社会主义文化发展道路，坚持为人民服务、为社会主义服务，坚持百花齐放、百家争鸣，加强内容建设。',
			'会议强调，要把回顾总结40年改革开放同新时代推动全面深化改革结合起来，把吸取改革开放历史经验同解决现实矛盾问题结合起来，把充分展示改革开放伟大成就同提升人民群众获得感结合起来，以更大决心把改革开放推向深入。',
		),
	);
	assert.deepEqual(
		measures.map(m => m.id),
		[1, 2, 3, 4, 5, 6],
	);
	assert.deepEqual(
		measures.map(m => m.group),
		['三个坚持', '三个坚持', '三个坚持', '三个结合起来', '三个结合起来', '三个结合起来'],
	);
	assert.equal(measures[3].text, '把回顾总结40年改革开放同新时代推动全面深化改革结合起来');
});

test('items sharing a frame (X政策要…) are a list even without a shared opener', () => {
	const measures = extractMeasures(sections('要坚持宏观政策要稳、产业政策要准、微观政策要活、改革政策要实、社会政策要托底的总体思路。'));
	assert.deepEqual(texts(measures), ['宏观政策要稳', '产业政策要准', '微观政策要活', '改革政策要实', '社会政策要托底']);
	const subjects = extractMeasures(sections('各级党委要高度重视，各级政府要主动作为，各部门要密切配合。'));
	assert.deepEqual(subjects, []);
});

test('a label with 是 announces a ；-series before a comma too', () => {
	const measures = extractMeasures(
		sections(
			'全会提出，坚持和完善中国特色社会主义制度的总体目标是，到我们党成立一百年时，在各方面制度更加成熟更加定型上取得明显成效；到二〇三五年，各方面制度更加完善，基本实现国家治理体系和治理能力现代化；到新中国成立一百年时，全面实现国家治理体系和治理能力现代化。',
		),
	);
	assert.equal(measures.length, 3);
	assert.equal(measures[0].group, '总体目标');
	assert.equal(measures[0].text, '到我们党成立一百年时，在各方面制度更加成熟更加定型上取得明显成效');
});

test('a goal stated inline after 总目标是 lists its parts, when there are at least three', () => {
	const measures = extractMeasures(sections('全会指出，全面深化改革的总目标是完善和发展中国特色社会主义制度，推进国家治理体系现代化，提升国家治理能力。'));
	assert.deepEqual(texts(measures), ['完善和发展中国特色社会主义制度', '推进国家治理体系现代化', '提升国家治理能力']);
	assert.equal(measures[0].type, 'goal');
	// Two parts are one goal stated in two halves (LABELING.md: no labelled list has fewer than three).
	assert.deepEqual(extractMeasures(sections('全会指出，全面深化改革的总目标是完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化。')), []);
});

test('heading paragraphs 一、二、 keep their order across the （一）（二） paragraphs between them', () => {
	const measures = extractMeasures(
		sections('一、深入学习贯彻党的二十大精神', '（一）深刻领悟“两个确立”的决定性意义。全党要增强政治自觉。', '（二）坚定不移推进全面从严治党。', '二、扎实推动高质量发展', '三、切实保障和改善民生'),
	);
	const headings = measures.filter(m => [1, 4, 5].includes(m.section));
	assert.deepEqual(texts(headings), ['深入学习贯彻党的二十大精神', '扎实推动高质量发展', '切实保障和改善民生']);
	assert.ok(headings.every(m => m.group === headings[0].group));
	assert.deepEqual(texts(measures.filter(m => [2, 3].includes(m.section))), ['深刻领悟“两个确立”的决定性意义', '坚定不移推进全面从严治党']);
});

test('a series whose headings run on into their elaboration keeps the heading clause', () => {
	const measures = extractMeasures(
		sections(
			'全会提出，坚持创新发展，必须把创新摆在国家发展全局的核心位置，不断推进理论创新、制度创新、科技创新、文化创新等各方面创新，让创新贯穿党和国家一切工作。',
			'全会提出，坚持协调发展，必须牢牢把握中国特色社会主义事业总体布局，正确处理发展中的重大关系，重点促进城乡区域协调发展，不断增强发展整体性。',
			'全会提出，坚持绿色发展，必须坚持节约资源和保护环境的基本国策，坚持可持续发展，坚定走生产发展、生活富裕、生态良好的文明发展道路。',
		),
	);
	assert.deepEqual(texts(measures.filter(m => m.group === '全会提出的任务')), ['坚持创新发展', '坚持协调发展', '坚持绿色发展']);
});

test('an agenda announced by 主要议程是： is an agenda list', () => {
	const measures = extractMeasures(sections('会议的主要议程是：审议政府工作报告；审议国民经济和社会发展计划执行情况的报告；审议全国人大常委会工作报告。'));
	assert.deepEqual(texts(measures), ['审议政府工作报告', '审议国民经济和社会发展计划执行情况的报告', '审议全国人大常委会工作报告']);
	assert.ok(measures.every(m => m.type === 'agenda'));
});

test('a label may announce a 、-list inside one clause', () => {
	const measures = extractMeasures(sections('明年经济工作的重点任务是：扩大国内需求、发展新质生产力、防范化解重点领域风险。'));
	assert.deepEqual(texts(measures), ['扩大国内需求', '发展新质生产力', '防范化解重点领域风险']);
	assert.equal(measures[0].group, '重点任务');
});

test('one-clause sentences opening with the same task verb are a list', () => {
	const measures = extractMeasures(sections('会议强调，要抓好以下工作。加强党的政治建设。加强基层组织建设。加强干部队伍建设。'));
	assert.deepEqual(texts(measures), ['加强党的政治建设', '加强基层组织建设', '加强干部队伍建设']);
});

test('resolutions adopted in one 、-list, however long their names', () => {
	const measures = extractMeasures(sections('大会表决通过了关于政府工作报告的决议、关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的决议、关于全国人民代表大会常务委员会工作报告的决议。'));
	assert.equal(measures.length, 3);
	assert.ok(measures.every(m => m.type === 'decision' && m.text.endsWith('决议')));
});

test('a run introduced by 强调要 starts at its first marker', () => {
	const measures = extractMeasures(sections('全会提出了“十四五”时期经济社会发展必须遵循的原则，强调要坚持党的全面领导，坚持以人民为中心，坚持新发展理念，坚持深化改革开放，坚持系统观念。'));
	assert.deepEqual(texts(measures), ['坚持党的全面领导', '坚持以人民为中心', '坚持新发展理念', '坚持深化改革开放', '坚持系统观念']);
});

test('a frame list inside a clause leaves that clause to the 坚持 run around it', () => {
	const measures = extractMeasures(
		sections('会议强调，要坚持以提高发展质量和效益为中心，坚持宏观政策要稳、产业政策要准、微观政策要活、改革政策要实、社会政策要托底的政策思路，坚持以推进供给侧结构性改革为主线，适度扩大总需求。'),
	);
	assert.deepEqual(texts(measures.filter(m => m.group.endsWith('政策'))), ['宏观政策要稳', '产业政策要准', '微观政策要活', '改革政策要实', '社会政策要托底']);
	assert.equal(measures.filter(m => m.group === '三个坚持').length, 3);
});
