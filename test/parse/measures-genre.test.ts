// The measures extractor on list shapes the labelled corpus does not show: agendas in comma
// clauses, 主要是 without a colon, adopted documents of different kinds. Sentences are written in
// the genre's wording, each test naming what a reader would see listed, or not.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Measure, Section} from '../../source/model/report.ts';
import {extractMeasures} from '../../source/parse/measures/index.ts';
import {leadOf} from '../../source/parse/sections.ts';
import {devLine, parseDev} from '../helpers/dev-corpus.ts';

function sections(...texts: string[]): Section[] {
	return texts.map((text, i) => ({id: i + 1, lead: leadOf(text), heading: '', text, offset: 0}));
}

const texts = (measures: Measure[]) => measures.map(m => m.text);

test('a State Council opening sentence in comma clauses lists the agenda', () => {
	const measures = extractMeasures(sections('国务院总理6月16日主持召开国务院常务会议，研究推动经济持续回升向好的一批政策措施，审议通过《加大力度支持科技型企业融资行动方案》，讨论《中华人民共和国学位法（草案）》。'));
	assert.deepEqual(texts(measures), ['研究推动经济持续回升向好的一批政策措施', '审议通过《加大力度支持科技型企业融资行动方案》', '讨论《中华人民共和国学位法（草案）》']);
	assert.ok(measures.every(m => m.group === '会议议题' && m.type === 'agenda'));
});

test('the same agenda with semicolons gives the same items', () => {
	const measures = extractMeasures(sections('国务院总理6月16日主持召开国务院常务会议，研究推动经济持续回升向好的一批政策措施；审议通过《加大力度支持科技型企业融资行动方案》；讨论《中华人民共和国学位法（草案）》。'));
	assert.deepEqual(texts(measures), ['研究推动经济持续回升向好的一批政策措施', '审议通过《加大力度支持科技型企业融资行动方案》', '讨论《中华人民共和国学位法（草案）》']);
	assert.ok(measures.every(m => m.type === 'agenda'));
});

test('a convening sentence that goes on to narrate is not an agenda', () => {
	const measures = extractMeasures(
		sections('中共中央政治局4月30日召开会议，决定今年7月在北京召开全体会议，主要议程是，中共中央政治局向中央委员会报告工作。', '市委书记主持召开市委常委会会议，传达学习全国两会精神，大家一致表示坚决拥护。'),
	);
	assert.deepEqual(measures, []);
});

test('an agenda announced 根据…会议议程，…将审议A，审查B lists each item from its verb', () => {
	const measures = extractMeasures(sections('根据表决通过的会议议程，十四届全国人大二次会议将审议政府工作报告，审查2024年中央和地方预算草案，审议全国人民代表大会常务委员会工作报告，审议最高人民法院工作报告。'));
	assert.deepEqual(texts(measures), ['审议政府工作报告', '审查2024年中央和地方预算草案', '审议全国人民代表大会常务委员会工作报告', '审议最高人民法院工作报告']);
	assert.ok(measures.every(m => m.group === '会议议程' && m.type === 'agenda'));
});

test('主要是 lists its items with or without a colon, named by the noun before it', () => {
	const plain = '会议指出，经济持续回升向好仍面临诸多挑战，主要是有效需求仍然不足，企业经营压力较大，重点领域风险隐患较多，国内大循环不够顺畅。';
	const colon = plain.replace('主要是', '主要是：');
	for (const text of [plain, colon]) {
		const measures = extractMeasures(sections(text));
		assert.deepEqual(texts(measures), ['有效需求仍然不足', '企业经营压力较大', '重点领域风险隐患较多', '国内大循环不够顺畅']);
		assert.ok(measures.every(m => m.group === '挑战（主要是）' && m.type === 'other'));
	}
});

test('主要是 splits 、-parts that are statements, not a 、-list of nouns sharing a predicate', () => {
	const measures = extractMeasures(sections('会议指出，推动经济回升向好需要克服一些困难和挑战，主要是有效需求不足、部分行业产能过剩、社会预期偏弱，国内大循环存在堵点，外部环境的复杂性、严峻性、不确定性上升。'));
	assert.deepEqual(texts(measures), ['有效需求不足', '部分行业产能过剩', '社会预期偏弱', '国内大循环存在堵点', '外部环境的复杂性、严峻性、不确定性上升']);
	assert.equal(measures[0].group, '困难和挑战（主要是）');
});

test('主要是 explaining a cause is not a list', () => {
	const measures = extractMeasures(sections('会议认为，这些问题的出现，主要是因为体制机制不够健全，工作落实不够到位，监督管理不够有力。'));
	assert.deepEqual(measures, []);
});

test('adopted documents of different kinds (决议, 报告) are one list', () => {
	const measures = extractMeasures(sections('会议通过了政协全国委员会关于常务委员会工作报告的决议、政协全国委员会提案委员会关于提案审查情况的报告、政协全国委员会政治决议。'));
	assert.deepEqual(texts(measures), ['政协全国委员会关于常务委员会工作报告的决议', '政协全国委员会提案委员会关于提案审查情况的报告', '政协全国委员会政治决议']);
	assert.ok(measures.every(m => m.type === 'decision'));
});

test('a goal mentioned inside a frame does not announce the modifiers after it', () => {
	const measures = extractMeasures(sections('全会指出，要坚定不移深化改革开放，紧紧围绕全面建设社会主义现代化国家的目标，推出一批战略性、创造性、引领性改革举措。'));
	assert.deepEqual(measures, []);
});

test('a series keeps its first item when a subject stands before the marker', () => {
	const measures = extractMeasures(sections('全党同志对党中央的决心要有足够自信，对取得的成绩要有足够自信，对带来的正能量要有足够自信，对光明前景要有足够自信。'));
	assert.deepEqual(texts(measures), ['对党中央的决心要有足够自信', '对取得的成绩要有足够自信', '对带来的正能量要有足够自信', '对光明前景要有足够自信']);
	assert.ok(measures.every(m => m.group === '四个足够自信'));
});

test('a series restated with 这就是 keeps its first item', () => {
	const measures = extractMeasures(sections('规律性认识达到新的高度。这就是坚持党中央集中统一领导，坚持党要管党、全面从严治党，坚持以党的政治建设为统领，坚持严的主基调不动摇，形成全面覆盖的监督合力。'));
	assert.deepEqual(texts(measures), ['坚持党中央集中统一领导', '坚持党要管党、全面从严治党', '坚持以党的政治建设为统领', '坚持严的主基调不动摇']);
	assert.ok(measures.every(m => m.group === '四个坚持' && m.type === 'principle'));
});

test('a verb before a one-character marker is not a subject (可以在…)', () => {
	const measures = extractMeasures(sections('各地可以在试点中探索，在基层中推广，在全省范围内总结，形成经验。'));
	assert.ok(!measures.some(m => m.text.startsWith('在试点')));
});

test('a non-marker run that only sets the scene for the main clause is not a list', () => {
	const measures = extractMeasures(sections('面对纷繁复杂的国际国内形势，面对新一轮科技革命和产业变革，面对人民群众新期待，必须继续把改革推向前进。'));
	assert.deepEqual(measures, []);
});

test('在…上 runs are named by what every item does, or by the frame', () => {
	const shared = extractMeasures(sections('要在学习理解上深化，在宣传阐释上深化，在贯彻落实上深化。'));
	assert.ok(shared.length === 3 && shared.every(m => m.group === '三个深化'));
	const framed = extractMeasures(sections('要在政策实施上强化协同联动，在政策储备上打好提前量，在政策效果评价上注重有效性。'));
	assert.ok(framed.length === 3 && framed.every(m => m.group === '三个在…上'));
});

test('paragraphs under one lead that do not open with a task verb are not a series', () => {
	const measures = extractMeasures(
		sections('会议强调，在充分肯定成绩的同时，也要看到经济下行压力仍然较大。', '会议强调，要按照中央经济工作会议决策部署，贯彻党的十八届五中全会精神。', '会议强调，宏观经济政策要增强针对性。'),
	);
	assert.deepEqual(measures, []);
});

test('ordinal paragraphs after a sentence that ends in an achievement are named as tasks, not 成效', () => {
	const measures = extractMeasures(
		sections(
			'全会提出，2016年工作总体要求是：全面贯彻党的十八大精神，坚持全面从严治党，不断取得党风廉政建设和反腐败斗争新成效。',
			'第一，严明党的纪律，完善监督制度。政治纪律在党的纪律中永远排在第一位。',
			'第二，深化体制机制改革，夯实管党治党责任。党的责任重如泰山。',
			'第三，坚持高压态势，坚决遏制腐败蔓延势头。',
		),
	);
	const tasks = measures.filter(m => m.section > 1);
	assert.equal(tasks.length, 3);
	assert.ok(tasks.every(m => m.group === '三项任务' && m.type === 'task'));
	assert.ok(measures.filter(m => m.section === 1).every(m => m.group === '总体要求' && m.type === 'principle'));
});

test('a list announced with 以下 is named by the words after it', () => {
	const measures = extractMeasures(
		sections(
			'全会指出，党的十八大以来，中央纪委边学习思考、边实践感悟，有以下深切体会。',
			'一是尊崇党章，坚持以德治党与依规治党相统一。党章是根本行为规范。',
			'二是实现战略布局，必须坚持党的领导。',
			'三是坚持问题导向，发挥标本兼治作用。',
		),
	);
	assert.equal(measures.length, 3);
	assert.ok(measures.every(m => m.group === '深切体会'));
});

test('a ；-series whose items each open with 必须 is named 六个必须, not a cut word', () => {
	const measures = extractMeasures(
		sections(
			'全面从严治党开辟了自我革命的新境界。必须坚持以党的政治建设为统领，坚守自我革命根本政治方向；必须坚持把思想建设作为党的基础性建设，淬炼自我革命锐利思想武器；必须坚决落实中央八项规定精神，丰富自我革命有效途径；必须坚持以雷霆之势反腐惩恶，打好自我革命攻坚战。',
		),
	);
	assert.equal(measures.length, 4);
	assert.ok(measures.every(m => m.group === '四个必须' && m.type === 'principle'));
});

