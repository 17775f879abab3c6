// The attendees extractor on real report text: paragraphs from the labelled corpus, kept as the
// reports print them (the Shaoxing report's half-width punctuation and spaced names included).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Body, Meta, Person, Section} from '../../source/model/report.ts';
import {extractAttendees} from '../../source/parse/attendees/index.ts';

function sections(...texts: string[]): Section[] {
	return texts.map((text, i) => ({id: i + 1, lead: null, heading: '', text, offset: 0}));
}

function meta(overrides: Partial<Meta> = {}): Meta {
	return {title: '', date: null, time: null, source: null, channel: null, meeting: null, bylines: [], caption: null, lines: [], ...overrides};
}

function read(texts: string[], overrides: Partial<Meta> = {}): {people: Person[]; bodies: Body[]} {
	const {people, bodies} = extractAttendees(sections(...texts), meta(overrides));
	// What each item was read by is --explain's; these tests are about what was read.
	return {people: people.map(({rules: _rules, ...person}) => person), bodies: bodies.map(({rules: _rules, ...body}) => body)};
}

function person(people: Person[], name: string): Person {
	const found = people.find(p => p.name === name);
	assert.ok(found, `${name} should be among ${people.map(p => p.name).join('、')}`);
	return found;
}

function body(bodies: Body[], name: string): Body {
	const found = bodies.find(b => b.name === name);
	assert.ok(found, `${name} should be among ${bodies.map(b => b.name).join(' / ')}`);
	return found;
}

const shaoxingOpening = '10日下午至11日上午,市委召开八届九次全体(扩大)会议。出席这次全会的市委委员42名、候补委员10名。市委常委会主持会议。市委书记马卫光讲话。市委副书记盛阅春、陈澄出席。';
const shaoxingReport =
	'全会以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的十九届五中全会精神,深入贯彻习近平总书记考察浙江重要讲话精神,贯彻落实省委十四届八次全会部署和省委书记袁家军对绍兴工作的重要指示精神,听取和讨论马卫光受市委常委会委托作的工作报告,审议通过《中共绍兴市委关于制定绍兴市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》。马卫光就《建议(讨论稿)》向全会作了说明。';
const shaoxingClosing =
	'市委委员、候补委员,市纪委委员,各区、县(市)党委和政府主要负责人,市级各部门、各单位党委(党组、工委)主要负责人,部分市党代表等参加会议。其他市领导,原地市老领导,市级各民主党派、工商联主要负责人,市级部门(单位)行政主要负责人列席大会。';

test('the opening of a municipal plenum: who presided, who spoke, who attended, and the counted groups', () => {
	const {people, bodies} = read([shaoxingOpening]);
	assert.equal(body(bodies, '市委常委会').part, 'presided');
	assert.deepEqual([body(bodies, '市委委员').count, body(bodies, '候补委员').count], [42, 10]);
	const secretary = person(people, '马卫光');
	assert.equal(secretary.part, 'spoke');
	assert.deepEqual(secretary.roles, ['市委书记']);
	for (const deputy of ['盛阅春', '陈澄']) {
		assert.equal(person(people, deputy).part, 'attended');
		assert.deepEqual(person(people, deputy).roles, ['市委副书记']);
	}
	assert.deepEqual(people.map(p => p.name).sort(), ['盛阅春', '陈澄', '马卫光'].sort());
});

test('one person, many parts: the speaker who also delivered the work report and explained the draft', () => {
	const {people} = read([shaoxingOpening, shaoxingReport]);
	const secretary = person(people, '马卫光');
	assert.equal(secretary.part, 'spoke');
	assert.deepEqual(secretary.also, ['reported', 'explained']);
	assert.deepEqual(secretary.sections, [1, 2]);
	// Named in the text, not at the meeting.
	assert.equal(person(people, '袁家军').part, 'mentioned');
	assert.equal(person(people, '习近平').part, 'mentioned');
	assert.deepEqual(person(people, '习近平').sections, [2]);
});