test('a ；-series of 要… items starts its first item at the modal, after the framing clauses', () => {
	const measures = extractMeasures(
		sections(
			'在酝酿过程中，大家认为，领导人员人选的产生，要全面贯彻新时代中国特色社会主义思想，深刻领悟“两个确立”的决定性意义；要坚定不移走中国特色社会主义政治发展道路，加强全国人大的工作；要坚持党管干部原则，严把人选政治关。',
		),
	);
	assert.equal(measures[0].text, '全面贯彻新时代中国特色社会主义思想，深刻领悟“两个确立”的决定性意义');
	assert.ok(measures.every(m => m.group === '三个要' && m.type === 'requirement'));
});

test('a ；-series of 审议… items is an agenda, its first item from the verb', () => {
	const measures = extractMeasures(
		sections('委员长会议建议，常委会第三次会议审议无障碍环境建设法草案、对外关系法草案；审议国务院关于提请审议粮食安全保障法草案的议案；审议国务院关于提请审议关于设立全国生态日的决定草案的议案。'),
	);
	assert.equal(measures.length, 3);
	assert.equal(measures[0].text, '审议无障碍环境建设法草案、对外关系法草案');
	assert.ok(measures.every(m => m.type === 'agenda'));
});

test('a sentence made only of 是…的必然要求 clauses is a list named by that phrase', () => {
	const measures = extractMeasures(
		sections('这是坚持和完善中国特色社会主义制度的必然要求，是贯彻新发展理念的必然要求，是坚持以人民为中心的必然要求，是应对重大风险挑战的必然要求。全党必须自觉把改革摆在更加突出位置。'),
	);
	assert.equal(measures.length, 4);
	assert.equal(measures[0].text, '这是坚持和完善中国特色社会主义制度的必然要求');
	assert.ok(measures.every(m => m.group === '四个必然要求' && m.type === 'other'));
	const mixed = extractMeasures(sections('改革是发展的必然要求，是人民的期待，也是时代的必然要求。'));
	assert.deepEqual(mixed, []);
});

test('X政策要… items closing on 的总体思路 are principles', () => {
	const measures = extractMeasures(sections('要坚持宏观政策要稳、产业政策要准、微观政策要活、改革政策要实、社会政策要托底的总体思路。'));
	assert.equal(measures.length, 5);
	assert.ok(measures.every(m => m.type === 'principle'));
});

test('a list inside a task paragraph is a task list', () => {
	const measures = extractMeasures(
		sections('第一，强化政治监督。紧紧围绕党中央决策部署加强监督检查。', '第二，深化作风建设。着力强化监督检查，着力强化通报曝光，着力强化问责追责，推动作风持续好转。', '第三，一体推进不敢腐、不能腐、不想腐。'),
	);
	const nested = measures.filter(m => m.group === '三个着力强化');
	assert.equal(nested.length, 3);
	assert.ok(nested.every(m => m.type === 'task'));
});

test('clauses closing a sentence with the same modal and verb are a list after their frame', () => {
	const measures = extractMeasures(sections('他强调，全面建成小康社会，进而实现中华民族伟大复兴的中国梦，必须依靠知识，必须依靠劳动，必须依靠广大青年。'));
	assert.deepEqual(texts(measures), ['依靠知识', '依靠劳动', '依靠广大青年']);
	assert.ok(measures.every(m => m.group === '三个必须依靠'));
	const mixed = extractMeasures(sections('全面建成小康社会，必须依靠知识，必须坚持改革，必须加强团结。'));
	assert.deepEqual(mixed, []);
});

test('an adopted-laws list keeps items with a bracketed number or stage', () => {
	const measures = extractMeasures(sections('会议表决通过了新修订的公司法、关于修改慈善法的决定、粮食安全保障法、刑法修正案（十二）；决定任命某某为某部部长。'));
	assert.deepEqual(texts(measures), ['新修订的公司法', '关于修改慈善法的决定', '粮食安全保障法', '刑法修正案（十二）']);
	assert.ok(measures.every(m => m.type === 'decision'));
	const drafts = extractMeasures(sections('会议审议通过了某某法（草案）、某某法（修订草案）、某某条例。'));
	assert.deepEqual(texts(drafts), ['某某法（草案）', '某某法（修订草案）', '某某条例']);
});

test('two things after a label or two adopted decisions are not a list', () => {
	assert.deepEqual(extractMeasures(sections('全会指出，进一步全面深化改革的总目标是继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化。')), []);
	// Two whole clauses after one verb (shared 11-npcsc13-37th-closing-xwlb).
	assert.deepEqual(
		extractMeasures(sections('会议分别表决通过了关于批准中国和肯尼亚、中国和刚果共和国、中国和摩洛哥、中国和厄瓜多尔关于刑事司法协助的条约的决定，关于批准制止与国际民用航空有关的非法行为的公约的决定。')),
		[],
	);
	const three = extractMeasures(sections('会议的主要任务是：完善甲制度，推进乙改革，加强丙建设。'));
	assert.equal(three.length, 3);
});

test('a 、-list closed by 等原则 is a list of principles, as one closed by 的原则 is', () => {
	const items = ['坚持党的全面领导', '坚持以人民为中心', '坚持守正创新', '坚持系统观念'];
	for (const closer of ['等', '的']) {
		const measures = extractMeasures(sections(`全会强调，进一步全面深化改革要总结和运用宝贵经验，贯彻${items.join('、')}${closer}原则。`));
		assert.deepEqual(texts(measures), items);
		assert.ok(measures.every(m => m.type === 'principle'));
	}
});

test('what a 作出系统部署，强调… sentence stresses is a task list, written 作出 or 做出', () => {
	const items = ['构建高水平社会主义市场经济体制', '健全推动经济高质量发展体制机制', '构建支持全面创新体制机制', '健全宏观经济治理体系'];
	for (const verb of ['作出', '做出']) {
		const measures = extractMeasures(sections(`全会对进一步全面深化改革${verb}系统部署，强调${items.join('，')}。`));
		assert.deepEqual(texts(measures), items);
		assert.ok(measures.every(m => m.type === 'task'));
	}
	// 强调 after any other clause is a speech verb, not this label.
	assert.deepEqual(extractMeasures(sections('全会听取了工作报告，强调构建甲体制，健全乙机制，完善丙体系。')), []);
});

test('a sentence item runs to its closing ；, not on to the 。 past the next task', () => {
	const measures = extractMeasures(
		sections('以“同查”严惩风腐交织问题，强化监督、深化治理；一刻不停惩治腐败，加大跨境腐败治理力度。以“同治”铲除风腐共性根源，讲好中国反腐败故事。以“查”、“治”贯通阻断风腐演变，以大数据信息化赋能正风反腐。'),
	);
	assert.deepEqual(texts(measures), ['以“同查”严惩风腐交织问题，强化监督、深化治理', '以“同治”铲除风腐共性根源，讲好中国反腐败故事', '以“查”、“治”贯通阻断风腐演变，以大数据信息化赋能正风反腐']);
});

test('a ；-series of appointments leaves the framing 会议经表决， out of its first item', () => {
	const measures = extractMeasures(
		sections('会议经表决，任命周敏为某委员会副主任委员；免去李宁的某委员会副主任职务，任命孙镇平为某委员会副主任；免去刘修文的某委员会副主任职务，任命何成军为某委员会副主任；免去高憬宏的某院副院长职务。'),
	);
	assert.equal(measures.length, 4);
	assert.equal(measures[0].text, '任命周敏为某委员会副主任委员');
	assert.equal(measures[3].text, '免去高憬宏的某院副院长职务');
});

test('a bare time clause (2015年，) before a ；-series frames it and is not part of its first item', () => {
	const measures = extractMeasures(sections('全会认为，2015年，党中央深入推进党风廉政建设，领导坚强有力；各级党组织落实政治责任；广大干部群众积极参与；各级纪检监察机关强化监督执纪问责。'));
	assert.equal(measures.length, 4);
	assert.equal(measures[0].text, '党中央深入推进党风廉政建设，领导坚强有力');
});

test('a 、-run of 在…上 statements closing a clause is a list; a 、-list of nouns is not', () => {
	const measures = extractMeasures(sections('要深化机构改革，推动党的领导在机构设置上更加科学、在职能配置上更加优化、在体制机制上更加完善、在运行管理上更加高效。'));
	assert.deepEqual(texts(measures), ['在机构设置上更加科学', '在职能配置上更加优化', '在体制机制上更加完善', '在运行管理上更加高效']);
	assert.deepEqual(extractMeasures(sections('要在经济、政治、文化、社会等方面取得更大进展。')), []);
});

test('items a ； closes after 主要是： are whole, 、-parts and all (test/corpus 79: the thirteen 显著优势)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	const report = await parseDev('79');
	const advantages = report.measures.filter(m => m.group.includes('显著优势'));
	assert.equal(advantages.length, 13);
	assert.ok(advantages.some(m => m.text.startsWith('坚持共同的理想信念、价值理念、道德观念')));
});

test('groups of people set apart by ； before 出席 are attendees, not a list of measures (test/corpus 45)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	const report = await parseDev('45');
	assert.ok(report.measures.every(m => !m.text.includes('领导干部代表')));
	// The same report's work-report list (六个始终) is still read.
	assert.equal(report.measures.filter(m => m.text.startsWith('始终')).length, 6);
});

test('documents adopted one to a clause after 表决通过了 / 审议了, 、 inside a name kept (test/corpus 97, 102, 106)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	const henan = (await parseDev('97')).measures.map(m => m.text);
	assert.ok(henan.includes('省十三届人大常委会主任、副主任、秘书长候选人名单草案'), henan.join(' | '));
	assert.ok(henan.length >= 7);
	const lujiang = (await parseDev('102')).measures.map(m => m.text);
	assert.ok(
		lujiang.some(t => t.startsWith('召开县政协九届四次会议决定')),
		lujiang.join(' | '),
	);
	const heishan = (await parseDev('106')).measures.map(m => m.text);
	assert.ok(heishan.includes('关于病死林木采伐的请示'), heishan.join(' | '));
});

test('documents marked as ending, (讨论稿) or (审议稿), and joined by 、 or 以及 in one clause of an adopted run are each an item (test/corpus 460, 102)', async () => {
	const jiangsu = (await parseDev('460')).measures.map(m => m.text);
	for (const document of ['省十届政协常委会工作报告(讨论稿)', '提案工作情况报告(讨论稿)', '报告人名单(草案)', '省政协十届五次会议选举办法(草案)', '选举监票人建议名单(草案)'])
		assert.ok(jiangsu.includes(document), `${document}: ${jiangsu.join(' | ')}`);
	const lujiang = (await parseDev('102')).measures.map(m => m.text);
	for (const document of ['政协第九届庐江县委员会常务委员会工作报告(审议稿)', '提案工作情况报告(审议稿)', '有关大会具体事项安排']) assert.ok(lujiang.includes(document), `${document}: ${lujiang.join(' | ')}`);
	// A name's own words may end in a kind, unmarked (…会议计划、财政预算审查委员会建议名单草案, 327), and one motion may be
	// about several (关于…名单(草案)、列席人员名单(草案)的议案, 536): each stays one item.
	const henan = (await parseDev('327')).measures.map(m => m.text);
	assert.ok(henan.includes('河南省第十三届人民代表大会第一次会议计划、财政预算审查委员会建议名单草案'), henan.join(' | '));
	const ganzi = (await parseDev('536')).measures.map(m => m.text);
	assert.ok(!ganzi.includes('列席人员名单(草案)的议案'), ganzi.join(' | '));
});

test('words before the first of several adopted titles (…推荐的《A》《B》) say whose they all are and are no part of the first', async () => {
	// 2113: 会议表决通过了大会主席团接受市委推荐的《昆明市人大常委会主任候选人建议名单(草案)》《…》《…》《…》,…
	const kunming = (await parseDev('2113')).measures.filter(m => m.type === 'decision');
	assert.equal(kunming.length, 4);
	assert.equal(kunming[0].text, '《昆明市人大常委会主任候选人建议名单(草案)》');
	// 1996: 通过了在广泛征求意见的基础上提出的《关于深化行政管理体制改革的意见》和《国务院机构改革方案》
	assert.ok((await parseDev('1996')).measures.some(m => m.text === '《关于深化行政管理体制改革的意见》'));
});

test('documents adopted by a show of hands (举手表决通过了《A》、《B》) are the adopted list', async () => {
	// 1496: 舉手錶決通過了《調整聯繫會輪流主辦次序的決議(草案)》、《…會議紀要(草案)》、《…的決議(草案)》 (traditional,
	// read through the folded text); 1464 says it the same way inside a series: 大會還舉手表決通過了《關于…的報告》、….
	const adopted = (await parseDev('1496')).measures.filter(m => m.type === 'decision').map(m => m.text);
	assert.equal(adopted.length, 3, adopted.join(' | '));
	assert.ok(adopted[0].startsWith('《調整聯繫會'), adopted.join(' | '));
});

test('adopted documents joined by 以及 where the first is marked as a document (test/corpus 54), never a modifier’s 和 (shared 15)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	const items = (await parseDev('54')).measures.map(m => m.text);
	assert.deepEqual(items, ['会议议程(草案)', '议案审查委员会名单(草案)', '计划和预算审查委员会名单(草案)']);
	const {parseFile, corpusFile} = await import('../helpers/corpus.ts');
	assert.ok((await parseFile(corpusFile('15'))).measures.every(m => m.group !== '通过的文件'));
});

test('a forum’s anti-copy junk set apart by ; is no list (test/corpus 95), real ；-series still are (shared 13)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	assert.ok((await parseDev('95')).measures.every(m => /[\u4e00-\u9fff]{2}/u.test(m.text)));
	const {parseFile, corpusFile} = await import('../helpers/corpus.ts');
	assert.ok((await parseFile(corpusFile('13'))).measures.length > 0);
});

test('a run of 坚持 whose first item follows the meeting’s lead in its sentence keeps that item (LABELING rule 3: clauses or sentences)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 115: 会议要求,要坚持严防死守,…。要坚持综合利用,…。要坚持统筹推进,…。
	const run = (await parseDev('115')).measures.filter(m => m.text.startsWith('坚持'));
	assert.deepEqual(
		run.map(m => m.text.slice(0, 6)),
		['坚持严防死守', '坚持综合利用', '坚持统筹推进'],
	);
	assert.ok(run.every(m => m.group === run[0].group));
});

test('business done one item to a ；, adoptions among it, is one series named 会议事项 (114, 96; 118, 52)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 114: 会议听取了各讨论组…的汇报;通过了…候选人名单;…;指定了计票人;讨论通过了…(草案)
	const feixi = (await parseDev('114')).measures;
	assert.equal(feixi.length, 7);
	assert.ok(feixi.some(m => m.text === '指定了计票人'));
	assert.ok(feixi.every(m => m.group === '会议事项' && m.type === 'decision'));
	// 96: 會議以舉手表決的方式通過了…;推薦和介紹了候選人情況;通過了候選人名單(草案);… (traditional, with readings).
	assert.equal((await parseDev('96')).measures.filter(m => m.type === 'decision').length, 7);
	// 118 and 52 were named after their first item's date or words; they are the meeting's business too.
	for (const number of ['118', '52'])
		assert.ok(
			(await parseDev(number)).measures.every(m => m.group === '会议事项'),
			number,
		);
});

test('two documents a meeting passed are a list, one verb for both or one each (109, 36, 78)', () => {
	// test/corpus/raw/109-fuding-city-plenum-2021-page.txt
	const each = extractMeasures(
		sections('全会审议通过《宁德市第五次党代会代表候选人预备人选建议名单》;审议通过《中共福鼎市第十三届委员会第十六次全体会议关于福鼎市出席中国共产党宁德市第五次代表大会代表候选人预备人选的圈选办法》。'),
	);
	assert.equal(each.length, 2);
	assert.ok(each.every(m => m.type === 'decision' && m.text.startsWith('审议通过《')));
	// test/corpus/raw/36-guoyang-plenum-2021-page.txt
	const joined = extractMeasures(sections('县委常委、县委办主任乔毅同志宣读县委十一届十四次全会决议(草案),会议审议通过了十一届县委工作报告(审议稿)和县委十一届十四次全会决议。'));
	assert.deepEqual(texts(joined), ['十一届县委工作报告(审议稿)', '县委十一届十四次全会决议']);
	// test/corpus/raw/78-npcsc14-23rd-closing-2026-json.txt
	const laws = extractMeasures(sections('会议经表决，通过了新修订的商标法、关于修改注册会计师法的决定；决定免去关志鸥的自然资源部部长职务。'));
	assert.deepEqual(texts(laws), ['新修订的商标法', '关于修改注册会计师法的决定']);
});

test('two documents only reviewed (审议了), not passed, are not a list (31)', () => {
	// test/corpus/raw/31-chengdu-county-csc-2015-page.txt
	const measures = extractMeasures(
		sections(
			'会议审议了《关于结合“三严三实”专题教育深入推进全县党风廉政建设和反腐败宣传教育工作方案的请示》、《关于我县选拔推荐第十批成都市有突出贡献的优秀专家的请示》,研究了县委常委分工和县委议事协调机构调整等有关事宜。',
		),
	);
	assert.deepEqual(measures, []);
});

test('和 between two documents each named …的决议 (or …的请示) splits them (95, 106)', () => {
	// test/corpus/raw/95-wenshang-county-cppcc-2010-forum.txt
	const measures = extractMeasures(sections('大会通过了汶上县政协七届三次会议政治决议、关于七届汶上县政协常委会工作报告的决议和关于七届汶上县政协常委会提案工作情况报告的决议。'));
	assert.deepEqual(texts(measures), ['汶上县政协七届三次会议政治决议', '关于七届汶上县政协常委会工作报告的决议', '关于七届汶上县政协常委会提案工作情况报告的决议']);
	// 和 inside one document's name stays: 计划和预算审查委员会名单 (test/corpus/raw/54-dingyuan-county-npc-prep-2017.txt)
	const named = extractMeasures(sections('会议一致通过了会议议程(草案)、议案审查委员会名单(草案)以及计划和预算审查委员会名单(草案)。'));
	assert.deepEqual(texts(named), ['会议议程(草案)', '议案审查委员会名单(草案)', '计划和预算审查委员会名单(草案)']);
});

test('a speaker’s frame before a run and a purpose clause after it are not items (LABELING.md, item text; 119)', () => {
	// test/corpus/raw/119-lixian-county-plenum-noyear-page.txt (its ASCII commas as written)
	const measures = extractMeasures(
		sections('县委书记邹如龙在总结讲话时强调,要坚定不移推进绿色发展,坚定不移推进产业转型升级,坚定不移推进三大攻坚战,坚定不移推进优化经济环境,确保中央和省委、市委决策部署在澧县落到实处,取得实实在在的成效。'),
	);
	assert.deepEqual(texts(measures), ['坚定不移推进绿色发展', '坚定不移推进产业转型升级', '坚定不移推进三大攻坚战', '坚定不移推进优化经济环境']);
});

test('after one adoption, a bare 通过 in the next clause goes on with the list (110)', () => {
	// test/corpus/raw/110-shanghai-party-congress-prep-2022-whb.txt
	const measures = extractMeasures(sections('会议表决通过由10人组成的代表资格审查委员会成员名单,通过由81人组成的大会主席团成员名单,通过诸葛宇杰为大会秘书长,通过大会秘书处的机构设置和工作任务。'));
	assert.deepEqual(texts(measures), ['表决通过由10人组成的代表资格审查委员会成员名单', '通过由81人组成的大会主席团成员名单', '通过诸葛宇杰为大会秘书长', '通过大会秘书处的机构设置和工作任务']);
});