test('the closing sentence: groups that took part and groups that sat in, without splitting group names at 、', () => {
	const {bodies} = read([shaoxingOpening, shaoxingClosing]);
	const attended = bodies.filter(b => b.part === 'attended').map(b => b.name);
	const observers = bodies.filter(b => b.part === 'observer').map(b => b.name);
	assert.deepEqual(attended, ['市委委员', '候补委员', '市纪委委员', '各区、县(市)党委和政府主要负责人', '市级各部门、各单位党委(党组、工委)主要负责人', '部分市党代表']);
	assert.deepEqual(observers, ['其他市领导', '原地市老领导', '市级各民主党派、工商联主要负责人', '市级部门(单位)行政主要负责人']);
	// 市委委员、候补委员 repeated at the close are the groups counted at the opening.
	assert.equal(body(bodies, '市委委员').count, 42);
	assert.deepEqual(body(bodies, '市委委员').sections, [1, 2]);
});

test('a discipline plenum: an unnamed observer count, leaders listed before 等党和国家领导人, and the work report', () => {
	const {people, bodies} = read([
		'中国共产党第二十届中央纪律检查委员会第三次全体会议，于2024年1月8日至10日在北京举行。出席这次全会的有中央纪委委员132人，列席238人。',
		'中共中央总书记、国家主席、中央军委主席习近平出席全会并发表重要讲话。李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希等党和国家领导人出席会议。',
		'全会由中央纪律检查委员会常务委员会主持。全会深入学习贯彻习近平新时代中国特色社会主义思想，审议通过了李希同志代表中央纪委常委会所作的《深入学习贯彻习近平总书记关于党的自我革命的重要思想，纵深推进新征程纪检监察工作高质量发展》工作报告。',
	]);
	const observers = body(bodies, '列席人员');
	assert.deepEqual([observers.count, observers.part], [238, 'observer']);
	assert.deepEqual([body(bodies, '中央纪委委员').count, body(bodies, '中央纪委委员').part], [132, 'attended']);
	assert.equal(body(bodies, '中央纪律检查委员会常务委员会').part, 'presided');
	const general = person(people, '习近平');
	assert.equal(general.part, 'spoke');
	assert.deepEqual(general.roles, ['中共中央总书记', '国家主席', '中央军委主席']);
	assert.deepEqual(person(people, '赵乐际').roles, ['党和国家领导人']);
	const reporter = person(people, '李希');
	assert.equal(reporter.part, 'reported');
	assert.deepEqual(reporter.also, ['attended']);
	assert.equal(people.length, 7);
});

test('a congress sitting: expected, present and absent deputies under the name the lede gives them', () => {
	const {bodies} = read([
		'央视网消息（新闻联播）：第十四届全国人民代表大会第二次会议5日上午在北京人民大会堂开幕。近3000名全国人大代表肩负人民重托出席大会，履行宪法和法律赋予的神圣职责。',
		'十四届全国人大二次会议应出席代表2956人。5日上午的会议，出席2872人，缺席84人，出席人数符合法定人数。',
	]);
	assert.equal(bodies.length, 1);
	assert.deepEqual(body(bodies, '全国人大代表'), {name: '全国人大代表', count: 2872, part: 'attended', expected: 2956, absent: 84, sections: [2]});
});