test('a run of sentences after a speaker’s frame and those told (王孝成强调，全区党员干部要…) keeps its first item (34)', () => {
	// The paragraph as test/corpus/raw/34-hanbin-central-group-2018-page.txt has it.
	const measures = extractMeasures(sections(devLine('34', '王孝成强调,全区党员干部要坚持静心认真学')));
	assert.deepEqual(
		measures.map(m => m.text.slice(0, 7)),
		['坚持静心认真学', '坚持用心真践行', '坚持上心真正管'],
	);
});

test('审议并原则通过 adopts as 审议通过 does: three documents passed in principle are a list (174); one is not (111)', () => {
	const three = extractMeasures(sections(devLine('174', '审议并原则通过《残疾人就业条例')));
	assert.deepEqual(texts(three), ['《残疾人就业条例(草案)》', '《地方各级人民政府机构设置和编制管理条例(草案)》', '《国家自然科学基金条例(草案)》']);
	assert.deepEqual(texts(extractMeasures(sections(devLine('111', '会议还审议并原则通过《国家赔偿费用管理条例')))), []);
});

test('paragraphs opened by Arabic numbers in order are a list: 1.会议传达学习了… (48), 1)中共中央政治局向中央委员会报告工作 (176)', async () => {
	const numbered = async (n: string) => (await parseDev(n)).measures.map(m => m.text);
	assert.deepEqual(await numbered('48'), ['会议传达学习了习近平总书记在中央政治局常务委员会会议上的重要讲话精神', '会议研究通过了《关于调整温泉禁止燃放烟花爆竹区域的通告》', '会议还研究了其他事项']);
	assert.deepEqual((await numbered('176')).slice(0, 2), ['中共中央政治局向中央委員會報告工作', '重點研究進一步全面深化改革、推進中國式現代化問題']);
});

test('an attendance sentence whose groups open alike (省委书记…，省委副书记…，省委常委…出席会议) lists who came, not measures', () => {
	// 179: 省委书记尹力，省委副书记赵龙、罗东川，省委常委张彦、…出席会议
	assert.deepEqual(texts(extractMeasures(sections(devLine('179', '出席会议')))), []);
	// The same openers in a sentence of tasks are still a list (shared 00: 着眼…，着眼…，着眼…).
	const tasks = extractMeasures(sections('要深刻把握发展趋势，着眼省委对绍兴的战略定位，着眼构建新发展格局，着眼科技革命和产业变革趋势，着眼区域一体化发展布局，抓纲带目、精准发力。'));
	assert.ok(tasks.length >= 3, texts(tasks).join(' / '));
});

test('a paragraph a page prints twice lists its items once', async () => {
	// 188: the photo caption (…聽取…匯報,審議…若干意見。新華社記者 劉衛兵 攝) stands twice on the page.
	const agenda = (await parseDev('188')).measures;
	assert.equal(agenda.length, 2, texts(agenda).join(' / '));
	// 79: the story and the communiqué it carries both state the three-stage 总体目标.
	const goals = (await parseDev('79')).measures.filter(m => m.text.startsWith('到我们党成立一百年时'));
	assert.equal(goals.length, 1);
});

test('one resolution on several reports (关于A、B、C的决议草案) is not a list of adopted documents', () => {
	// 198: 会议表决通过了关于市政府工作报告、计划报告、预算报告、…市检察院工作报告的决议草案,…
	assert.deepEqual(texts(extractMeasures(sections(devLine('198', '的决议草案')))), []);
	// Documents each named in full are still listed (shared 11 / 78: 通过了新修订的商标法、关于修改…的决定).
	const adopted = extractMeasures(sections('会议表决通过了关于设立法制工作委员会的决定、关于撤销法规工作室的决定、关于召开第七次会议的决定。'));
	assert.equal(adopted.length, 3, texts(adopted).join(' / '));
});

test('a ? a mirror printed for a lost character, its reading after it, ends no sentence', async () => {
	// 1854: 會(huì)議表決通過了《青島市城市公共汽車客運(yùn)管理?xiàng)l例》和《青島市授予榮譽(yù)市民稱號(hào)辦法》,待報(bào)…
	const adopted = texts((await parseDev('1854')).measures);
	assert.ok(
		adopted.some(t => t.startsWith('《青島市城市公共汽車')),
		adopted.join(' / '),
	);
	// 304: …建議人選名單(草案)的醞釀?dòng)懻撘庖;審議通過了…: the series runs on past the lost character.
	const series = texts((await parseDev('304')).measures);
	assert.ok(
		series.some(t => t.startsWith('審議通過了區(qū)政協(xié)七屆二次會(huì)議決議')),
		series.join(' / '),
	);
});

test('documents passed one after another (依次通过了A、B、C) are the documents adopted', async () => {
	// 1899: 大會(huì)依次通過了政協(xié)…決議、…報(bào)告、…政治決議。
	const passed = (await parseDev('1899')).measures.filter(m => m.group === '通過的文件' || m.group === '通过的文件');
	assert.equal(passed.length, 3, texts(passed).join(' / '));
	// 917: 会议依次通过大会选举办法草案;…;通过各项工作报告决议草案。 — a ；-series, read whole as before.
	const series = texts(extractMeasures(sections(devLine('917', '会议依次通过'))));
	assert.equal(series.length, 7, series.join(' / '));
});

test('an agenda of a stated count (会议有两项议程：A；B) lists that many items, two as well', () => {
	// 1881: 会议有两项议程:听取大会主席团关于提名各项候选人情况的说明;表决《州十四届人大四次会议补选办法(草案)》。
	const agenda = texts(extractMeasures(sections(devLine('1881', '两项议程'))));
	assert.deepEqual(agenda, ['听取大会主席团关于提名各项候选人情况的说明', '表决《州十四届人大四次会议补选办法(草案)》']);
	// 1170: 会议有两项议程:一是听取…;二是决定将…提请大会全体会议表决。 — read by its ordinals, as before.
	assert.equal(extractMeasures(sections(devLine('1170', '两项议程'))).length, 2);
});

test('titles that say what one document is about (《A》、《B》的报告人名单) are not the documents adopted', () => {
	// 1822: 审议并原则通过《…常务委员会工作报告》、《…关于提案工作情况的报告》的报告人名单(草案);
	const reporters = texts(extractMeasures(sections(devLine('1822', '的报告人名单')))).join(' / ');
	assert.doesNotMatch(reporters, /常务委员会工作报告》/u);
	// 1361: 会议听取并审议了《中垾镇政府工作报告》、《…主席团工作报告》、《…财政预算》的书面报告: the reports themselves.
	const written = texts(extractMeasures(sections(devLine('1361', '的书面报告'))));
	assert.equal(written.filter(t => t.startsWith('《')).length, 3, written.join(' / '));
});

test('documents agreed in principle (审议并原则同意《A》、《B》…等内容) are the documents adopted', () => {
	// 214: 会议审议并原则同意《新城区第十八届人大六次会议<政府工作报告(讨论稿)>》、…以及《…(讨论稿)》等内容。
	const agreed = extractMeasures(sections(devLine('214', '审议并原则同意')));
	assert.equal(agreed.length, 6, texts(agreed).join(' / '));
	assert.ok(
		texts(agreed).every(t => t.startsWith('《') && t.endsWith('》')),
		texts(agreed).join(' / '),
	);
	// 同意 alone with two items is a decision about two things, not a list (LABELING.md: three items).
	assert.deepEqual(texts(extractMeasures(sections('会议原则同意《甲方案》和《乙办法》。'))), []);
});

test('an attendance sentence that goes on to who presided lists no measures either', () => {
	// 258: 县人大常委会主任王晋成，县人大常委会副主任郭宝花、…出席会议，县人大常委会副主任衣萍主持会议。
	assert.deepEqual(texts(extractMeasures(sections(devLine('258', '衣萍主持会议')))), []);
});

test('a subject stated once before a run (会议听取审议了A，听取审议了B，听取审议了C) lists each item from the shared word', () => {
	// 303: 会议听取审议了夏维勇代表区人民政府关于…的报告,听取审议了陈树清…的工作报告,听取审议了童世新…的报告。
	const heard = extractMeasures(sections(devLine('303', '会议听取审议了夏维勇')));
	assert.equal(heard.length, 3, texts(heard).join(' / '));
	assert.ok(
		texts(heard).every(t => t.startsWith('听取审议了')),
		texts(heard).join(' / '),
	);
	// 309: 公正司法事关人民切身利益，事关社会公平正义，事关全面推进依法治国。
	assert.deepEqual(texts(extractMeasures(sections('公正司法事关人民切身利益，事关社会公平正义，事关全面推进依法治国。'))), ['事关人民切身利益', '事关社会公平正义', '事关全面推进依法治国']);
	// 73: 强化对A…，对B…，对C… — a verb before a one-character marker is no subject, and no list.
	assert.deepEqual(texts(extractMeasures(sections('强化对脱贫工作绩效、脱贫政策连续性稳定性情况的监督检查，对搞数字脱贫、虚假脱贫的严肃问责，对贪污侵占、吃拿卡要、优亲厚友的从严查处。'))), []);
});

test('a connective standing alone (；最后，…) opens the last item of a semicolon series and is not the item', () => {
	// 318: 会上,…王昌杰对…做了详细安排部署;…李洪兵就…进行深刻解读;…;最后,镇党委书记陈守权讲话并提出换届工作的具体要求,镇长茆龙海进行大会总结。
	const items = texts(extractMeasures(sections(devLine('318', '最后,镇党委书记'))));
	assert.equal(items.length, 5, items.join(' / '));
	assert.match(items[4], /^最后,镇党委书记陈守权讲话/u);
});