test('a congress sitting: the rostrum, the presiding chairman, observers and 列席 people', () => {
	const {people, bodies} = read([
		'大会主席团常务主席、执行主席赵乐际主持大会。大会主席团常务主席、执行主席李鸿忠、王东明、肖捷、郑建邦、丁仲礼、郝明金、蔡达峰、何维、武维华、铁凝、彭清华、张庆伟、洛桑江村、雪克来提·扎克尔、刘奇在主席台执行主席席就座。',
		'习近平、李强、王沪宁、蔡奇、丁薛祥、李希、韩正和大会主席团成员在主席台就座。',
		'受全国人大常委会委托，全国人大常委会副委员长李鸿忠作关于国务院组织法修订草案的说明。',
		'在主席台就座的还有：马兴瑞、王毅、尹力、帕巴拉·格列朗杰、何厚铧，以及中央军委委员刘振立、张升民等。',
		'香港特别行政区行政长官李家超、澳门特别行政区行政长官贺一诚列席会议并在主席台就座。',
		'出席全国政协十四届二次会议的政协委员列席大会。',
		'外国驻华使节旁听了大会。',
	]);
	assert.equal(person(people, '赵乐际').part, 'presided');
	assert.deepEqual(person(people, '赵乐际').roles, ['大会主席团常务主席', '执行主席']);
	assert.equal(person(people, '李鸿忠').part, 'explained');
	for (const name of ['洛桑江村', '雪克来提·扎克尔', '帕巴拉·格列朗杰', '韩正']) assert.equal(person(people, name).part, 'attended');
	assert.deepEqual(person(people, '张升民').roles, ['中央军委委员']);
	assert.deepEqual(person(people, '马兴瑞').roles, []);
	const chiefExecutive = person(people, '李家超');
	assert.deepEqual([chiefExecutive.part, chiefExecutive.as], ['attended', '列席']);
	assert.equal(body(bodies, '大会主席团成员').part, 'attended');
	assert.equal(body(bodies, '出席全国政协十四届二次会议的政协委员').part, 'observer');
	assert.equal(body(bodies, '外国驻华使节').part, 'observer');
	assert.ok(!people.some(p => p.name.includes('主席团')));
});

test('a standing committee closing: appointments and removals are mentions, the chairman presided and spoke', () => {
	const {people, bodies} = read([
		'央视网消息（新闻联播）：十三届全国人大常委会第三十七次会议30日上午在京闭幕。栗战书委员长主持闭幕会。会议经表决，通过了新修订的妇女权益保障法、黄河保护法、新修订的畜牧法；决定免去陈文清的国家安全部部长职务，任命陈一新为国家安全部部长。',
		'会议经表决，免去石泰峰的全国人大教科文卫委副主任委员职务。免去杨晓超、徐令义的国家监委副主任职务，任命孙新阳、刘学新、张福海为国家监委副主任，免去卢希、白少康、陈超英、姜信治、凌激、崔鹏的国家监委委员职务，任命王晓萍、王爱文、许罗德、李欣然、赵世勇、訚柏、穆红玉为国家监委委员。',
		'会议表决通过了关于接受程立峰辞去常委会委员等职务的请求的决定。还表决通过了其他任免案。',
		'在完成有关表决事项后，栗战书作了讲话。',
	]);
	const chairman = person(people, '栗战书');
	assert.deepEqual([chairman.part, chairman.also], ['presided', ['spoke']]);
	const named = people.filter(p => p.part === 'mentioned').map(p => p.name);
	assert.equal(named.length, 22);
	for (const name of ['陈文清', '陈一新', '訚柏', '程立峰', '崔鹏']) assert.ok(named.includes(name), name);
	assert.deepEqual(person(people, '陈文清').roles, ['国家安全部部长']);
	assert.deepEqual(person(people, '孙新阳').roles, ['国家监委副主任']);
	assert.deepEqual(bodies, []);
});

test('a central plenum: the explanation by a second speaker, 和 splitting two observer groups, and disciplined members', () => {
	const {people, bodies} = read([
		'出席全会的有中央委员199人，候补中央委员159人。中央纪律检查委员会委员和有关负责同志列席会议。',
		'全会由中央政治局主持。中央委员会总书记习近平作了重要讲话。',
		'全会听取和讨论了习近平受中央政治局委托作的工作报告。习近平就党的十九届中央委员会向中国共产党第二十次全国代表大会的报告讨论稿向全会作了说明，王沪宁就《中国共产党章程（修正案）》讨论稿向全会作了说明。',
		'全会按照党章规定，决定递补中央委员会候补委员马国强、王宁、王伟中为中央委员会委员。',
		'全会审议并通过了中共中央纪律检查委员会关于傅政华、沈德咏、李佳、张敬华严重违纪违法问题的审查报告，确认中央政治局之前作出的给予傅政华、沈德咏、张敬华开除党籍处分，给予李佳撤销党内职务处分。',
	]);
	assert.deepEqual(
		bodies.map(b => [b.name, b.count, b.part]),
		[
			['中央委员', 199, 'attended'],
			['候补中央委员', 159, 'attended'],
			['中央纪律检查委员会委员', null, 'observer'],
			['有关负责同志', null, 'observer'],
			['中央政治局', null, 'presided'],
		],
	);
	assert.deepEqual([person(people, '习近平').part, person(people, '习近平').also], ['spoke', ['reported', 'explained']]);
	assert.equal(person(people, '王沪宁').part, 'explained');
	for (const name of ['马国强', '王宁', '王伟中', '傅政华', '沈德咏', '李佳', '张敬华']) assert.equal(person(people, name).part, 'mentioned');
	assert.deepEqual(person(people, '王伟中').roles, ['中央委员会候补委员']);
});

test('staff from bylines and captions: a name spaced for layout is joined, the original kept', () => {
	const {people} = read([shaoxingOpening], {
		lines: ['市委召开八届九次全体(扩大)会议', '10日下午至11日上午,市委召开八届九次全体(扩大)会议。 首席记者 袁 云 摄', '作者:首席记者 张科勇 编辑:蒋超'],
		caption: '10日下午至11日上午,市委召开八届九次全体(扩大)会议。 首席记者 袁 云 摄',
		bylines: [
			{role: '作者', name: '首席记者 张科勇'},
			{role: '编辑', name: '蒋超'},
		],
	});
	const photographer = person(people, '袁云');
	assert.deepEqual([photographer.part, photographer.staffRole, photographer.asWritten], ['staff', 'photographer', '袁 云']);
	assert.deepEqual(photographer.roles, ['首席记者']);
	assert.deepEqual(photographer.sections, [0]);
	assert.deepEqual([person(people, '张科勇').staffRole, person(people, '张科勇').roles], ['author', ['首席记者']]);
	assert.equal(person(people, '蒋超').staffRole, 'editor');
	assert.ok(!people.some(p => p.name === '袁' || p.name === '云'));
});

test('photo credits inside scraped body text are staff, and do not turn into attendees', () => {
	const {people} = read([
		'12月10日至11日，中央经济工作会议在北京举行。中共中央总书记、国家主席、中央军委主席习近平出席会议并发表重要讲话。新华社记者 燕雁 摄  新华社北京12月11日电　中央经济工作会议12月10日至11日在北京举行。中共中央政治局常委李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席会议。  习近平在重要讲话中总结2025年经济工作。李强作总结讲话，对做好明年经济工作提出要求。',
	]);
	const photographer = person(people, '燕雁');
	assert.deepEqual([photographer.part, photographer.staffRole, photographer.roles], ['staff', 'photographer', ['新华社记者']]);
	assert.deepEqual([person(people, '李强').part, person(people, '李强').also], ['spoke', ['attended']]);
	assert.ok(!people.some(p => p.name.endsWith('摄')));
	assert.equal(people.length, 8);
});

test("the page's 作者 field naming the speaker is site metadata, not staff", () => {
	const {people} = read(['中共中央总书记、国家主席、中央军委主席、中央全面深化改革委员会主任习近平11月14日下午主持召开中央全面深化改革委员会第五次会议并发表重要讲话。'], {
		bylines: [{role: '作者', name: '习近平'}],
	});
	const general = person(people, '习近平');
	assert.deepEqual([general.part, general.also], ['presided', ['spoke']]);
	assert.equal(general.staffRole, undefined);
});

test("a name inside a doctrine's name is not a mention", () => {
	const {people} = read(['全会认为，全党要坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观，全面贯彻习近平新时代中国特色社会主义思想，深入贯彻习近平强军思想。']);
	assert.deepEqual(people, []);
});