test('an agenda whose business is done in a manner (深入学习贯彻…，传达…，研究审议…) is still the agenda', () => {
	// 348 (traditional): 主持召開區政府黨組(擴大)會議和區政府常務會議,深入學習貫徹…精神,傳達省市相關會議、文件精神,研究審議有關事項。
	const items = texts(
		extractMeasures(sections('1月11日上午,区委副书记、区长王锋主持召开区政府党组(扩大)会议和区政府常务会议,深入学习贯彻习近平总书记近期系列重要讲话精神,传达省市相关会议、文件精神,研究审议有关事项。')),
	);
	assert.deepEqual(items, ['深入学习贯彻习近平总书记近期系列重要讲话精神', '传达省市相关会议、文件精神', '研究审议有关事项']);
	// 266: …,深入学习贯彻…精神,全面落实自治区党委部署安排,讨论…
	const ningxia = texts(extractMeasures(sections(devLine('266', '全面落实自治区党委部署安排'))));
	assert.ok(ningxia.includes('全面落实自治区党委部署安排'), ningxia.join(' / '));
});

test('clauses that open with an organ’s office-holders say who did what, and are no list', () => {
	// 315: 会议由县委副书记、县长江小忠主持,县委副书记谢志军通报了大会筹备情况,县委常委、组织部长提名人选肖锦霞就…作了安排。
	assert.deepEqual(texts(extractMeasures(sections(devLine('315', '江小忠主持')))), []);
});

test('a 、-run of 把-statements to the clause end is a list: 把A作为第一要务、把B作为履职之本、把C作为基本职责 (410), 把A坚持好、把B发展好、把C发挥好 (370)', () => {
	// 410 (traditional; folded here): …,把服務轉型跨越作為第一要務、把服務民生改善作為履職之本、把服務社會和諧作為基本職責,著力提升…
	const items = texts(extractMeasures(sections('要深入贯彻落实会议精神,谋划、部署和做好新年度政协工作,把服务转型跨越作为第一要务、把服务民生改善作为履职之本、把服务社会和谐作为基本职责,著力提升工作科学化水平。')));
	assert.deepEqual(items, ['把服务转型跨越作为第一要务', '把服务民生改善作为履职之本', '把服务社会和谐作为基本职责']);
	assert.equal(texts(extractMeasures(sections(devLine('370', '把人民政协制度坚持好')))).filter(t => t.startsWith('把人民政协')).length, 3);
});

test('titles written back to back after an adoption are documents each: 原则通过了《A》《B》《C》… (461); 审议了《A》《B》 is what was read, no list (39)', () => {
	const adopted = texts(extractMeasures(sections(devLine('461', '原则通过了'))));
	assert.ok(adopted.length >= 5 && adopted.every(t => t.startsWith('《') && t.endsWith('》')), adopted.join(' / '));
	assert.deepEqual(
		texts(extractMeasures(sections(devLine('39', '审议了《通城县城市规划区')))).filter(t => t.startsWith('《')),
		[],
	);
});

test('a list of adopted documents closed by 等 alone still lists each document, the last without its 等', () => {
	// 466: 会议审议通过了《关于召开…的决定》、《…议程、日程(草案)》、《…召集人建议名单(草案)》和有关人事事项等。
	const measures = extractMeasures(sections(devLine('466', '和有关人事事项等')));
	assert.equal(measures.length, 4, texts(measures).join(' | '));
	assert.equal(measures[3].text, '有关人事事项');
	// 269: …通过了关于修改地方各级人民代表大会和地方各级人民政府组织法的决定,关于第十四届全国人民代表大会代表名额和选举问题的决定等。
	assert.ok(texts(extractMeasures(sections(devLine('269', '选举问题的决定等')))).every(text => !text.endsWith('等')));
});

test('首先 opens a list its 第二 or 二要 goes on with', () => {
	// 483: 牛青山指出,首先,必须统一思想。一是要…,二是…,三是…。第二,必须深化改革。…第三,必须坚持从严从实的工作作风。
	const speech = texts(extractMeasures(sections(devLine('483', '首先,必须统一思想'))));
	for (const item of ['必须统一思想', '必须深化改革', '必须坚持从严从实的工作作风']) assert.ok(speech.includes(item), speech.join(' | '));
	// 246: 首先要继续深入学习习近平在庆祝政协成立65周年的讲话;二要抓好提案的落实,…
	const tasks = texts(extractMeasures(sections(devLine('246', '首先要继续深入学习'))));
	assert.ok(tasks.some(item => item.startsWith('继续深入学习')) && tasks.some(item => item.startsWith('抓好提案的落实')), tasks.join(' | '));
});

test('a count before a colon announces the list its items agree with', () => {
	// 519: 检查组将重点检查8方面内容：落实节能管理制度情况，推进重点领域节能工作情况，…，对节约能源法修改的意见和建议
	const listed = extractMeasures(sections(devLine('519', '检查组将重点检查8方面内容')));
	assert.equal(listed.length, 8, texts(listed).join(' | '));
	assert.equal(listed[7].text, '对节约能源法修改的意见和建议');
	// A count the items do not agree with announces nothing.
	assert.deepEqual(extractMeasures(sections('检查组将重点检查3方面内容：落实节能管理制度情况，推进重点领域节能工作情况。')), []);
});

test('in a 、-list of adopted documents of one kind, 和 parts the last two as well', () => {
	// 526, folded: 會議選舉產生了…,表決通過了計劃預算委員會組成人員名單草案、議案審查委員會組成人員名單草案和會議議程草案
	const adopted = texts(extractMeasures(sections('会议选举产生了县十六届人大二次会议主席团和秘书长,表决通过了计划预算委员会组成人员名单草案、议案审查委员会组成人员名单草案和会议议程草案。')));
	assert.deepEqual(adopted, ['计划预算委员会组成人员名单草案', '议案审查委员会组成人员名单草案', '会议议程草案']);
	// shared 15: two lists joined by 和 after one verb stay one item.
	const joined = texts(
		extractMeasures(
			sections(
				'全会听取和讨论了习近平受中央政治局委托作的工作报告，审议通过了中央政治局在广泛征求党内外意见、反复酝酿协商的基础上提出的拟向十二届全国人大一次会议推荐的国家机构领导人员人选建议名单和拟向全国政协十二届一次会议推荐的全国政协领导人员人选建议名单。',
			),
		),
	);
	assert.ok(!joined.includes('拟向全国政协十二届一次会议推荐的全国政协领导人员人选建议名单'), joined.join(' | '));
});

test('documents heard and adopted after 认真听取并, 听取、讨论并原则通过, 协商讨论并通过, and 主要议程是 lists the agenda it names', async () => {
	// 453: 大会认真听取并审议通过了《文昌镇政府工作报告》、《文昌镇人大工作报告》、《文昌镇财政预决算工作报告》和《文昌镇总体规划修编的报告》
	assert.equal(extractMeasures(sections(devLine('453', '认真听取并审议通过了'))).length, 4);
	// 837 (in traditional characters, read folded): 會議聽取、討論并原則通過了《政府工作報告》(討論稿)、《…》(討論稿)和《…》(討論稿)
	assert.equal((await parseDev('837')).measures.length, 3);
	// 457: 会议还听取并审议了医院2011年财务决算…的报告、…的报告、…的报告、…的报告
	assert.equal(extractMeasures(sections(devLine('457', '会议还听取并审议了'))).length, 4);
	// 493: …市政协五届二十次常委会议于12月8日召开,主要议程是协商市政府工作报告,听取…通报,审议…有关文件材料
	assert.deepEqual(texts(extractMeasures(sections(devLine('493', '主要议程是')))), ['协商市政府工作报告', '听取两院工作情况及市政府系统2010年度办理政协提案情况通报', '审议市政协五届五次会议有关文件材料']);
	// 275: two reports heard, then what was adopted after them, are no list: 大会听取和审议了《…》和《…》,审议并表决通过了各项决议
	assert.deepEqual(extractMeasures(sections(devLine('275', '审议并表决通过了各项决议'))), []);
	// 306: reports heard one to a ； are the business's series, as it reads, verbs and all.
	assert.ok(texts(extractMeasures(sections(devLine('306', '听取和审议了区人民检察院')))).every(item => !item.startsWith('审议了')));
});

test("an adopted document's name may hold a 、 of its own, and adoptions one to a ； stay the series' items whole", () => {
	// 553: 会议审议通过了《庆祝祁东县政协成立40周年活动方案》、县政协有关人事任免事项、县政协专委会兼职副主任、委员名单
	assert.deepEqual(texts(extractMeasures(sections(devLine('553', '会议审议通过了《庆祝')))).slice(-1), ['县政协专委会兼职副主任、委员名单']);
	// 533: 会议听取并审议通过了省政协副主席、常务委员候选人名单、选举办法(草案)、…,并提交…;审议通过了…决议(草案),并提交…;审议通过了…报告
	const series = texts(extractMeasures(sections(devLine('533', '会议听取并审议通过了'))));
	assert.equal(series.length, 3, series.join(' | '));
	assert.ok(series[0].includes('审议通过了省政协副主席、常务委员候选人名单、选举办法(草案)'), series[0]);
});

test('a piece that opens with a verb of its own is another act, not an adopted document', () => {
	// 560: 昨日上午,市十七届人大常委会召开第七次会议,讨论通过有关人事任免事项、审议决定召开市十七届人大二次会议的有关事项等,…
	assert.deepEqual(extractMeasures(sections(devLine('560', '讨论通过有关人事任免事项'))), []);
	// 264: a document named for an act is still one: …关于代表提出议案截止时间的决定以及表决议案办法
	assert.ok(texts(extractMeasures(sections(devLine('264', '表决议案办法')))).some(item => item.endsWith('表决议案办法')));
});

test('an agenda said to include three items or more lists them; two told in passing do not', () => {
	// 682 (RTHK, folded): 議程包括聽取和審議廣東省人民政府工作報告，選舉…代表，以及選出廣東省省長、副省長等。
	const rthk = extractMeasures(sections('议程包括听取和审议广东省人民政府工作报告，选举出席第十四届全国人民代表大会的代表，以及选出广东省省长、副省长等。'));
	assert.deepEqual(texts(rthk), ['听取和审议广东省人民政府工作报告', '选举出席第十四届全国人民代表大会的代表', '选出广东省省长、副省长']);
	assert.ok(rthk.every(m => m.type === 'agenda'));
	// 98 (folded, readings out): 全會的主要議程包括審議通過…的報告、審查…的工作報告、審議通過…的決議等。
	const plenum = extractMeasures(sections('全会的主要议程包括审议通过十二届省委向省第十三次党代会的报告、审查十二届省纪委向省第十三次党代会的工作报告、审议通过全会关于召开省第十三次党代会的决议等。'));
	assert.equal(plenum.length, 3);
	assert.equal(plenum[0].group, '主要议程');
	// 635 (BBC): two items, the second after 以及, are the story's words, not a list.
	assert.deepEqual(extractMeasures(sections(devLine('635', '议程包括审议'))), []);
});