test('lists of nouns, studied speeches and summarised reports are not people or speakers', () => {
	const {people} = read(['深化整治金融、国企、能源、烟草、医药、基建工程和招投标等领域腐败问题，坚决惩治群众身边腐败。', '全会认真学习、深刻领会习近平总书记重要讲话。一致认为，讲话高瞻远瞩、视野宏阔。']);
	assert.deepEqual(
		people.map(p => [p.name, p.part]),
		[['习近平', 'mentioned']],
	);

	const report = read(['根据会议议程，国务院总理李强代表国务院向大会作政府工作报告。', '李强在报告中指出，过去一年，是全面贯彻党的二十大精神的开局之年。']).people;
	assert.deepEqual([person(report, '李强').part, person(report, '李强').also], ['reported', []]);
});

test("a provincial session: names run together in the deck, 副主席 and 常委们 under the chairman's organisation", () => {
	const {people, bodies} = read(
		[
			'省政协主席黄莉新，副主席孙景淼、王昌荣，秘书长金长征以及常委们在主席台就座。',
			'省 领导袁家军、王浩、黄建发等在主席台就座，祝贺大会圆满成功。',
			'大会 由黄莉新等主持。',
			'袁家军说，会议期间，全体委员深入学习贯彻中共十九届六中全会精神。',
		],
		{lines: ['省政协十二届五次会议胜利闭幕', '袁家军讲话 王浩黄建发等出席 黄莉新主持']},
	);
	assert.deepEqual(person(people, '孙景淼').roles, ['省政协副主席']);
	assert.equal(body(bodies, '省政协常委').part, 'attended');
	assert.deepEqual([person(people, '黄莉新').part, person(people, '黄莉新').also], ['presided', ['attended']]);
	assert.deepEqual([person(people, '袁家军').part, person(people, '袁家军').roles], ['spoke', ['省领导']]);
	assert.deepEqual(person(people, '王浩').sections, [2]);
	assert.deepEqual(person(people, '黄建发').roles, ['省领导']);
	assert.deepEqual(people.map(p => p.name).sort(), ['孙景淼', '王昌荣', '金长征', '黄莉新', '袁家军', '王浩', '黄建发'].sort());
});

test('a speaker-led paragraph counts as speaking only for someone the report has present', () => {
	const {people} = read(['会议传达学习了习近平总书记在中央经济工作会议上的重要讲话精神。市委书记陈金彪主持会议。', '习近平总书记强调，要坚持稳中求进工作总基调。', '陈金彪指出，要认真抓好贯彻落实。']);
	assert.deepEqual([person(people, '习近平').part, person(people, '习近平').also], ['mentioned', []]);
	assert.deepEqual([person(people, '陈金彪').part, person(people, '陈金彪').also], ['presided', ['spoke']]);
});

test('a communiqué run together with no paragraph breaks and an inline photo credit', () => {
	const {people, bodies} = read([
		'中国共产党第十九届中央委员会第六次全体会议，于2021年11月8日至11日在北京举行。出席这次全会的有，中央委员197人，候补中央委员151人。中央纪律检查委员会常务委员会委员和有关方面负责同志列席会议。党的十九大代表中部分基层同志和专家学者也列席会议。全会由中央政治局主持。中央委员会总书记习近平作了重要讲话。中国共产党第十九届中央委员会第六次全体会议，于2021年11月8日至11日在北京举行。中央委员会总书记习近平作重要讲话。新华社记者 鞠鹏 摄 全会听取和讨论了习近平受中央政治局委托作的工作报告，审议通过了《中共中央关于党的百年奋斗重大成就和历史经验的决议》。习近平就《中共中央关于党的百年奋斗重大成就和历史经验的决议（讨论稿）》向全会作了说明。',
	]);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.also]),
		[
			['习近平', 'spoke', ['reported', 'explained']],
			['鞠鹏', 'staff', []],
		],
	);
	assert.deepEqual(
		bodies.map(b => [b.name, b.count, b.part]),
		[
			['中央委员', 197, 'attended'],
			['候补中央委员', 151, 'attended'],
			['中央纪律检查委员会常务委员会委员', null, 'observer'],
			['有关方面负责同志', null, 'observer'],
			['党的十九大代表中部分基层同志', null, 'observer'],
			['专家学者', null, 'observer'],
			['中央政治局', null, 'presided'],
		],
	);
});

test('a consultation meeting: speakers listed before 作了发言, and guests after 出席会议的党外人士还有', () => {
	const {people, bodies} = read([
		'民革中央主席郑建邦、民盟中央主席丁仲礼、全国工商联主席高云龙、无党派人士代表李卫等作了发言。他们认为，党和国家机构改革方案都是在广泛征求意见的基础上形成的。',
		'王晨、石泰峰、李干杰、何立峰、张庆黎和陈希，中央有关部门负责同志出席会议。',
		'出席会议的党外人士还有陈竺、万钢、辜胜阻、邵鸿和何报翔、周忠和。',
	]);
	for (const name of ['郑建邦', '丁仲礼', '高云龙', '李卫']) assert.equal(person(people, name).part, 'spoke');
	assert.deepEqual(person(people, '李卫').roles, ['无党派人士代表']);
	for (const name of ['王晨', '陈希', '陈竺', '何报翔', '周忠和']) assert.equal(person(people, name).part, 'attended');
	assert.deepEqual(person(people, '辜胜阻').roles, ['党外人士']);
	assert.deepEqual(
		bodies.map(b => [b.name, b.part]),
		[['中央有关部门负责同志', 'attended']],
	);
	assert.equal(people.length, 16);
});

test('a congress closing: the executive chairmen named in the next sentence, deputies named after the congress', () => {
	const {people, bodies} = read([
		'十四届全国人大常委会委员长、副委员长、秘书长担任大会执行主席，并在主席台前排就座。他们是：赵乐际、李鸿忠、王东明、洛桑江村、雪克来提·扎克尔、刘奇。',
		'会议应出席代表2977人，出席2947人，缺席30人，出席人数符合法定人数。',
		'闭幕会由大会执行主席、十四届全国人大常委会委员长赵乐际主持。',
		'赵乐际随后也发表了讲话。他说，完全赞成和拥护习近平主席的重要讲话。',
	]);
	for (const name of ['李鸿忠', '王东明', '洛桑江村', '雪克来提·扎克尔', '刘奇']) assert.equal(person(people, name).part, 'attended');
	assert.deepEqual([person(people, '赵乐际').part, person(people, '赵乐际').also], ['presided', ['spoke', 'attended']]);
	assert.equal(person(people, '习近平').part, 'mentioned');
	// The sentence counts 代表 and names no congress: the group is named as written (LABELING.md).
	assert.deepEqual(bodies, [{name: '代表', count: 2947, part: 'attended', expected: 2977, absent: 30, sections: [2]}]);
});

test('a first plenum: election results set apart by spaces are named, the counted commission is named before 应到', () => {
	const {people, bodies} = read([
		'习近平同志主持会议并在当选中共中央委员会总书记后作了重要讲话。',
		'丁薛祥　习近平　马兴瑞　王毅　王沪宁　尹力',
		'副主席　张又侠　何卫东',
		'王晓萍（女）　王爱文　訚柏（纳西族）',
		'中央纪律检查委员会委员应到133人，实到132人。',
	]);
	assert.deepEqual([person(people, '习近平').part, person(people, '习近平').also], ['presided', ['spoke']]);
	for (const name of ['丁薛祥', '马兴瑞', '尹力', '王晓萍', '訚柏']) assert.equal(person(people, name).part, 'mentioned');
	assert.deepEqual(person(people, '何卫东').roles, ['副主席']);
	assert.ok(!people.some(p => p.name.includes('（') || p.name === '应到'));
	assert.deepEqual(
		bodies.map(b => [b.name, b.count, b.expected]),
		[['中央纪律检查委员会委员', 132, 133]],
	);
});