test('paragraphs that are each one sentence of the meeting’s business, three or more with one verb, list it', async () => {
	// 730: five paragraphs 会议听取了关于…草案审议情况的报告,决定将该草案提请大会表决。
	const heard = (await parseDev('730')).measures;
	assert.equal(heard.filter(m => m.text.startsWith('听取了关于')).length, 5);
	// 220: 会议通过了…预选名单。/ 会议通过了大会选举办法。/ 会议通过了…监票人名单,宣读了…
	const adopted = (await parseDev('220')).measures;
	assert.deepEqual(
		adopted.filter(m => m.text.startsWith('通过了')).map(m => m.type),
		['decision', 'decision', 'decision'],
	);
	// 115: each paragraph goes on to discuss what was heard (会议听取了…的汇报。会议强调,…): sections, not items.
	assert.ok(!(await parseDev('115')).measures.some(m => m.text.startsWith('听取了')));
	// 78: three such sentences inside one paragraph are the story going on.
	assert.ok(!(await parseDev('78')).measures.some(m => m.text.startsWith('表决通过了')));
});

test('once such a run has begun, a paragraph whose first sentence names only the same business gives that sentence', async () => {
	// 1179: 会议审议通过了人事事宜。/ 会议审议通过了…相关事宜。/ 会议审议通过了…常务委员会工作报告(送审稿)。报告指出,一年来,…
	const dadukou = (await parseDev('1179')).measures.filter(m => m.text.startsWith('审议通过了'));
	assert.equal(dadukou.length, 5);
	assert.equal(dadukou[2].text, '审议通过了区政协第十届委员会常务委员会工作报告(送审稿)');
	// 347: 會議研究了…,強調要…。 twice, then a paragraph whose first sentence goes on the same way: sections, not items.
	assert.ok(!(await parseDev('347')).measures.some(m => m.text.startsWith('研究了')));
});

test('an agenda told sentence by sentence, each opening with the same business verb, is a list', () => {
	// 736: 听取县开发区三早项目情况汇报。听取金州、辽河源、云顶园区规划建设及项目谋划情况汇报。听取…。听取…。
	const measures = extractMeasures(sections(devLine('736', '听取县开发区三早项目情况汇报')));
	assert.equal(measures.filter(m => m.text.startsWith('听取')).length, 4);
});

test('relaying a meeting’s spirit and then how to carry it out is one piece of business, not a two-item agenda', () => {
	// 742: …主持召开市委常委会(扩大)会议,传达学习上级有关会议精神,研究我市贯彻落实意见。
	assert.deepEqual(extractMeasures(sections(devLine('742', '传达学习上级有关会议精神'))), []);
	// 183: …传达贯彻…动员大会精神,部署监督保障具体措施 — the same two steps.
	assert.deepEqual(extractMeasures(sections(devLine('183', '部署监督保障具体措施'))), []);
	// 1087: …党组会议,传达学习相关会议精神,研究审议相关工作 — the work related to what was relayed.
	assert.deepEqual(
		extractMeasures(sections(devLine('1087', '研究审议相关工作'))).filter(m => m.type === 'agenda'),
		[],
	);
	// 623: two items of other business stay an agenda: 研究分析当前经济形势，听取农村建筑垃圾治理工作情况汇报.
	assert.equal(extractMeasures(sections(devLine('623', '研究分析当前经济形势'))).filter(m => m.type === 'agenda').length, 2);
});

test('relaying a meeting’s spirit and then other business is a two-item agenda', () => {
	// 1153: 省长李成玉主持召开省政府常务会议,传达贯彻省委八届五次全会精神,研究2008年我省拟办好的…“十大实事”以及近期经济社会发展重点工作。
	const henan = extractMeasures(sections(devLine('1153', '传达贯彻省委八届五次全会精神'))).filter(m => m.type === 'agenda');
	assert.equal(henan.length, 2);
	assert.equal(henan[0].text, '传达贯彻省委八届五次全会精神');
	assert.ok(henan[1].text.startsWith('研究2008年我省拟办好的'));
	// 1146: 县委书记向业顺主持召开十五届县委常委会第8次会议,学习贯彻重要讲话、会议、文件精神,审议有关议题。
	const xiushan = extractMeasures(sections(devLine('1146', '审议有关议题'))).filter(m => m.type === 'agenda');
	assert.deepEqual(texts(xiushan), ['学习贯彻重要讲话、会议、文件精神', '审议有关议题']);
});

test('a report the meeting is given (通报) is business on its agenda', () => {
	// 1148: 扬州市委书记谢正义主持召开市委常委扩大会议,通报“7·20”地震受损情况,研究部署下一阶段抗震救灾工作,总结…经验。
	// 1087 lists 通报2017年人大常委会机关财务巡察情况 among the business its 党组会议 took up.
	const yangzhou = extractMeasures(sections(devLine('1148', '通报“7·20”地震受损情况'))).filter(m => m.type === 'agenda');
	assert.deepEqual(texts(yangzhou), ['通报“7·20”地震受损情况', '研究部署下一阶段抗震救灾工作', '总结抗震和处置突发事件的经验']);
});

test('an agenda after the convening clause may be told in ；-parts, a part’s later clauses saying why', () => {
	// 836: three items, the last with its purpose (，进一步提高…) and a space the page left after ；.
	const shanghai = extractMeasures(
		sections(
			'市委副书记、市长杨雄昨天主持召开市政府常务会议，研究部署推进供给侧结构性改革、促进本市工业稳增长调结构促转型；听取第四届中国（上海）国际技术进出口交易会（“上交会”）筹备情况汇报； 研究贯彻落实全国行政学院院长会议精神，进一步提高上海行政学院办学水平。',
		),
	);
	assert.deepEqual(texts(shanghai), [
		'研究部署推进供给侧结构性改革、促进本市工业稳增长调结构促转型',
		'听取第四届中国（上海）国际技术进出口交易会（“上交会”）筹备情况汇报',
		'研究贯彻落实全国行政学院院长会议精神，进一步提高上海行政学院办学水平',
	]);
	// 310: a ；-part whose clauses are all business is an item each.
	const suihua = extractMeasures(sections(devLine('310', '主持召开市政府常务会议')));
	assert.deepEqual(texts(suihua).slice(2), ['研究贯彻意见', '部署有关工作']);
	assert.ok([...shanghai, ...suihua].every(m => m.type === 'agenda'));
});

test('a State Council meeting convened without 召开, or a convening clause run into its business, still lists its agenda', async () => {
	// 808: 國務院總理李強主持國務院常務會議，審議通過…；部署…，更好支持…。
	assert.equal((await parseDev('808')).measures.filter(m => m.type === 'agenda').length, 2);
	// 700's lead, no comma after 会议 (read here as a section, as a story that does not set it apart would).
	const haidong = extractMeasures(sections('2022年3月3日,市委副书记、市长王华杰主持召开市政府第11次常务会议传达学习省有关会议精神,听取有关工作汇报,审议有关文件'));
	assert.deepEqual(texts(haidong), ['传达学习省有关会议精神', '听取有关工作汇报', '审议有关文件']);
});

test('a clause that goes on relaying with 以及 belongs to the item before it, not to narration that ends the agenda', async () => {
	// 2052: 主持召开市政府第36次常务会议,传达…重要讲话精神,以及…重要指示批示等有关精神,听取全市安全防范和信访等工作汇报。
	const shizuishan = (await parseDev('2052')).measures.filter(m => m.type === 'agenda');
	assert.equal(shizuishan.length, 2);
	assert.match(shizuishan[0].text, /^传达.+精神,以及习近平总书记和李克强总理.+有关精神$/u);
	// 903: …第154次会议,传达学习…精神,以及近期中央、省有关会议精神,听取全州疫情防控工作汇报,研究…。
	assert.deepEqual(
		(await parseDev('903')).measures.filter(m => m.type === 'agenda').map(m => m.text.slice(0, 6)),
		['传达学习习近', '听取全州疫情', '研究精准细致'],
	);
});

test('business told object first with 对 (对…作出部署, 对…提出了明确要求) is an agenda item after the convening clause', async () => {
	// 1049: …主持召开市政府第22次常务会议,传达学习…讲话精神,学习贯彻…会议精神,并对我市近期安全生产工作作出部署。
	assert.deepEqual(texts((await parseDev('1049')).measures.filter(m => m.type === 'agenda')).at(-1), '并对我市近期安全生产工作作出部署');
	// 873: 主持召开国务院常务会议，听取…汇报，对进一步查处案件提出了明确要求，对加强…作出了部署。
	assert.deepEqual(texts((await parseDev('873')).measures.filter(m => m.type === 'agenda')).slice(1), ['对进一步查处案件提出了明确要求', '对加强食品药品监管和政府廉政建设作出了部署']);
	// The 对 clause that says how the business is to be done is not business: 对…要高度重视 stays narration.
	assert.deepEqual(extractMeasures(sections('市长主持召开市政府常务会议，听取安全生产工作汇报，对存在的问题要高度重视。')), []);
});

test('sentences that open with the sitting as their subject (委员长会议建议…。委员长会议审议了…) are narration, not a list', async () => {
	// 939: four sentences open with 委员长会议; the lists are the agendas inside two of them.
	const measures = (await parseDev('939')).measures;
	assert.ok(!measures.some(m => m.text.startsWith('委员长会议')), texts(measures).join(' / '));
	assert.ok(measures.some(m => m.text.startsWith('审议医疗保障法草案')));
});

test('sentences that open with a person as their subject (委员王存虎就…作了发言。委员张辉就…; 习近平总书记…的重要讲话，为…) are narration, not a list', async () => {
	// 940: eight sentences open with 委员 and a member's name, each on who spoke on what.
	assert.deepEqual(texts((await parseDev('940')).measures), []);
	// 937: three open with 习近平总书记, each on a speech the study session read.
	assert.ok(!(await parseDev('937')).measures.some(m => m.text.startsWith('习近平')));
	// The agendas inside sentences opened by a sitting still read (939).
	assert.ok((await parseDev('939')).measures.length > 0);
});

test('an adoption that is one segment of a ；-series of other business leaves the series whole', async () => {
	// 953: …全体会议召开,全会决定…;审议并通过了四届区委工作报告和区纪委工作报告、《…决议》;酝酿并讨论了…;投票表决确定…。
	const xishan = (await parseDev('953')).measures;
	assert.equal(xishan.length, 4, texts(xishan).join(' / '));
	assert.ok(xishan[1].text.startsWith('审议并通过了四届区委工作报告'));
	// 573: 决定了A;通过了B;通过了C;决定了D — the series, not the two adoptions inside it.
	assert.equal((await parseDev('573')).measures.length, 4);
});

test("a speaker's 要求: is what they said, not a label announcing a list; 提出…要求: is", () => {
	// 168: 张福志要求:全县政协组织和广大政协委员,一定要把发展作为…第一要务,围绕“环境年”建设,积极开展…,进一步做好…
	assert.deepEqual(extractMeasures(sections(devLine('168', '张福志要求:'))), []);
	// 831: 刘中汉要求:全市上下要认真贯彻落实…决策部署,抢抓机遇,主动融入大局,推动…落地生根,…
	assert.deepEqual(extractMeasures(sections(devLine('831', '刘中汉要求:'))), []);
	// The requirements as a noun still announce their list: 提出三点要求:一是…;二是…;三是… (1133).
	assert.ok(extractMeasures(sections(devLine('1133', '提出四点要求'))).length >= 3);
});

test('documents listed in one adoption clause are the list, closed by their count, whoever adopted them', () => {
	// 1217: 全体镇人大代表听取并审议通过了《政府工作报告》、《人大工作报告》和《财政工作报告》等三个报告,表决通过了《选举办法》(草案),…
	assert.deepEqual(texts(extractMeasures(sections(devLine('1217', '全体镇人大代表听取并审议通过了')))), ['《政府工作报告》', '《人大工作报告》', '《财政工作报告》']);
	// The pages store's http://www.zzkailai.com/newdetail-604885.html (城厢镇 town congress) closes its list the same way and goes
	// on with another vote: 會議聽取和審議了《A》、《B》、《C》和《D》4個報告,表決了城廂鎮2023年民生實事項目。 Here as adopted:
	const counted = extractMeasures(
		sections('与会代表审议通过了《城厢镇人民政府工作报告》、《城厢镇人大主席团工作报告》和《城厢镇2022年财政预算执行情况和2023年财政预算草案的报告》等3个报告,表决了城厢镇2023年民生实事项目。'),
	);
	assert.deepEqual(texts(counted), ['《城厢镇人民政府工作报告》', '《城厢镇人大主席团工作报告》', '《城厢镇2022年财政预算执行情况和2023年财政预算草案的报告》']);
});

test('what the meeting pointed at adopted, business adopted as 事宜 among documents, and no act taken for a document', async () => {
	// 1269: 此次閉幕大會通過了…關于政協山西省委員會常務委員會工作報告的決議(草案)、關于…的報告(草案)和省政協十屆三次會議政治決議
	const closing = (await parseDev('1269')).measures.filter(m => m.rule === 'adopted documents');
	assert.equal(closing.length, 3);
	// 1236: 會議審議并通過《A》、《B》和有關專委會負責人任免事宜;聽取… — the appointments are the third item.
	const standing = (await parseDev('1236')).measures.filter(m => m.rule === 'adopted documents');
	assert.ok(standing.at(-1)?.text.endsWith('任免事宜'), standing.at(-1)?.text);
	// 31: …审议通过了《A的请示》、《B的请示》,研究了县委常委分工和…等有关事宜 — what was studied was not adopted.
	assert.ok(!(await parseDev('31')).measures.some(m => m.text.startsWith('研究了')));
});

test('items one to a paragraph after the paragraph announcing them, each closed by a semicolon, the last by a full stop', async () => {
	// 734: 本次大会会期五天半,议程包括: / 听取和审议省政协常务委员会工作报告; / … / 审议通过省政协提案委员会关于…的报告。
	const session = (await parseDev('734')).measures.filter(m => m.rule === 'line items');
	assert.deepEqual(
		session.map(m => [m.group, m.type, m.text.slice(0, 12)]),
		[
			['议程', 'agenda', '听取和审议省政协常务委员'],
			['议程', 'agenda', '听取和审议省政协常务委员'],
			['议程', 'agenda', '列席省十三届人大二次会议'],
			['议程', 'agenda', '审议通过省政协十二届二次'],
			['议程', 'agenda', '审议通过省政协提案委员会'],
		],
	);
	// 1362: 票决产生2018年岭南乡民生实事项目9个 / 分别是: / 省旅游风情小镇创建项目; / … / 乡卫生院医疗污水处理工程。
	const projects = (await parseDev('1362')).measures.filter(m => m.rule === 'line items');
	assert.equal(projects.length, 9);
	assert.equal(projects[0].group, '票决产生2018年岭南乡民生实事项目9个');
	assert.equal(projects.at(-1)?.text, '乡卫生院医疗污水处理工程');
});

test('a semicolon series starts after the day and the clause that holds the meeting, however long its items', async () => {
	const first = async (number: string) => (await parseDev(number)).measures.find(m => m.rule === 'semicolon series')?.text;
	// 1435: 2020年12月16日,区委书记、区长谭荣兵…主持召开区政府第60次常务会议,会议学习了《…》;传达学习了…;审议了…;听取了…
	assert.equal(await first('1435'), '会议学习了《中华人民共和国食品安全法实施条例》');
	// 634: 在人大会议方面，3月4日下午，十三届全国人大四次会议各代表团将召开会议，推选团长、副团长；审议…；审议…
	assert.equal(await first('634'), '推选团长、副团长');
	// 56: 2月27日上午,市六届人大五次会议举行第三次全体会议,选举市人民政府市长,…;票决…;通过…
	assert.match((await first('56')) ?? '', /^选举市人民政府市长/);
	// 953: 7月26日,中共无锡市锡山区第四届委员会第十二次全体会议召开,全会决定…
	assert.match((await first('953')) ?? '', /^全会决定/);
});

test('how the meeting did it, then clauses that each open with one word, lists those clauses (1777, 1491)', () => {
	// test/corpus/raw/1777 and 1491, the election sentences (1491's cut to three clauses and fewer names).
	const bairin = extractMeasures(
		sections('大会通过无记名投票的方式,选举申志强为政协巴林左旗第十二届委员会主席,选举李承革、李朝晖为政协巴林左旗第十二届委员会副主席,选举刘东等5人为政协巴林左旗第十二届委员会常务委员。'),
	);
	assert.deepEqual(texts(bairin), ['选举申志强为政协巴林左旗第十二届委员会主席', '选举李承革、李朝晖为政协巴林左旗第十二届委员会副主席', '选举刘东等5人为政协巴林左旗第十二届委员会常务委员']);
	const longshan = extractMeasures(sections('会议以投票选举方式,选举吴少叶为政协龙山县第八届委员会主席,选举张青山、张建民为政协龙山县第八届委员会副主席,选举师明桥为政协龙山县第八届委员会秘书长。'));
	assert.deepEqual(texts(longshan), ['选举吴少叶为政协龙山县第八届委员会主席', '选举张青山、张建民为政协龙山县第八届委员会副主席', '选举师明桥为政协龙山县第八届委员会秘书长']);
});

test('a ；-series of votes closing on the list of who is to sit in is business, not who came (test/corpus 1936, 1935)', async () => {
	const sohu = extractMeasures(sections(devLine('1936', '列席人员名单')));
	assert.deepEqual(
		texts(sohu).filter(t => t.includes('人大五次会议')),
		[
			'表决通过了十届全国人大五次会议议程草案,提请十届全国人大五次会议预备会议审议',
			'表决通过了十届全国人大五次会议主席团和秘书长名单草案,提请十届全国人大五次会议预备会议选举',
			'表决通过了十届全国人大五次会议列席人员名单',
		],
	);
	const reprint = (await parseDev('1935')).measures.map(m => m.text);
	assert.ok(
		reprint.some(t => t.endsWith('列席人員名單')),
		reprint.join(' | '),
	);
});

test('a run of 一要…二要… whose first marker follows whom the requirement addresses, no comma between, is read from its first item (test/corpus 1913, 1285)', () => {
	const xupu = texts(extractMeasures(sections(devLine('1913', '他要求各级各部门一要'))));
	assert.deepEqual(xupu.slice(0, 2), ['全面统一思想,根据自己的工作实际,制定工作计划', '全面履职尽责,进一步完善方案,理清职责,进一步明确责任']);
	assert.ok(xupu[2].startsWith('让保障进一步加强'), xupu.join(' | '));
	const linjiang = texts(extractMeasures(sections(devLine('1285', '要求全体代表一要'))));
	assert.equal(linjiang[0], '迅速掀起学习宣传贯彻十八届五中全会精神的热潮');
	assert.equal(linjiang.length, 3);
});