test('relaying a document or speaking at the meeting makes someone present; the body hearing a report does not', () => {
	const {people} = read([
		'市委常委会召开会议，传达学习习近平总书记重要讲话精神。市委书记张三主持会议。市委副书记李四传达了省委全会精神，市委秘书长王五通报了有关情况。会议听取了市发展改革委关于经济运行情况的汇报。',
		'省委书记易炼红在会上强调，要深入学习。',
	]);
	assert.deepEqual(
		people.map(p => [p.name, p.part]),
		[
			['张三', 'presided'],
			['李四', 'attended'],
			['王五', 'attended'],
			['易炼红', 'spoke'],
			['习近平', 'mentioned'],
		],
	);
});

test('reporters in the dateline and the editor tag are staff; an outlet in the 作者 field is not a person', () => {
	const {people} = read(
		[
			'新华网北京1月23日电（记者霍小光）在春节即将到来之际，中共中央总书记、国家主席、中央军委主席习近平22日下午在人民大会堂同各民主党派中央、全国工商联负责人和无党派人士代表欢聚一堂，共迎新春。中共中央政治局常委、全国政协主席俞正声，中共中央政治局常委、国务院副总理张高丽出席。',
			'【纠错】    【责任编辑:刘阳】    阅读下一篇：',
		],
		{bylines: [{role: '作者', name: '新华社'}]},
	);
	assert.deepEqual([person(people, '霍小光').part, person(people, '霍小光').staffRole], ['staff', 'author']);
	assert.deepEqual([person(people, '刘阳').part, person(people, '刘阳').staffRole, person(people, '刘阳').roles], ['staff', 'editor', ['责任编辑']]);
	assert.deepEqual([person(people, '俞正声').part, person(people, '张高丽').part], ['attended', 'attended']);
	assert.ok(!people.some(p => p.name === '新华社'));
});

test('taking part in a discussion on another occasion, recalled in the report, is not attending this meeting', () => {
	const {people} = read([
		'全会强调,省委书记袁家军在省委全会期间参加绍兴组讨论时的重要讲话,充分体现了对绍兴工作的高度肯定,对绍兴未来的殷切期望,对绍兴干部群众的充分信任,为我们推进各项事业发展继续走在前列注入了强大动力。',
	]);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.roles]),
		[['袁家军', 'mentioned', ['省委书记']]],
	);
});

test('words about a speech being studied do not make its speaker present', () => {
	const {people} = read(['全会认真学习、深刻领会习近平总书记重要讲话。一致认为，习近平总书记在重要讲话中深刻阐述党的自我革命的重要思想。习近平总书记对纪检监察干部队伍寄予殷切期望，提出明确要求。']);
	assert.deepEqual(
		people.map(p => [p.name, p.part]),
		[['习近平', 'mentioned']],
	);
});

test('those the meeting reported to are not a group that attended it', () => {
	const {people, bodies} = read([
		'央视网消息（新闻联播）：中共中央2月28日在中南海举行民主协商会，就党和国家机构改革方案、中共中央拟向十四届全国人大一次会议推荐的国家机构领导人员人选建议名单和拟向全国政协十四届一次会议推荐的全国政协领导人员人选建议名单，向各民主党派中央、全国工商联和无党派人士代表通报情况，听取意见。中共中央总书记、国家主席、中央军委主席习近平主持会议并发表重要讲话。',
	]);
	assert.deepEqual(bodies, []);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.also]),
		[['习近平', 'presided', ['spoke']]],
	);
});

test('names run together in a later paragraph are read with the names an earlier paragraph gave (shared 04: its list, and its deck as a paragraph)', () => {
	const {people} = extractAttendees(sections('省 领导袁家军、王浩、黄建发等在主席台就座，祝贺大会圆满成功。', '王浩黄建发等出席。'), meta());
	// The second paragraph names no one the first reading could vouch for: only a later reading, knowing 王浩 and 黄建发, finds them attending there.
	for (const name of ['王浩', '黄建发']) assert.ok(person(people, name).rules?.includes('attended: 出席'), `${name}: ${person(people, name).rules?.join(', ')}`);
});