test('what a meeting is said to hold (会议的主要内容是…) is its agenda, from three clauses on (test/corpus 2022, 895)', () => {
	// test/corpus/raw/2022 (九三学社's central plenum), the sentence as written.
	const jiusan = extractMeasures(
		sections(
			'会议的主要内容是学习贯彻中共二十届四中全会精神，听取并审议第十五届中央常务委员会2025年工作报告，审议第十五届中央委员会内部监督委员会2025年工作报告，审议有关人事事项，补选九三学社第十五届中央委员会副主席、常务委员、委员等。',
		),
	);
	assert.deepEqual(texts(jiusan), [
		'学习贯彻中共二十届四中全会精神',
		'听取并审议第十五届中央常务委员会2025年工作报告',
		'审议第十五届中央委员会内部监督委员会2025年工作报告',
		'审议有关人事事项',
		'补选九三学社第十五届中央委员会副主席、常务委员、委员等',
	]);
	assert.ok(jiusan.every(m => m.type === 'agenda'));
	// 895: two clauses (学习贯彻…精神,讨论审议《…》…) are a statement, not an agenda.
	const chengdu = texts(extractMeasures(sections(devLine('895', '主要内容是'))));
	assert.ok(!chengdu.some(t => t.startsWith('学习贯彻')), chengdu.join(' | '));
});

// Sentences from test/corpus/raw/396-nanchang-city-gov-exec-2018-4th-page.txt, 2067-shucheng-county-gov18-exec10-2022-page.txt,
// 1297-wuzhi-county-gov-exec48-2011-jzrb-page.txt and 718-district-npc-standing-chairs-7th-2020-chaoxing-page.txt.
test('titled documents a meeting studied (研究了《…》) are its agenda: two as its one business, three beside other business', () => {
	const alone = extractMeasures(sections('3月23日下午,时任市长主持召开市政府2018年第4次常务会议,会议讨论研究了《南昌市污染天气应急预案(送审稿)》《南昌市人民政府关于进一步加强政府投资项目管理的实施意见(送审稿)》等。'));
	assert.deepEqual(texts(alone), ['《南昌市污染天气应急预案(送审稿)》', '《南昌市人民政府关于进一步加强政府投资项目管理的实施意见(送审稿)》']);
	assert.ok(alone.every(m => m.type === 'agenda'));
	const beside = extractMeasures(
		sections(
			'会议听取了突出生态环境问题整改、舒城县经济发达镇行政管理体制改革综合配套政策等工作情况汇报,并讨论研究了《上海市对口合作舒城县工作行动计划》(送审稿)、《舒城县“十四五”教育事业发展规划》(送审稿)以及《舒城县旅游富民工程三年行动计划》《舒城县全域旅游六个一行动方案》(送审稿)等。',
		),
	);
	assert.deepEqual(
		texts(beside).map(t => t.replace(/\(送审稿\)$/u, '')),
		['《上海市对口合作舒城县工作行动计划》', '《舒城县“十四五”教育事业发展规划》', '《舒城县旅游富民工程三年行动计划》', '《舒城县全域旅游六个一行动方案》'],
	);
	const two = extractMeasures(
		sections(
			'会议听取了《关于确定武陟县城市总体规划等编制单位的情况说明》,讨论研究了《城乡居民社会养老保险试点计生家庭补贴情况》和《新艾卡橡胶公司享受优惠政策情况》,听取了安全生产领域行政审批及执法行为监督检查情况汇报。',
		),
	);
	assert.deepEqual(texts(two), []);
	const mixed = extractMeasures(
		sections(
			'会议听取了关于区十八届人民代表大会第四次会议期间人大代表所提议案建议情况的汇报,研究了《区人大常委会2020年工作要点及监督计划(草案)》、《区人大常委会关于表扬在新冠肺炎疫情防控工作中表现突出的人大代表的决定(草案)》以及关于召开区人大常委会第26次会议相关事宜。',
		),
	);
	assert.deepEqual(texts(mixed), []);
});

test('office-holders opening alike whose last goes on to 分别 are who did it in turn, not a list (test/corpus 2124, 2135)', () => {
	// test/corpus/raw/2124 and 2135, the sentences verbatim.
	const npc = extractMeasures(sections('全国人大常委会秘书长何椿霖,全国人大法律委员会主任委员、全国人大常委会代表资格审查委员会主任委员王维澄,全国人大常委会副秘书长于友民分别就有关议题作了说明和汇报。'));
	assert.deepEqual(texts(npc), []);
	const procuratorate = extractMeasures(
		sections(
			'党组书记、检察长周晓东,党组成员、检委会专职委员刘霞,党组成员、检委会专职委员董树海,党组成员、第一检察部主任寇建坤分别领学了《习近平著作选读(第二卷)》相关内容、二十大报告第七部分、习近平总书记在第三届“一带一路”国际合作高峰论坛开幕式上的主旨演讲及习近平总书记在中共中央政治局第九次集体学习时发表的重要讲话等内容。',
		),
	);
	assert.deepEqual(texts(procuratorate), []);
});

test('a run of 一是, 二是 … whose first marker closes the paragraph after its lead-in goes on in the paragraphs after (test/corpus 532, 2137)', () => {
	// test/corpus/raw/532, two paragraphs verbatim; 2137, its first three paragraphs of nine (the first cut to two of its ;-parts).
	const shiping = extractMeasures(
		sections(
			'会议要求:一是深入学习贯彻落实习近平关于社会主义生态文明建设论述。在异龙湖保护治理工作中,必须对标对表习近平生态文明思想找差距、找方法、找路径,切实用以武装头脑、指导实践、推动工作。',
			'二是坚持问题导向。一定要把问题整改与异龙湖保护治理有机结合,以最有力的举措确保各方面反馈问题整改到位,落实见效。',
		),
	);
	assert.deepEqual(texts(shiping), ['深入学习贯彻落实习近平关于社会主义生态文明建设论述', '坚持问题导向']);
	const fuyu = extractMeasures(
		sections('会议共有九项议题:一是听取两统筹推进疫情防控和经济社会发展工作汇报;听取财政政策争取落实情况汇报。', '二是研究部署2020年项目建设工作。', '三是听取关于110千伏输电线路设计委托情况的汇报。'),
	);
	assert.deepEqual(texts(fuyu), ['听取两统筹推进疫情防控和经济社会发展工作汇报;听取财政政策争取落实情况汇报', '研究部署2020年项目建设工作', '听取关于110千伏输电线路设计委托情况的汇报']);
});

test('titles adopted or heard, then their count and kind (三件地方性法规, 4個報告), are the documents listed (test/corpus 2141, 1342)', async () => {
	// test/corpus/raw/2141, the sentence verbatim.
	const hunan = extractMeasures(
		sections(
			'会议在听取了省人大法制委员会副主任委员纪文波、委员黄周秀分别所作的关于《湖南省耕地质量管理条例(草案)》、《湖南省人民代表大会常务委员会关于修改〈湖南省人口与计划生育条例〉的决定(草案)》审议结果的报告后,表决通过了《湖南省长株潭城市群区域规划条例》、《湖南省耕地质量管理条例》、《湖南省人民代表大会常务委员会关于修改〈湖南省人口与计划生育条例〉的决定》三件地方性法规。',
		),
	);
	assert.deepEqual(texts(hunan), ['《湖南省长株潭城市群区域规划条例》', '《湖南省耕地质量管理条例》', '《湖南省人民代表大会常务委员会关于修改〈湖南省人口与计划生育条例〉的决定》']);
	const chengxiang = (await parseDev('1342')).measures.map(m => m.text);
	assert.equal(chengxiang.at(-1), '《城廂鎮2022年民生實事項目完成情況的報告和2023年民生實事候選項目的說明》');
});

test('a ;-series whose first segment is the meeting doing business (会议听取审议了…, 会议审议并表决通过了…) starts there, not after it (test/corpus 2147, 2151, 1957)', () => {
	// test/corpus/raw/2147, 2151 and 1957, the sentences verbatim (1957's from its first 会议).
	const ordos = extractMeasures(
		sections(
			'会议听取审议了市人民政府关于2011年上半年国民经济和社会发展计划执行情况的报告,市人民政府关于2010年市本级财政决算和2011年上半年全市预算执行情况的报告,市人民政府关于2010年市本级预算执行情况和其他财政收支情况的审计报告,市人民政府关于《内蒙古自治区旅游条例》执行情况的报告,市人大常委会财经委关于2010年市本级决算的审查报告;会议表决通过了市人大常委会执法检查组关于《内蒙古自治区旅游条例》贯彻实施情况的执法检查报告,鄂尔多斯市人大常委会专项工作评议办法(试行),市人大常委会关于批准2010年市本级决算的决议(草案);会议表决通过了张卫平等4名同志的人事任免事项。',
		),
	);
	assert.equal(ordos.length, 3);
	assert.ok(ordos[0].text.startsWith('会议听取审议了市人民政府关于2011年上半年'), ordos[0].text);
	assert.equal(ordos[2].text, '会议表决通过了张卫平等4名同志的人事任免事项');
	const jian = extractMeasures(
		sections(
			'会议审议并表决通过了吉安市第三届人民代表大会第二次会议议程(草案)、吉安市第三届人民代表大会第二次会议主席团和秘书长名单(草案),决定提请吉安市第三届人民代表大会第二次会议预备会议审议;审议并表决通过了吉安市第三届人民代表大会第二次会议列席人员范围和名单(草案);审议并表决通过了吉安市人民代表大会常务委员会工作报告(讨论稿),决定提请吉安市第三届人民代表大会第二次会议审议。',
		),
	);
	assert.deepEqual(texts(jian), [
		'审议并表决通过了吉安市第三届人民代表大会第二次会议议程(草案)、吉安市第三届人民代表大会第二次会议主席团和秘书长名单(草案),决定提请吉安市第三届人民代表大会第二次会议预备会议审议',
		'审议并表决通过了吉安市第三届人民代表大会第二次会议列席人员范围和名单(草案)',
		'审议并表决通过了吉安市人民代表大会常务委员会工作报告(讨论稿),决定提请吉安市第三届人民代表大会第二次会议审议',
	]);
	const wamiao = extractMeasures(sections('会议通过了由镇主要领导、村民代表组成的大会主席团,听取审议了政府工作报告、人大工作报告和财政预决算工作报告,依法选举产生了新一届人大主席、镇长、副镇长。'));
	assert.deepEqual(texts(wamiao), ['政府工作报告', '人大工作报告', '财政预决算工作报告']);
});
