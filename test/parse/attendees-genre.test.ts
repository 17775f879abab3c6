// The attendees extractor on the genre's other ways of saying who took part: sittings named as
// the object (出席闭幕会), speakers with long posts (…先后发言), reports to the meeting, discipline
// cases, head counts against the roll, short forms of one body, and paragraphs led by a speaker.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Body, Meta, Person, Section} from '../../source/model/report.ts';
import {extractAttendees} from '../../source/parse/attendees/index.ts';
import {parseReport} from '../../source/parse/index.ts';
import {loadConverter} from '../../source/text/han-fold.ts';
import {devLine, parseDev} from '../helpers/dev-corpus.ts';

function read(texts: string[]): {people: Person[]; bodies: Body[]} {
	const sections: Section[] = texts.map((text, i) => ({id: i + 1, lead: null, heading: '', text, offset: 0}));
	const meta: Meta = {title: '', date: null, time: null, source: null, channel: null, meeting: null, bylines: [], caption: null, lines: []};
	const {people, bodies} = extractAttendees(sections, meta);
	// What each item was read by is --explain's; these tests are about what was read.
	return {people: people.map(({rules: _rules, ...person}) => person), bodies: bodies.map(({rules: _rules, ...body}) => body)};
}

function person(people: Person[], name: string): Person {
	const found = people.find(p => p.name === name);
	assert.ok(found, `${name} should be among ${people.map(p => p.name).join('、')}`);
	return found;
}
test('attendance lists whose object is a sitting of the meeting (闭幕会, 全体会议) are read like those after 会议', () => {
	const {people} = read(['会议由全国政协主席王沪宁主持。出席闭幕会的领导同志还有：马兴瑞、王毅、雪克来提·扎克尔、应勇等。', '出席第三次全体会议的还有李鸿忠、王东明。']);
	for (const name of ['马兴瑞', '王毅', '雪克来提·扎克尔', '应勇', '李鸿忠', '王东明']) assert.equal(person(people, name).part, 'attended');
	// 领导同志 is the courtesy every leader gets, not a role; 党外人士 in the same place is one.
	assert.deepEqual(person(people, '应勇').roles, []);
	assert.deepEqual(person(read(['出席会议的党外人士还有陈竺、万钢。']).people, '万钢').roles, ['党外人士']);
	// A session named as the subject of a sentence, not the object of 出席, lists nobody.
	assert.deepEqual(read(['闭幕会的议程还有：表决决议草案。']).people, []);
});

test('groups that sit in on or are invited to a sitting; invited kinds of guests joined by 、 are separate groups', () => {
	const {bodies} = read(['中共中央、全国人大常委会、国务院有关部门负责同志列席闭幕会。外国驻华使节、海外华侨等应邀参加闭幕会。']);
	assert.deepEqual(
		bodies.map(b => [b.name, b.part]),
		[
			['中共中央、全国人大常委会、国务院有关部门负责同志', 'observer'],
			['外国驻华使节', 'attended'],
			['海外华侨', 'attended'],
		],
	);
	// Posts held by one set of office-holders stay one group.
	const rostrum = read(['中共中央政治局委员、中央书记处书记，国务委员等出席会议。']).bodies;
	assert.deepEqual(
		rostrum.map(b => b.name),
		['中共中央政治局委员、中央书记处书记', '国务委员'],
	);
	assert.deepEqual(
		read(['外国驻华使节应邀参加会议。']).bodies.map(b => b.name),
		['外国驻华使节'],
	);
	assert.deepEqual(
		read(['外国驻华使节、国际组织驻华代表应邀出席。']).bodies.map(b => b.name),
		['外国驻华使节', '国际组织驻华代表'],
	);
});

test("a verb's subject read on its own must stand apart as a name: no 计工 from 审计工作报告, no 谈会并 from 座谈会并", () => {
	assert.deepEqual(read(['会议建议的议程还有：审议国务院关于2022年度中央预算执行和其他财政收支的审计工作报告。']).people, []);
	const {people} = read(['中共中央总书记、国家主席、中央军委主席习近平近日在安徽合肥主持召开知识分子、劳动模范、青年代表座谈会并发表重要讲话。']);
	// 近日 stands between the subject and 主持 like a date does.
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.also]),
		[['习近平', 'presided', ['spoke']]],
	);
	const premier = read(['国务院总理李强日前亲自主持召开国务院常务会议。']).people;
	assert.deepEqual(
		premier.map(p => [p.name, p.part]),
		[['李强', 'presided']],
	);
	// A name after a break or a verb taking a person is still read.
	assert.deepEqual(
		read(['全会听取和讨论了王岐山受中央政治局委托作的工作报告。']).people.map(p => [p.name, p.part]),
		[['王岐山', 'reported']],
	);
});

test('reporting to the meeting makes someone present: 就…作了汇报, and a report heard (听取了…作的报告, …作的关于…的汇报)', async () => {
	const {people} = read(['委员长会议上，全国人大常委会秘书长刘奇就常委会第三次会议议程草案和日程安排等作了汇报。', '会议听取了全国人大常委会副秘书长郭振华作的报告。']);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.roles]),
		[
			['刘奇', 'reported', ['全国人大常委会秘书长']],
			['郭振华', 'reported', ['全国人大常委会副秘书长']],
		],
	);
	// 675: 听取了十三届全国人大常委会秘书长杨振武作的关于…审议情况的汇报; the same in 227 and 405 (traditional).
	assert.equal(person(read([devLine('675', '杨振武作的关于')]).people, '杨振武').part, 'reported');
	for (const number of ['227', '405'])
		assert.ok(
			(await parseDev(number)).people.some(p => p.name === '楊振武' && p.part === 'reported'),
			number,
		);
	const briefed = read(['会议听取了国家发展改革委主任郑栅洁关于当前经济形势的汇报。']).people;
	assert.deepEqual(
		briefed.map(p => [p.name, p.part]),
		[['郑栅洁', 'reported']],
	);
	// A body's report names no one; a task before 的重要论述 is not a person.
	assert.deepEqual(read(['会议审议了国务院关于2022年中央决算的报告。']).people, []);
	const studied = read(['全会认真学习了习近平总书记关于全面从严治党的重要论述。']).people;
	assert.deepEqual(
		studied.map(p => [p.name, p.part]),
		[['习近平', 'mentioned']],
	);
});

test('speakers named one after another with long posts before each name, closed by 先后发言, all spoke', () => {
	const {people} = read([
		'座谈会上，中科院院士、中国科技大学常务副校长潘建伟，中国工程院院士、中国电子科技集团公司第三十六研究所高级工程师杨小牛，国网安徽省电力公司宿州供电公司运检部带电作业班班长许启金，西南大学生命科学学院教授罗凌飞先后发言。',
	]);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.roles]),
		[
			['潘建伟', 'spoke', ['中科院院士', '中国科技大学常务副校长']],
			['杨小牛', 'spoke', ['中国工程院院士', '中国电子科技集团公司第三十六研究所高级工程师']],
			['许启金', 'spoke', ['国网安徽省电力公司宿州供电公司运检部带电作业班班长']],
			['罗凌飞', 'spoke', ['西南大学生命科学学院教授']],
		],
	);
	const turns = read(['会上，清华大学教授张三，北京大学副校长李四先后在会上发言。']).people;
	assert.deepEqual(
		turns.map(p => [p.name, p.part]),
		[
			['张三', 'spoke'],
			['李四', 'spoke'],
		],
	);
	// Without 先后, one speaker: the clause before is not part of the subject.
	const one = read(['会议听取了有关情况汇报，西南大学生命科学学院教授罗凌飞发言。']).people;
	assert.deepEqual(
		one.map(p => [p.name, p.part]),
		[['罗凌飞', 'spoke']],
	);
});

test('people in a discipline case (查处…违纪违法案件) are named, not present, even without a common family name', () => {
	const {people} = read(['全会由中央纪律检查委员会常务委员会主持。党中央严肃查处周永康、令计划违纪违法案件，消除了党内重大政治隐患。']);
	assert.deepEqual(
		people.map(p => [p.name, p.part]),
		[
			['周永康', 'mentioned'],
			['令计划', 'mentioned'],
		],
	);
	// Cases that name no one add no one.
	assert.deepEqual(read(['严肃查处群众身边的不正之风和腐败问题。']).people, []);
});

test('a head count against the roll (现有代表…出席…缺席) without 应出席 is one counted group', () => {
	const {bodies} = read(['十四届全国人大二次会议4日上午在北京人民大会堂举行预备会议。十四届全国人大现有代表2956人。4日的预备会议，出席2853人，缺席103人，出席人数符合法定人数。']);
	assert.deepEqual(bodies, [{name: '全国人大代表', count: 2853, part: 'attended', expected: 2956, absent: 103, sections: [1]}]);
	// The group counted present may be named again after the roll.
	const standing = read(['全国人大常委会现有组成人员170人，出席会议的组成人员155人，缺席15人。']).bodies;
	assert.deepEqual(
		standing.map(b => [b.name, b.count, b.expected, b.absent]),
		[['全国人大常委会组成人员', 155, 170, 15]],
	);
	// The roll alone, with no one counted present, says nothing about who attended.
	assert.deepEqual(read(['全国人大常委会现有委员175人。会议听取了有关报告。']).bodies, []);
});

test('one group named in full in one place and by its short form in another is one group, with its count', () => {
	const texts = ['中央纪律检查委员会委员，中央和国家机关各部门主要负责同志等参加会议。', '出席这次全会的有中央纪委委员125人，列席242人。'];
	const {bodies} = read(texts);
	assert.deepEqual(
		bodies.map(b => [b.name, b.count, b.sections]),
		[
			['中央纪委委员', 125, [1, 2]],
			['列席人员', 242, [2]],
			['中央和国家机关各部门主要负责同志', null, [1]],
		],
	);
	// Different bodies that share words stay apart.
	const plenum = read(['出席这次全会的有中央委员197人。中央纪律检查委员会常务委员会委员列席会议。']).bodies;
	assert.deepEqual(
		plenum.map(b => [b.name, b.count]),
		[
			['中央委员', 197],
			['中央纪律检查委员会常务委员会委员', null],
		],
	);
});

test('paragraphs led by 某某指出， are the account of who spoke when no one else presided or spoke, unless the speech is studied', () => {
	const own = read(['会议在北京召开。', '习近平指出，要好好干。', '习近平强调，要把各项工作抓实抓好。']).people;
	assert.deepEqual(
		own.map(p => [p.name, p.part, p.sections]),
		[['习近平', 'spoke', [2, 3]]],
	);
	// A leader whose earlier speech the meeting studies is quoted the same way.
	const studied = read(['会议传达学习了习近平在中央经济工作会议上的重要讲话精神。', '习近平指出，要坚持稳中求进。']).people;
	assert.deepEqual(
		studied.map(p => [p.name, p.part]),
		[['习近平', 'mentioned']],
	);
	// With someone else chairing, a quoted leader is not taken for a speaker at this meeting.
	const chaired = read(['市委书记张三主持会议。', '习近平指出，要坚持稳中求进。']).people;
	assert.deepEqual(
		chaired.map(p => [p.name, p.part]),
		[
			['张三', 'presided'],
			['习近平', 'mentioned'],
		],
	);
	// A document's words are not a person's, and 某某同志指出 quotes a leader.
	assert.deepEqual(read(['会议在北京召开。', '文件要求，要好好干。', '白皮书指出，要好好干。']).people, []);
	assert.deepEqual(
		read(['会议在北京召开。', '邓小平同志指出，发展才是硬道理。']).people.map(p => [p.name, p.part]),
		[['邓小平', 'mentioned']],
	);
});

test('a closing attendance list keeps all its groups when one is qualified by 在京 (在京老同志 is a group, not a place)', () => {
	const {bodies} = read(['在京中共中央政治局委员、中央书记处书记，全国人大常委会、国务院部分领导同志，全国政协领导同志和曾任全国政协副主席的在京老同志出席茶话会。']);
	assert.deepEqual(
		bodies.map(b => [b.name, b.part]),
		[
			['在京中共中央政治局委员、中央书记处书记', 'attended'],
			['全国人大常委会、国务院部分领导同志', 'attended'],
			['全国政协领导同志', 'attended'],
			['曾任全国政协副主席的在京老同志', 'attended'],
		],
	);
	assert.deepEqual(
		read(['全国政协领导同志和在京老同志出席茶话会。']).bodies.map(b => b.name),
		['全国政协领导同志', '在京老同志'],
	);
	// Where they sat is still no part of a group's name.
	assert.deepEqual(
		read(['省领导在主会场出席会议。']).bodies.map(b => b.name),
		['省领导'],
	);
});

test('主持召开 inside a clause recalling another meeting (…座谈会时的重要讲话) presides over nothing, and no body begins with the meeting acting', () => {
	const {people, bodies} = read(['张高丽出席会议并讲话。会议认真学习贯彻习近平总书记2月24日主持召开北京城市规划建设和北京冬奥会筹办工作座谈会时的重要讲话精神，总结工作落实情况。']);
	assert.deepEqual(bodies, []);
	assert.deepEqual(
		people.map(p => [p.name, p.part]),
		[
			['张高丽', 'spoke'],
			['习近平', 'mentioned'],
		],
	);
	assert.deepEqual(read(['会议认真学习贯彻习近平总书记主持召开座谈会。']).bodies, []);
	// A presiding body of the meeting's own is still one.
	assert.deepEqual(
		read(['会议由大会主席团主持。']).bodies.map(b => [b.name, b.part]),
		[['大会主席团', 'presided']],
	);
});

test('a name with 在 as its middle character (李在明) is read after a title or once known; 在 after a name stays a preposition', () => {
	const {people} = read(['习近平抵达会场时，韩国总统李在明热情迎接。会议由李在明主持。']);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.roles]),
		// 习近平, named bare, is at least mentioned (national leaders are the genre's vocabulary).
		[
			['李在明', 'presided', ['韩国总统']],
			['习近平', 'mentioned', []],
		],
	);
	const titled = read(['会议由韩国总统李在明主持。']).people;
	assert.deepEqual(
		titled.map(p => [p.name, p.part]),
		[['李在明', 'presided']],
	);
	// 在 after a two-character name, or before a place, is not part of any name.
	assert.deepEqual(
		read(['省长王浩在大会上讲话。']).people.map(p => [p.name, p.part]),
		[['王浩', 'spoke']],
	);
	assert.deepEqual(read(['李在北京出席会议。']).people, []);
});

test('closing formulas of ceremonial and diplomatic items (欢聚一堂, 参加上述活动, 参加会见) make people present', () => {
	const {people, bodies} = read(['党和国家领导人习近平、李强、赵乐际等同各民主党派中央、全国工商联负责人和无党派人士代表以及首都各族各界人士代表欢聚一堂，共迎元旦。']);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.roles]),
		[
			['习近平', 'attended', ['党和国家领导人']],
			['李强', 'attended', ['党和国家领导人']],
			['赵乐际', 'attended', ['党和国家领导人']],
		],
	);
	// Those they gathered with follow 同; no formula says they attended.
	assert.deepEqual(bodies, []);
	const closing = read(['王毅参加上述活动。', '蔡奇、王毅等参加会见。']).people;
	assert.deepEqual(
		closing.map(p => [p.name, p.part]),
		[
			['王毅', 'attended'],
			['蔡奇', 'attended'],
		],
	);
	// 同志 is no 同 of company; an occasion only planned has no one at it.
	assert.deepEqual(
		read(['王毅同志同大家欢聚一堂。']).people.map(p => [p.name, p.part]),
		[['王毅', 'attended']],
	);
	assert.deepEqual(read(['会议决定明年举办上述活动。']).people, []);
	// Those accompanying are there; the name stops before 陪同, not inside it (no 李四陪).
	const accompanying = read(['省委书记张三、省长李四陪同考察。', '有关部门负责同志陪同。']);
	assert.deepEqual(
		accompanying.people.map(p => [p.name, p.part, p.roles]),
		[
			['张三', 'attended', ['省委书记']],
			['李四', 'attended', ['省长']],
		],
	);
	assert.deepEqual(accompanying.bodies, []);
	// Activities in general are not an occasion of this meeting's; gathering makes no group attend.
	assert.deepEqual(read(['要组织党员参加活动，增强凝聚力。']).bodies, []);
	assert.deepEqual(read(['500余名与会代表欢聚一堂。']).bodies, []);
});

test('appointments by 决定…为 and posts taken up by 兼任 name people without making them present', () => {
	const {people} = read(['全国人大常委会委员长赵乐际主持会议。会议经过表决，决定刘奇、刘俊臣、信春鹰、娄勤俭为大会副秘书长。会议指定，娄勤俭兼任大会发言人。']);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.roles]),
		[
			['赵乐际', 'presided', ['全国人大常委会委员长']],
			['刘奇', 'mentioned', ['大会副秘书长']],
			['刘俊臣', 'mentioned', ['大会副秘书长']],
			['信春鹰', 'mentioned', ['大会副秘书长']],
			['娄勤俭', 'mentioned', ['大会副秘书长', '大会发言人']],
		],
	);
	const chosen = read(['会议推选王五、赵六为大会执行主席。会议指定孙七为大会发言人。']).people;
	assert.deepEqual(
		chosen.map(p => [p.name, p.part, p.roles]),
		[
			['王五', 'mentioned', ['大会执行主席']],
			['赵六', 'mentioned', ['大会执行主席']],
			['孙七', 'mentioned', ['大会发言人']],
		],
	);
	// A decision about anything else names no one.
	assert.deepEqual(read(['会议推选了大会全体会议执行主席。会议指定专人负责。']).people, []);
	assert.deepEqual(read(['会议经过表决，决定大会期间代表提出议案的截止时间为3月8日12时。']).people, []);
	assert.deepEqual(read(['会议决定明年举办上述活动。']).people, []);
});

test("a body's sitting counted against its roll (主席团会议应到…出席…) counts that body's members; an unnamed count stays 出席人员", () => {
	const presidium = read(['主席团会议应到176人，出席175人，缺席1人，出席人数符合法定人数。']).bodies;
	assert.deepEqual(presidium, [{name: '主席团成员', count: 175, part: 'attended', expected: 176, absent: 1, sections: [1]}]);
	const standing = read(['全国人大常委会会议应到170人，出席160人，缺席10人。']).bodies;
	assert.deepEqual(
		standing.map(b => [b.name, b.count]),
		[['全国人大常委会组成人员', 160]],
	);
	const committee = read(['民盟中央委员会全体会议应到150人，出席140人，缺席10人。']).bodies;
	assert.deepEqual(
		committee.map(b => [b.name, b.count]),
		[['民盟中央委员会委员', 140]],
	);
	// The meeting alone names no group.
	assert.deepEqual(
		read(['会议应到176人，出席175人，缺席1人。']).bodies.map(b => [b.name, b.count]),
		[['出席人员', 175]],
	);
});

test("a briefing given on another's behalf (受中共中央委托通报了…) is that body's report", () => {
	const {people} = read(['中共中央政治局常委李强、王沪宁出席座谈会。李强受中共中央委托通报了今年经济工作有关情况。']);
	assert.deepEqual(
		people.map(p => [p.name, p.part, p.also]),
		[
			['李强', 'reported', ['attended']],
			['王沪宁', 'attended', []],
		],
	);
	// Relaying at the meeting on one's own account is still only being there.
	assert.deepEqual(
		read(['张三通报了有关情况。']).people.map(p => [p.name, p.part]),
		[['张三', 'attended']],
	);
});

test('a group merged from its full name and its short form keeps the name not used as an alias', () => {
	const {bodies} = read(['中央纪律检查委员会委员，中央和国家机关各部门主要负责同志等参加会议。', '出席这次全会的有中央纪委委员125人，列席242人。']);
	assert.deepEqual(
		bodies.map(b => [b.name, b.aliases]),
		[
			['中央纪委委员', ['中央纪律检查委员会委员']],
			['列席人员', undefined],
			['中央和国家机关各部门主要负责同志', undefined],
		],
	);
	// A group named the same way twice has no alias.
	assert.equal(read(['省领导出席会议。', '省领导出席会议。']).bodies[0].aliases, undefined);
});

test('a title run into a minority name is read off as the title, as before a Han name', () => {
	// 143: 省政协党组副书记、副主席尔肯江·吐拉洪,副主席马旭明…出席会议
	const {people} = read([devLine('143', '尔肯江')]);
	assert.equal(person(people, '尔肯江·吐拉洪').part, 'attended');
	assert.deepEqual(person(people, '尔肯江·吐拉洪').roles, ['省政协党组副书记', '副主席']);
	assert.ok(!people.some(p => p.name.includes('副主席')), people.map(p => p.name).join('、'));
	// A given name that only contains a title's characters later on is kept whole (shared 00 has none;
	// 雪克来提·扎克尔 above is read whole by the same rule).
	assert.equal(person(read(['出席会议的还有雪克来提·扎克尔、应勇。']).people, '雪克来提·扎克尔').part, 'attended');
});

test('a participant quoted after 说 and a colon is named without the 说', () => {
	// 178: 市教委主任周旭说:“讲话全是干货,…
	const {people} = read([devLine('178', '周旭说')]);
	assert.ok(
		people.some(p => p.name === '周旭'),
		people.map(p => p.name).join('、'),
	);
	assert.ok(!people.some(p => p.name.endsWith('说')), people.map(p => p.name).join('、'));
});

test('a titled speaker whose words follow 说 and a comma is named without the 说', async () => {
	// 1447: 柳州市委書記陳剛說,推進柳江鹿寨與市區同城化…; 562: 中共總書記習近平說，要充分認識…
	// (traditional: read through the folded text).
	for (const [report, name] of [
		['1447', '陳剛'],
		['562', '習近平'],
	]) {
		const {people} = await parseDev(report);
		assert.ok(
			people.some(p => p.name === name),
			people.map(p => p.name).join('、'),
		);
		assert.ok(!people.some(p => p.name.endsWith('說')), people.map(p => p.name).join('、'));
	}
});

test('speakers listed before 以及 after a comma spoke with those after it', async () => {
	// 1538: 全国政协委员项宗西、刘平均、…、陈星莺，以及企业家代表董明珠、牛铁航在座谈会上发言。
	const {people} = await parseDev('1538');
	for (const name of ['项宗西', '陈星莺', '董明珠']) assert.equal(person(people, name).part, 'spoke', name);
	// 872: 市政协副主席韦祖林、…、韦懿格，以及市政协秘书长黄正华出席会议 — the attendance list joined the same way.
	const hechi = (await parseDev('872')).people;
	for (const name of ['韦祖林', '黄正华']) assert.equal(person(hechi, name).part, 'attended', name);
});

test('an election read on across commas names those elected to each post', async () => {
	// 1477: 选举姜建军为区委书记,王强、曾湃为区委副书记; 494: 选举张佰成为锡盟代表团临时党支部书记,郭玉峰、王永明为临时党支部副书记.
	const nanshan = (await parseDev('1477')).people;
	for (const name of ['王强', '曾湃']) assert.deepEqual([person(nanshan, name).part, person(nanshan, name).roles], ['mentioned', ['区委副书记']], name);
	const xilingol = (await parseDev('494')).people;
	for (const name of ['郭玉峰', '王永明']) assert.equal(person(xilingol, name).part, 'mentioned', name);
});

test('those chosen or decided on in a series across commas are named for each post, and 为 before a post ends no name', async () => {
	// 429: 会议推选李小敏为团长,汪泉为副团长; 494: 全团会议推选张佰成为锡盟代表团团长,郭玉峰、王永明为副团长.
	assert.deepEqual(person((await parseDev('429')).people, '汪泉').roles, ['副团长']);
	const xilingol = (await parseDev('494')).people;
	for (const name of ['郭玉峰', '王永明']) assert.deepEqual(person(xilingol, name).roles, ['副团长', '临时党支部副书记'], name);
	// 1983: 决定江泽民为中共中央军事委员会主席，杨尚昆为第一副主席，刘华清为副主席，杨白冰为秘书长.
	const plenum = (await parseDev('1983')).people;
	assert.deepEqual(person(plenum, '杨尚昆').roles, ['第一副主席']);
	assert.deepEqual(person(plenum, '刘华清').roles, ['副主席']);
	assert.ok(!plenum.some(p => p.name === '华清为'), plenum.map(p => p.name).join('、'));
});

test('a Tibetan name of four characters after a title is read whole', async () => {
	// 1567: 自治区主席向巴平措主持召开自治区政府常务会议; 535: 自治區政協副主席羅松多吉主持會議 (traditional, folded).
	assert.equal(person((await parseDev('1567')).people, '向巴平措').part, 'presided');
	assert.equal(person((await parseDev('535')).people, '羅松多吉').part, 'presided');
	// 996: 县委常委、常务副县长丹正昂杰 attends with the others listed.
	assert.ok((await parseDev('996')).people.some(p => p.name === '丹正昂杰'));
});

test('who should attend (应出席的…35人) is the roll and the count present follows it (实到34人)', async () => {
	// 180: 本次會議應出席的市委委員35人,實到34人,符合法定要求。 (traditional: read through the folded text)
	const {bodies} = await parseDev('180');
	const members = bodies.find(b => b.name.includes('委員') && b.count !== null);
	assert.ok(members, bodies.map(b => b.name).join('、'));
	assert.equal(members.count, 34);
	assert.equal(members.expected, 35);
});

test('national leaders named bare are mentioned; not inside a doctrine or a book title', () => {
	// 175: 人们担心邓小平确立的废除领导人终身制被习近平废除。
	const bare = read([devLine('175', '邓小平确立')]).people;
	assert.equal(person(bare, '邓小平').part, 'mentioned');
	assert.equal(person(bare, '习近平').part, 'mentioned');
	// 105: 与会人员首先共同学习了《习近平扶贫论述摘编》…; shared 00: 习近平新时代中国特色社会主义思想.
	assert.ok(!read([devLine('105', '习近平扶贫论述摘编')]).people.some(p => p.name === '习近平'));
	assert.ok(!read(['全会以习近平新时代中国特色社会主义思想为指导。']).people.some(p => p.name === '习近平'));
	// 汪洋 is also a word: a two-character leader is read only where a name may end.
	assert.ok(!read(['洪水过后，村庄一片汪洋之中。']).people.some(p => p.name === '汪洋'));
});

test('a count of those just listed closes the last name (…赵乐际、韩正6名常委分别发言)', async () => {
	// 86: 李克強、栗戰書、汪洋、王滬寧、趙樂際、韓正6名常委分別發言
	const people = (await parseDev('86')).people;
	for (const name of ['李克強', '趙樂際', '韓正']) assert.equal(person(people, name).part, 'spoke');
});

test('a study session is a sitting groups attend: …参加学习会 (209), …参加了学习 (210); 参加学习贯彻… is not', () => {
	const groups = (line: string) => read([line]).bodies.map(b => b.name);
	// 209: …市直(中省直)党委(党组)副处级以上领导干部、部分科级干部参加学习会。
	assert.ok(groups(devLine('209', '参加学习会')).includes('部分科级干部'));
	// 210: 区委理论中心组成员、各新区(街办)主要负责人、…各工作组负责人参加了学习。
	assert.ok(groups(devLine('210', '参加了学习')).includes('区委理论中心组成员'));
	// Shared 00: 各级党员干部特别是领导干部要认真参加学习贯彻…集中轮训 names no group at this meeting.
	assert.deepEqual(groups('各级党员干部特别是领导干部要认真参加学习贯彻党的十九届五中全会精神集中轮训。'), []);
});

test("a sitting's executive chairs named by who took the chair (执行主席由A、B担任) are present", () => {
	// 199: 本次会议执行主席由黄茂军、何积光、…卫强担任。 192: 开幕会的执行主席由杨正明、梁承祥担任。
	for (const [number, name] of [
		['199', '黄茂军'],
		['192', '梁承祥'],
	])
		assert.notEqual(person(read([devLine(number, '执行主席由')]).people, name).part, 'mentioned');
});

test('an assistant to a head (校长助理) is an office, so a comma chain of titled lists reads on past it', () => {
	// 207: 校党委书记杨庆山主持会议，校领导曹雪涛、…，校党委常委于海、李君，校长助理张伯伟，校党委常委李向阳参加学习。
	const {people} = read([devLine('207', '校长助理')]);
	for (const name of ['曹雪涛', '于海', '张伯伟', '李向阳']) assert.equal(person(people, name).part, 'attended');
});

test('several people explaining in turn (A，B，C，分别就…作说明), and an explanation or summary the meeting heard', async () => {
	// 201: 全國政協副主席兼秘書長張慶黎,…副秘書長常榮軍,…舒啟明,分別就有關議題作說明。
	const turn = (await parseDev('201')).people;
	for (const name of ['張慶黎', '潘立剛', '常榮軍', '舒啟明']) assert.equal(person(turn, name).part, 'explained');
	// 202: 会议听取了…尤权关于…讨论情况的说明，…听取了…潘立刚关于…分组会议情况的综合汇报。
	const heard = (await parseDev('202')).people;
	assert.equal(person(heard, '尤权').part, 'explained');
	assert.equal(person(heard, '潘立刚').part, 'reported');
});

test('those elected, named at the head of their clause (A、B当选为…), are mentioned with the post', () => {
	// 197: 胡国强、尹光宗、骆华、李继刚、王大蓉当选为区人大常委会副主任。
	const deputies = read([devLine('197', '王大蓉当选')]).people;
	for (const name of ['胡国强', '尹光宗', '骆华', '李继刚', '王大蓉']) {
		assert.equal(person(deputies, name).part, 'mentioned');
		assert.deepEqual(person(deputies, name).roles, ['区人大常委会副主任']);
	}
	// 177: …欧泽高(藏族)、王少雄、…李登菊(女)、…黄新初当选四川省委常委。
	const members = read([devLine('177', '黄新初当选')]).people;
	for (const name of ['欧泽高', '王少雄', '李登菊', '黄新初'])
		assert.ok(
			members.some(p => p.name === name),
			name,
		);
	// How they won stands between names and 当选: 谢波、杨景宪两名同志分别以全票当选为… (1303), 邓泽佳以190票的高票当选为… (1028).
	const town = read([devLine('1303', '两名同志分别以全票当选')]).people;
	for (const name of ['谢波', '杨景宪']) assert.equal(person(town, name).part, 'mentioned');
	assert.ok(read(['邓泽佳以190票的高票当选为县十六届人大常委会主任。']).people.some(p => p.name === '邓泽佳'));
	// Not a clause that only says someone was elected to something that is no post.
	assert.deepEqual(read(['该项目当选为年度优秀案例。']).people, []);
});

test('the group named between a list formula and 有 may be a long name: 在主席台前排就座的大会主席团常务委员会成员有:习近平、韩正… (990)', () => {
	const {people} = read([devLine('990', '在主席台前排就座的大会主席团常务委员会成员有')]);
	for (const name of ['龚学平', '蒋以任', '杨晓渡']) {
		assert.equal(person(people, name).part, 'attended');
		assert.deepEqual(person(people, name).roles, ['大会主席团常务委员会成员']);
	}
});

test('the rostrum may be named for its sitting: 在大会主席台就座的还有:市长李亚平… (1025), …和秘書長貝曉曦,在閉幕會議主席臺前排就座 (964)', async () => {
	const people = (await parseDev('1025')).people;
	for (const name of ['李亚平', '周伟强', '王翔']) assert.equal(person(people, name).part, 'attended');
	const closing = (await parseDev('964')).people;
	for (const name of ['李良園', '周漢民', '蔡威']) assert.equal(person(closing, name).part, 'attended');
});

test('the first of many elected, the rest counted (A等N名…当选为…), is elected with them', () => {
	// 1028: 王文星等20名代表当选为县十六届人大常委会委员; 695: 熊占林等3名同志当选区政协十四届委员会常务委员会委员.
	assert.deepEqual(person(read([devLine('1028', '王文星等20名')]).people, '王文星').roles, ['县十六届人大常委会委员']);
	assert.deepEqual(person(read([devLine('695', '熊占林等3名')]).people, '熊占林').roles, ['区政协十四届委员会常务委员会委员']);
	// 866: 王丹枫等42名委员当选中国人民政治协商会议石柱土家族自治县第十一届委员会常务委员.
	assert.equal(person(read([devLine('866', '王丹枫等42名')]).people, '王丹枫').part, 'mentioned');
});

test('a member of a study group is named by it (区委理论学习中心组成员吴红英、陆柱国…)', async () => {
	// 210: 区委理论学习中心组成员吴红英、陆柱国、徐新勇等作了中心发言。
	const people = (await parseDev('210')).people;
	for (const name of ['吴红英', '陆柱国']) assert.equal(person(people, name).part, 'spoke');
});

test('officials are a kind of people, so a chain of invited groups reads on to them', () => {
	// 204: 本市各有关部门负责人、各有关方面代表,各国驻沪领事机构官员应邀参加会议。
	const names = read([devLine('204', '领事机构官员')]).bodies.map(b => b.name);
	for (const group of ['本市各有关部门负责人', '各有关方面代表', '各国驻沪领事机构官员']) assert.ok(names.includes(group), names.join('、'));
});

test('做 written for 作 (做了重要讲话, 做了总结发言), and a lecture on a named subject (作立法专题辅导) are speaking', () => {
	// 148: …政府区长刘建伟做了重要讲话,并安排部署全年工作任务。
	assert.equal(person(read([devLine('148', '刘建伟做了')]).people, '刘建伟').part, 'spoke');
	// 210: 区委书记、区长郭波主持会议,并做了总结发言。
	assert.deepEqual(person(read([devLine('210', '郭波主持')]).people, '郭波').also, ['spoke']);
	// 209: 会议邀请了省人大常委会法制委主任委员孙首峰作立法专题辅导。
	assert.equal(person(read([devLine('209', '孙首峰作')]).people, '孙首峰').part, 'spoke');
});

test('groups written with their counts first are counted apart, and a place counting its people is no person', async () => {
	// 245: …,全乡51名人大代表、15名特邀列席代表参加会议,县领导张瑞俭出席会议,并致贺词。
	const report = await parseDev('245');
	assert.deepEqual(
		report.bodies.map(b => [b.name, b.count]),
		[
			['人大代表', 51],
			['特邀列席代表', 15],
		],
	);
	assert.ok(!report.people.some(p => p.name === '全乡'));
});

test('those at an oath-taking (…参加宣誓仪式) are at the meeting that holds it', () => {
	// 250: 市人大常委会副主任王菊、杨鹏飞、…,秘书长龚文军,市人大各专门委员会、…负责人参加宣誓仪式。
	const {people, bodies} = read([devLine('250', '参加宣誓仪式')]);
	for (const name of ['王菊', '龚文军']) assert.equal(person(people, name).part, 'attended');
	assert.ok(bodies.length > 0);
});

test('a township head (镇长) is an office, and a pledge spoken in turn (分别作了表态发言) is speaking', () => {
	// 275: 镇长刘建凌、镇人大主席彭兵兵分别作了表态发言。
	const {people} = read([devLine('275', '表态发言')]);
	assert.equal(person(people, '刘建凌').part, 'spoke');
	assert.deepEqual(person(people, '刘建凌').roles, ['镇长']);
	assert.equal(person(people, '彭兵兵').part, 'spoke');
});

test("a bare roll at a standing committee's sitting counts the committee's members", async () => {
	// 263: 政协云南省第十三届委员会常务委员会第十九次会议在昆明召开。会议应到120人,实到109人,符合规定人数。
	const roll = (await parseDev('263')).bodies.find(b => b.count === 109);
	assert.equal(roll?.name, '常委会组成人员');
	assert.equal(roll?.expected, 120);
	// At a congress in session the same line counts its deputies (118: 会议应到204人,实到189人).
	assert.equal((await parseDev('118')).bodies.find(b => b.count === 189)?.name, '代表');
});

test('a study session: those discussing speak (作研讨交流, 进行了研讨发言); a studied title is no act of its own', () => {
	// 278: 党委副书记李国华、郝曼寅作研讨交流。…《中共中央政治局召开民主生活会强调 … 中共中央总书记习近平主持会议并发表重要讲话》
	const study = read([devLine('278', '作研讨交流')]).people;
	assert.equal(person(study, '李国华').part, 'spoke');
	assert.ok(!study.some(p => p.name === '习近平' && p.part !== 'mentioned'), 'the leader named in a studied title presided nothing here');
	// 276: 街道人大工委主任王平围绕“学习《习近平谈治国理政》第三卷”主题进行了研讨发言。
	assert.equal(person(read([devLine('276', '研讨发言')]).people, '王平').part, 'spoke');
});

test('those named to a post by a list before 任, or after 为, are mentioned with it; 担任 is no such 任', async () => {
	// 292: …胡文容、張恩迪、陳群、…錢鋒任第十四屆市政協第一次會議主席團常務主席。
	const named = (await parseDev('292')).people;
	assert.equal(person(named, '張恩迪').part, 'mentioned');
	// 264: 主席团常务主席为李纪恒、那顺孟和、吴团英、李荣禧、廉素、和彦苓、施文学 (那顺孟和 vouched for by the list).
	const chairs = read([devLine('264', '主席团常务主席为')]).people;
	for (const name of ['那顺孟和', '施文学']) assert.deepEqual(person(chairs, name).roles, ['主席团常务主席']);
	// Shared 04: 大会选举我担任浙江省人民政府省长 names no one.
	assert.ok(!read(['大会选举我担任浙江省人民政府省长。']).people.some(p => p.name.includes('我')));
});

test('posts one person holds, listed with 、, are each a group of their own, and a bare post keeps the organisation before it', () => {
	// 403: 出席大会开幕式并在主席台就座的还有主席团其他成员、县人民法院院长、县人民检察院检察长,以及历届人大常委会主要领导
	const court = read([devLine('403', '县人民法院院长、县人民检察院检察长')]).bodies.map(b => b.name);
	assert.ok(court.includes('县人民法院院长') && court.includes('县人民检察院检察长'), court.join(' | '));
	// 437: …政协机关党组成员参加会议,各专委会主任、专委办主任及派驻纪检组组长列席会议
	const chairs = read([devLine('437', '各专委会主任、专委办主任')]).bodies.map(b => b.name);
	assert.ok(chairs.includes('各专委会主任') && chairs.includes('专委办主任'), chairs.join(' | '));
	// 380: …区直单位的主要负责同志;各村(居)委会书记、主任;全区纪检监察系统干部等共计320余人参加会议
	const villages = read([devLine('380', '各村(居)委会书记、主任')]).bodies.map(b => b.name);
	assert.ok(villages.includes('各村(居)委会书记') && villages.includes('各村(居)委会主任'), villages.join(' | '));
});

test('a group counted and then a bare count present is counted against that roll, under its own name rather than the sitting', async () => {
	// 451: 大会主席团成员62名,出席60名,符合法定人数。
	const county = (await parseDev('451')).bodies.find(b => b.name === '大会主席团成员');
	assert.deepEqual([county?.count, county?.expected], [60, 62]);
	// 264: 自治区十三届人大二次会议主席团成员63人,出席本次会议的62人,符合法定人数
	const region = (await parseDev('264')).bodies.find(b => b.name === '主席团成员');
	assert.deepEqual([region?.count, region?.expected], [62, 63]);
	// 536: 州十三届人大常委会现有组成人员40人,出席本次会议的有37人,符合法定人数。
	const prefecture = (await parseDev('536')).bodies.find(b => b.name === '州十三届人大常委会组成人员');
	assert.deepEqual([prefecture?.count, prefecture?.expected], [37, 40]);
	// 591: 全区选举产生区第四次党代会代表315名,出席预备会议的代表307名,符合法定人数
	const district = (await parseDev('591')).bodies;
	assert.deepEqual(
		district.map(b => [b.name, b.count, b.expected]),
		[['代表', 307, 315]],
	);
});

test('named leaders and the members joined by 及 are counted as the members, as with 和', () => {
	// 262: …秘书长贾应忠及常委会委员共52人出席会议,符合法定人数
	const {bodies} = read([devLine('262', '及常委会委员共52人')]);
	assert.equal(bodies.find(b => b.name === '常委会委员')?.count, 52);
});

test('attendees who joined from the main and linked halls, by teleconference, are read up to where they joined from; 两长 is a group', () => {
	// 483: 区四套班子领导、区法检“两长”、各处级单位主要领导及班子成员分别在主、分会场以电视电话会议形式参加会议。
	const {bodies} = read([devLine('483', '分别在主、分会场')]);
	assert.ok(
		['区四套班子领导', '区法检“两长”'].every(name => bodies.some(b => b.name === name)),
		bodies.map(b => b.name).join(' | '),
	);
	// 55: 县委常委、副县长岳兔立、县政协副主席郝新瑞及法、检两长列席会议
	assert.ok(read([devLine('55', '检两长列席')]).bodies.some(b => b.name.endsWith('两长')));
});

test('a candidate for a post is named after it, as its holders are', () => {
	// 475: …副主席陈爱霖、王茂荣、王炳豪、陈丽娜,副主席候选人吴勤波、钱钧,秘书长王其龙参加。
	const {people} = read([devLine('475', '副主席候选人吴勤波')]);
	for (const name of ['吴勤波', '钱钧', '陈爱霖', '王其龙']) assert.equal(person(people, name).part, 'attended');
	assert.deepEqual(person(people, '钱钧').roles, ['副主席候选人']);
});

test('大会执行主席还有: lists the other chairs, namesakes told apart by their unit among them', async () => {
	// 509: 大會(huì)執(zhí)行主席還有:張曙、李述永、…、王波(市人大)、…、王清華(江夏)、…、林鋒勤。 (a mirror that writes readings after characters)
	const {people} = await parseDev('509');
	for (const name of ['張曙', '李述永', '林鋒勤']) assert.equal(person(people, name).part, 'attended');
	for (const name of ['王波', '王清華']) assert.equal(person(people, name).part, 'attended');
});

test('an overseas outlet names the weekday between the presider and 主持', () => {
	// 544: 路透北京9月17日 - 中国国务院总理李克强周四主持召开国务院常务会议，会议指出，…
	const {people} = read([devLine('544', '李克强周四主持')]);
	assert.equal(person(people, '李克强').part, 'presided');
	// 911: 中共中央总书记习近平周二(4日)主持召开政治局会议 — the day in brackets after the weekday.
	assert.equal(person(read([devLine('911', '习近平周二(4日)主持')]).people, '习近平').part, 'presided');
});

test('a name ends where what its holder is in charge of begins (负责)', async () => {
	// 566: 會議並讚許政治局常委蔡奇負責的中央書記處「積極主動作為」
	assert.ok((await parseDev('566')).people.some(p => p.name === '蔡奇'));
});

test('the 就 of 成就 in a document title opens no explanation: the one who explained is the one before the real 就', () => {
	// 563: 中共十九屆六中全會在北京閉幕，審議通過《中共中央關於黨的百年奮鬥重大成就和歷史經驗的決議》，總書記習近平就決議討論稿向全會作了説明
	const {people} = read(['全会审议通过《中共中央关于党的百年奋斗重大成就和历史经验的决议》，总书记习近平就决议讨论稿向全会作了说明。']);
	assert.equal(person(people, '习近平').part, 'explained');
});

test('unnamed groups before a named office-holder in one 、-list are groups of their own, not his posts', () => {
	// 621: 市政府副市长兰万安、市监察委负责人、市中级人民法院负责人、市人民检察院检察长黄秀强等列席会议
	// (262 writes the same list with commas: 省委常委、副省长严金海,省监察委员会负责人,省高级人民法院院长陈明国,…)
	const {people, bodies} = read([devLine('621', '市监察委负责人')]);
	for (const group of ['市监察委负责人', '市中级人民法院负责人'])
		assert.ok(
			bodies.some(b => b.name === group && b.part === 'observer'),
			group,
		);
	assert.ok(person(people, '黄秀强').roles.includes('市人民检察院检察长'));
});

test('a delegation’s head is a post: 各代表团团长 is a group beside 主席团成员, 代表团团长 X a holder', () => {
	// 247: 主席团成员、各代表团团长参加会议。
	const {bodies} = read([devLine('247', '各代表团团长参加会议')]);
	assert.deepEqual(
		bodies.map(b => b.name),
		['主席团成员', '各代表团团长'],
	);
});

test('summing the meeting up is speaking at it: 在总结讲话时强调, 在总结讲话中要求, 在总结中强调', () => {
	// 119: 县委书记邹如龙在总结讲话时强调; 449: 县政协副主席常庆武在总结讲话中要求.
	assert.equal(person(read([devLine('119', '在总结讲话时强调')]).people, '邹如龙').part, 'spoke');
	assert.equal(person(read([devLine('449', '在总结讲话中要求')]).people, '常庆武').part, 'spoke');
	// Words said elsewhere and quoted stay a mention: 21's 习近平同志在浙江考察时指出.
	assert.notEqual(person(read([devLine('21', '习近平同志在浙江考察时指出')]).people, '习近平').part, 'spoke');
});

test('sitting in on the meeting named in full is sitting in, as attending it is; those who sit in are not the meeting', () => {
	// 699: …会议决定自本次省政府常务会议开始,特邀新闻媒体负责同志列席省政府常务会议
	const {bodies} = read(['会议由省长主持。', devLine('699', '特邀新闻媒体负责同志列席')]);
	assert.ok(
		bodies.some(b => b.name.endsWith('新闻媒体负责同志') && b.part === 'observer'),
		JSON.stringify(bodies),
	);
	// 245: 全乡51名人大代表、15名特邀列席代表参加会议 — the delegates who sit in attend.
	const township = read([devLine('245', '特邀列席代表参加会议')]).bodies;
	assert.deepEqual(
		township.map(b => [b.name, b.count, b.part]),
		[
			['人大代表', 51, 'attended'],
			['特邀列席代表', 15, 'attended'],
		],
	);
});

test('a clause opening with its subject goes on after 并: …在会议现场…签订了《…》,并作了重要讲话', () => {
	// 708: 县委书记牛殿祥在会议现场与乡镇场街、县直单位代表当场签订了《…责任书》,并作了重要讲话
	const signed = read([devLine('708', '并作了重要讲话')]).people;
	assert.equal(person(signed, '牛殿祥').part, 'spoke');
	// 70: 李克强在讲话中对明年经济工作作出具体部署，并作了总结讲话
	assert.equal(person(read(['李克强在讲话中对明年经济工作作出具体部署，并作了总结讲话。']).people, '李克强').part, 'spoke');
});

test('a count list opened by 参加…的 names the group after it, as 出席…的 does', () => {
	// 723: 参加此次大会的镇人大代表72名,列席参加的有市县人大代表、政协委员、老领导等37名
	const {bodies} = read([devLine('723', '参加此次大会的镇人大代表')]);
	assert.ok(
		bodies.some(b => b.name === '镇人大代表' && b.count === 72),
		JSON.stringify(bodies),
	);
});

test('a presidium’s members are named by it, and some of them named then 等 means the members came as a body', () => {
	// 158: 主席团成员王莹、王良仁、缪国武、…、贾佳等出席会议
	const district = read([devLine('158', '主席团成员王莹')]);
	assert.equal(person(district.people, '王莹').part, 'attended');
	assert.ok(
		district.bodies.some(b => b.name === '主席团成员' && b.part === 'attended'),
		JSON.stringify(district.bodies),
	);
	// 247: 主席团成员、各代表团团长参加会议 — the members are a group of their own, not a post held with another.
	assert.deepEqual(
		read([devLine('247', '各代表团团长参加会议')]).bodies.map(b => b.name),
		['主席团成员', '各代表团团长'],
	);
});

test('an explanation given 对 a draft, as 就 one, is explaining: 对《…议案》作的说明 (813)', () => {
	// 813: 听取了财政部部长金人庆代表国务院对《国务院关于提请审议…的议案》作的说明
	assert.equal(person(read([devLine('813', '金人庆代表国务院对')]).people, '金人庆').part, 'explained');
});

test('deputies beside another body’s members are other people: 人大代表、政协委员 are two groups', () => {
	// 436: 部分人大代表、政协委员应邀参会,围绕《政府工作报告》建言献策
	const names = read([devLine('436', '部分人大代表、政协委员应邀参会')]).bodies.map(b => b.name);
	assert.equal(names.length, 2, names.join('|'));
	assert.ok(names.some(n => n.endsWith('人大代表')) && names.includes('政协委员'), names.join('|'));
});

test('a local post written after the name (王征区长主持, 贺旻主委主持, 区委王焕清书记) is that person, not a body', () => {
	// test/corpus/raw/214-xincheng-district-gov-exec-2021-page.txt
	const presided = read(['2021年1月11日上午,王征区长主持召开2021年区政府第1次常务会议。']);
	assert.deepEqual([person(presided.people, '王征').part, person(presided.people, '王征').roles], ['presided', ['区长']]);
	assert.deepEqual(presided.bodies, []);
	// test/corpus/raw/465-liaoning-mj-provincial-standing-11th-9th-2015-lnminjin-page.txt
	assert.equal(person(read(['会议由贺旻主委主持。']).people, '贺旻').part, 'presided');
	// test/corpus/raw/602-yuexiu-district-cppcc14-6th-closing-2016-page.txt
	assert.deepEqual(person(read(['区委王焕清书记应邀参加闭幕大会并作重要讲话。']).people, '王焕清').roles, ['区委书记']);
	// test/corpus/raw/396-nanchang-city-gov-exec-2018-4th-page.txt: the site blanked the name, and the post is a body.
	const blanked = read(['3月23日下午,时任市长主持召开市政府2018年第4次常务会议。']);
	assert.deepEqual([blanked.people, blanked.bodies.map(b => b.name)], [[], ['时任市长']]);
	// An organisation before the post is no name: 区委书记 and 市政协主席 stay posts.
	assert.deepEqual(read(['区委书记、市政协主席出席会议。']).people, []);
});

test('head counts: a total after groups each counted is no group; 其中 breaks a count down; the clause’s 的 and a shorter noun count the roll', () => {
	const counts = (text: string) => read([text]).bodies.map(b => [b.name, b.count, b.part, b.expected ?? null]);
	// test/corpus/raw/275-laoqiao-township-npc-2021-jsxrd-page.txt
	assert.deepEqual(counts('9月8日,醪桥镇第六届人民代表大会第一次会议胜利召开,来自全镇各条战线的59名镇人大代表及38名列席人员共97人参加会议。'), [
		['镇人大代表', 59, 'attended', null],
		['列席人员', 38, 'observer', null],
	]);
	// test/corpus/raw/659-otog-banner-party-congress1-1956-nmgqq-page.txt
	assert.deepEqual(counts('应出席会议的正式代表66名,实到代表58名。其中蒙古族代表24名,妇女代表2名,列席代表8名。'), [
		['正式代表', 58, 'attended', 66],
		['列席代表', 8, 'observer', null],
	]);
	// test/corpus/raw/695-district-cppcc14-4th-election-2020-haqbszb-page.txt
	assert.deepEqual(counts('会议应到委员342人,因事、因病请假的委员61名,实际到会的委员281名,符合规定人数。'), [['委员', 281, 'attended', 342]]);
	// test/corpus/raw/320-dingan-county-party-congress-credentials-2021-page.txt: the make-up of those elected.
	assert.deepEqual(counts('其中工人代表11名,占比5%;农民代表44名,占比20%。'), []);
});

test('units listed, then the heads they send (…等相关单位负责人, …主要负责人), are one group named by the whole list', async () => {
	const bodies = (text: string) => read([text]).bodies.map(b => [b.name, b.part]);
	// 837: 縣政府班子全體成員及政府辦、財政局、發展和改革局等相關單位負責人參加了會議
	assert.deepEqual(
		(await parseDev('837')).bodies.map(b => [b.name, b.part]),
		[
			['縣政府班子全體成員', 'attended'],
			['政府辦、財政局、發展和改革局等相關單位負責人', 'attended'],
		],
	);
	// test/corpus/raw/845-feidong-county-npc16-standing24-noyear-page.txt
	assert.deepEqual(bodies('县政府办、经委、农委、住建局、财政局、文广新局主要负责人列席会议。'), [['县政府办、经委、农委、住建局、财政局、文广新局主要负责人', 'observer']]);
	// test/corpus/raw/559-wenzhou-city-npc14-standing17-noyear-dingqianjf-pinyin-trad-page.txt, in simplified characters, glosses left out
	assert.deepEqual(bodies('市政府有关副市长和市监委、市中院、市检察院有关负责人列席会议。'), [
		['市政府有关副市长', 'observer'],
		['市监委、市中院、市检察院有关负责人', 'observer'],
	]);
	// The last two units joined by 以及 or 和, and the heads after 等 with no 单位.
	// test/corpus/raw/770-mizhi-county-epidemic-economy-special-2020-behemothit-trad-page.txt, in simplified characters
	assert.deepEqual(bodies('县委办、人大办、政府办、政协办、统计局、教体局、交通局以及银州街道办事处等有关单位负责人参加会议。'), [
		['县委办、人大办、政府办、政协办、统计局、教体局、交通局以及银州街道办事处等有关单位负责人', 'attended'],
	]);
	// test/corpus/raw/448-shenmu-city-gov-executive-2025-k0912-page.txt
	assert.deepEqual(bodies('各镇街、各部门、直属事业机构、产业园区管委会、职业技术学院和石峁遗址管理处等有关负责同志列席会议。'), [
		['各镇街、各部门、直属事业机构、产业园区管委会、职业技术学院和石峁遗址管理处等有关负责同志', 'observer'],
	]);
});

test('a deputy head of government in a list keeps the post of the government, not of the congress named before it', () => {
	// test/corpus/raw/770-mizhi-county-epidemic-economy-special-2020-behemothit-trad-page.txt, in simplified characters
	const {people} = read(['县政协主席常升旺,县人大常委会副主任姬巧玲,副县长孙文强、吕明韬出席会议。']);
	assert.deepEqual(person(people, '姬巧玲').roles, ['县人大常委会副主任']);
	assert.deepEqual(person(people, '孙文强').roles, ['副县长']);
	// test/corpus/raw/192-qiandongnan-pref-cppcc-opening-2011-page.txt
	assert.deepEqual(person(read(['州人大常委会副主任石干昌、欧阳武,副州长刘晓春等出席。']).people, '刘晓春').roles, ['副州长']);
	// A deputy of the organisation named before still takes its name (副主席 after 县政协主席).
	assert.deepEqual(person(read(['县政协主席常升旺,副主席王明出席会议。']).people, '王明').roles, ['县政协副主席']);
});

test('a name with no Han family name (阿英徳, 阿古拉, 那顺孟和) is read where a title vouches for it', () => {
	// test/corpus/raw/849-golmud-city-npc15-5th-presidium1-2025-epaper.txt, with 德 for the page's 徳
	assert.equal(person(read(['市人大常委会主任阿英德主持会议。']).people, '阿英德').part, 'presided');
	// test/corpus/raw/450-etuokeqianqi-banner-cppcc11-1st-2nd-plenary-2022-etkqqzx-page.txt has 阿古拉 in a list of members.
	assert.equal(person(read(['旗政协副主席阿古拉出席会议。']).people, '阿古拉').part, 'attended');
	// Alone, such a character opens a place or a loanword, not a name: no one is read from 阿里地区.
	assert.deepEqual(read(['阿里地区出席会议。']).people, []);
});

test('a nominee is named after the post (副主席提名人选黄福军), and 同志 after a titled name is courtesy', () => {
	// test/corpus/raw/850-fenyi-county-cppcc14-standing27-noyear-page.txt
	const {people} = read([
		'县政协主席卓俊出席会议并讲话,县政协党组书记、主席提名人选黄斯文,副主席陈志生、段寿平、章前兴、严菊兰,副主席提名人选黄福军、钟友明、袁盛、李丹萍,四级调研员钟智安及其常务委员会组成人员出席会议。',
	]);
	for (const name of ['黄斯文', '陈志生', '严菊兰', '黄福军', '李丹萍', '钟智安']) assert.equal(person(people, name).part, 'attended', name);
	assert.deepEqual(person(people, '黄福军').roles, ['副主席提名人选']);
	// test/corpus/raw/275-laoqiao-township-npc-2021-jsxrd-page.txt
	const guided = read(['县政协副主席提名人选、县委组织部常务副部长黄祯裕同志到会指导。']);
	assert.deepEqual([person(guided.people, '黄祯裕').part, guided.bodies], ['attended', []]);
});

test('a local official leading a paragraph by post and name (县委常委、组织部部长彭益玲强调，) spoke, unless the speech is studied', () => {
	// test/corpus/raw/707-hengdong-county-organisation-work-2025-page.txt
	const spoke = read(['会议由县委副书记张三主持。', '县委常委、组织部部长彭益玲强调,全县组织系统务必把思想和行动统一到中央和省市部署上来。']).people;
	assert.equal(person(spoke, '彭益玲').part, 'spoke');
	// test/corpus/raw/615-provincial-discipline-plenums-roundup-2015-sina-crawl-log.txt (one paragraph of its roundup)
	assert.equal(person(read(['会议由省委副书记张三主持。', '四川省委书记、省人大常委会主任王东明强调，要深刻领会习近平总书记在中央纪委第五次全会上强调纪律和规矩的重大现实针对性。']).people, '王东明').part, 'spoke');
	// The words of one whose speech the meeting studies are quoted the same way: 传达学习…讲话 names him.
	const studied = read(['会议由县委书记张三主持，传达学习了省委书记李四在全省组织工作会议上的讲话精神。', '省委书记李四强调，要把组织工作抓实抓细。']).people;
	assert.equal(person(studied, '李四').part, 'mentioned');
});

test('leading the session’s reading of a text (领学) is speaking; a rare family name is read where a title vouches for it', () => {
	// test/corpus/raw/744-tengzhou-city-sc-54th-2014-page.txt has 董沂峰、邵士官领学了《…》; 278 纪委书记郝曼寅领学了《…》
	assert.equal(person(read(['会上,纪委书记郝曼寅领学了《习近平在二十届中央纪委三次全会上的讲话》。']).people, '郝曼寅').part, 'spoke');
	// test/corpus/raw/436-zhuoni-county-gov-report-forum-2025-page.txt
	assert.equal(person(read(['县委常委、副县长华湃主持会议,县人大常委会副主任乔国卫,县政协副主席虎文元出席会议。']).people, '虎文元').part, 'attended');
	// test/corpus/raw/455-sanmao-street-guanggongwei-east-area-2023-yzsggw-page.txt
	assert.ok(read(['街道关工委常务副主任宦建明和副主任林晓宁、杨孝其参加会议。']).people.some(p => p.name === '宦建明'));
});

test('参加…还有 lists others who took part, as 出席…的还有 does', () => {
	// test/corpus/raw/286-shanghai-xh-district-npc-deputies-forum-2008-page.txt
	const {people, bodies} = read(['参加座谈会还有区人大常委会副主任吕玉龙、乔德华、汪其才和部分常委会委员等。']);
	for (const name of ['吕玉龙', '乔德华']) assert.equal(person(people, name).part, 'attended', name);
	// 汪其才 (其 is seldom in a name) is not yet read apart from the group joined by 和.
	assert.ok(bodies.some(b => b.name.endsWith('部分常委会委员') && b.part === 'attended'));
});

test('one name, then 等 and a group: the group came too, mostly unnamed; several names then 等 a group say what those named are', async () => {
	// test/corpus/raw/586-cppcc14-1st-closing-2023-rfi-fm.md
	assert.deepEqual(
		read(['据官方消息称，政协今天闭幕时，中国国家主席习近平等党政领导人出席。']).bodies.map(b => [b.name, b.part]),
		[['党政领导人', 'attended']],
	);
	// test/corpus/raw/492-langao-county-npc19-1st-party-members-noyear-page.txt
	assert.ok(read(['县委书记马宏伟、县人大常委会主任唐天舜,县委副书记、代县长魏小林等县上领导出席会议。']).bodies.some(b => b.name === '县上领导'));
	// Shared 02: 李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希等党和国家领导人出席会议 — those named are the leaders.
	const {parseFile, corpusFile} = await import('../helpers/corpus.ts');
	assert.ok(!(await parseFile(corpusFile('02'))).bodies.some(b => b.name === '党和国家领导人'));
});

test('作…情况的报告 is reporting and 作《…》的说明, 作…的说明 explaining, with no 受…委托 or 关于 before them', () => {
	// test/corpus/raw/829-yixiu-district-plenum-1st12-noyear-hbjdsljx-trad-page.txt, in simplified characters
	const {people} = read(['会上,区委副书记叶林霞作中国共产党安庆市宜秀区第二次代表大会筹备工作情况的报告;区委常委、组织部长程贤华作区“两委”组成人员候选人预备人选名单的说明。']);
	assert.equal(person(people, '叶林霞').part, 'reported');
	assert.equal(person(people, '程贤华').part, 'explained');
	// test/corpus/raw/332-anhui-cppcc10-1st-opening-2008-cctv-page.txt
	assert.equal(person(read(['省政协副主席刘光复作九届省政协提案工作情况的报告。']).people, '刘光复').part, 'reported');
	// test/corpus/raw/831-tongcheng-city-plenum-14th8-noyear-tcwenming-page.txt
	assert.equal(person(read(['副市长章周中作《桐城市贯彻长江三角洲区域一体化发展规划纲要实施方案》的说明。']).people, '章周中').part, 'explained');
	// A written report heard names no one who reported: 审计工作报告 is a noun.
	assert.deepEqual(read(['会议听取了审计工作报告。']).people, []);
});

test('an unnamed roll at a congress presidium’s meeting counts the presidium', async () => {
	// 967: 区六届人大六次会议主席团第三次会议 … 会议应到37人,实到33人; 507: …主席团召开第一次会议。会议应到人数86人,实到81人.
	for (const [number, count] of [
		['967', 33],
		['507', 81],
	] as const) {
		const roll = (await parseDev(number)).bodies.find(b => b.count === count);
		assert.equal(roll?.name, '主席团成员', number);
	}
});

test('those a vote elected are counted, not present; 参加此次党代会的 opens a count as 出席会议的 does', async () => {
	// 985: 选举出十二届山西省纪律检查委员会委员45名; 914: 差额选举产生了…候补委员9名和出席省第十三次党代会代表40名.
	assert.ok(!(await parseDev('985')).bodies.some(b => b.count === 45));
	assert.ok(!(await parseDev('914')).bodies.some(b => b.count === 40));
	// 987: 参加此次党代会的代表应到330人,因事因病请假4人,实到326人.
	const qinxian = (await parseDev('987')).bodies.find(b => b.count === 326);
	assert.equal(qinxian?.name, '代表');
});

test('the headline names the sitting an unnamed roll belongs to', async () => {
	// 1000: 县十五届人大常委会第十一次会议举行 / 本次会议应到21人,出席21人 — the body mentions 人大二次会议 later.
	assert.equal((await parseDev('1000')).bodies.find(b => b.count === 21)?.name, '常委会组成人员');
});

test('a titled person joined by 和 to a 、-list of units’ heads is the person and one group', async () => {
	// 1013: 副区长付振和有关部门、乡镇街道负责人列席会议; 996 writes 及: …县检察院检察长王兴源及县直单位负责人列席了会议.
	const yuyang = await parseDev('1013');
	assert.ok(yuyang.people.some(p => p.name === '付振' && p.part !== 'mentioned'));
	assert.ok(yuyang.bodies.some(b => b.name === '有关部门、乡镇街道负责人' && b.part === 'observer'));
	const zhouqu = await parseDev('996');
	assert.ok(zhouqu.people.some(p => p.name === '王兴源' && p.part !== 'mentioned'));
	assert.ok(zhouqu.bodies.some(b => b.name === '县直单位负责人'));
});

test('executive chairs listed after 执行主席是, with or without a colon, are present', async () => {
	// 1089: 大会的执行主席是郭海华、柯明贤、周继文、靳耀杰、廖康艺。 401: 本次大会的执行主席是(按姓名笔画排列):旷立伟、…
	const foping = await parseDev('1089');
	for (const name of ['周继文', '靳耀杰', '廖康艺']) assert.equal(person(foping.people, name).part, 'attended', name);
	const hengshan = await parseDev('401');
	for (const name of ['旷立伟', '陈琛', '戴新贤']) assert.equal(person(hengshan.people, name).part, 'attended', name);
});

test('leaders named, then 等领导 with nothing to say whose, come with no group of their own', async () => {
	// 192: …中共黔东南州委副书记韩卉等领导到会祝贺; 1094: …縣委組織部副部長蔡明等領導到會指導.
	for (const number of ['192', '1094']) {
		const report = await parseDev(number);
		assert.ok(!report.bodies.some(b => /^(领导|領導)$/u.test(b.name)), `${number}: ${report.bodies.map(b => b.name).join('、')}`);
	}
	assert.notEqual(person((await parseDev('1094')).people, '蔡明').part, 'mentioned');
});

test('a count alone before 列席 is the unnamed group of those who sit in (列席人员)', async () => {
	// 1094: 來自全鎮各條戰線的70名代表出席會議,42人列席會議. 列席会议的11人 names the same group after the verb (counts.ts).
	const hetou = await parseDev('1094');
	assert.deepEqual(
		hetou.bodies.filter(b => b.part === 'observer').map(b => [b.name, b.count]),
		[['列席人员', 42]],
	);
});

test('a group counted in Chinese numerals keeps its count, as one counted in figures does', async () => {
	// 1129: …列席会议,四位公民代表应邀旁听会议. 101: 39名政协常委出席会议 is the same shape in figures.
	const ziyang = await parseDev('1129');
	assert.deepEqual(
		ziyang.bodies.filter(b => b.name.endsWith('公民代表')).map(b => [b.name, b.count, b.part]),
		[['公民代表', 4, 'observer']],
	);
});

test('where a counted group comes from, listed with 、 before 的, is not a group of its own', async () => {
	// 1093: 來自全鄉各行各業、各條戰線的62名人大代表、28名列席代表參加會議; 205: 来自市各民主党派、市工商联、市知联会以及
	// 市政协香港组、澳门组的11位委员 writes the same 来自…、…的 before a count.
	const wantang = await parseDev('1093');
	assert.deepEqual(
		wantang.bodies.filter(b => b.count !== null).map(b => [b.name, b.count]),
		[
			['人大代表', 62],
			['列席代表', 28],
		],
	);
	// 205's phrase, with 出席会议 in place of its 分别围绕不同领域发言.
	const {bodies} = read(['来自市各民主党派、市工商联、市知联会以及市政协香港组、澳门组的11位委员出席会议。']);
	assert.deepEqual(
		bodies.map(b => [b.name, b.count]),
		[['委员', 11]],
	);
});

test('the members a committee has (现有, 共有) are its roll; those present are counted against it', () => {
	// 1256: 中国人民政治协商会议第八届文登市委员会共有委员241名,实到226名,符合法定人数。
	const held = read([devLine('1256', '共有委员241名')]).bodies;
	assert.deepEqual(
		held.map(b => [b.name, b.count, b.expected]),
		[['委员', 226, 241]],
	);
	// The pages store's https://www.jxjaw.cn/viewnews-44664.html (吉安 city CPPCC closing): 政协吉安市第五届委员会现有委员380名,实到369名,符合政协章程规定。
	assert.deepEqual(
		read(['政协吉安市第五届委员会现有委员380名,实到369名,符合政协章程规定。']).bodies.map(b => [b.name, b.count, b.expected]),
		[['委员', 369, 380]],
	);
});

test('a reporter whose post names a committee of delegates or a review committee reported, and keeps the whole post', () => {
	// 933: 会议听取了区人大常委会代表工委主任莫菊妃所作的市人大代表鄞州中心组2009年代表履职情况的报告。
	assert.equal(person(read([devLine('933', '代表工委主任莫菊妃所作')]).people, '莫菊妃').part, 'reported');
	// 933: …区十六届人大常委会代表资格审查委员会主任高强华所作的关于区人大代表变动和代表资格审查情况的报告。
	const reviewer = person(read([devLine('933', '主任高强华所作')]).people, '高强华');
	assert.equal(reviewer.part, 'reported');
	assert.deepEqual(reviewer.roles, ['区十六届人大常委会代表资格审查委员会主任']);
	// 262: …省十三届人大常委会代表资格审查委员会主任委员刘同德作关于个别代表的代表资格的审查报告。
	const chair = person(read([devLine('262', '刘同德作关于')]).people, '刘同德');
	assert.equal(chair.part, 'reported');
	assert.ok(chair.roles.includes('省十三届人大常委会代表资格审查委员会主任委员'), chair.roles.join('、'));
	// 868: …听取了县人大办公室主任李谦作的关于安峪工业园区和樱桃园区建设情况的调研报告。
	assert.equal(person(read([devLine('868', '李谦作的')]).people, '李谦').part, 'reported');
});

test('a report named by a long subject after 作 or 作的, with no 关于 or 情况的 to mark it, is still a report made', async () => {
	// 1373 (traditional characters, read as the parser folds them): 聽取了財務部部長莊鐘平作的2015年業務費和福利費使用情況報告;
	// 聽取了經審委主任唐翌群作的2016年工會經費審查委員會的工作報告
	const staff = (await parseDev('1373')).people;
	assert.equal(person(staff, '莊鐘平').part, 'reported');
	assert.equal(person(staff, '唐翌群').part, 'reported');
	// 1375: 随后我院院长闫茂德作《我院2020-2021年度工作报告》
	assert.equal(person(read([devLine('1375', '闫茂德作')]).people, '闫茂德').part, 'reported');
	// The pages store's http://kevinhartlaughatmypain.com/display.php?id=7313 (a tea company's staff congress, 2004).
	assert.equal(person(read(['会上,财务部经理郑忠作2003年财务决算和2004年预算报告。']).people, '郑忠').part, 'reported');
	// Not a speech given before a report was heard: 作重要讲话 stays speaking.
	assert.equal(person(read(['会上,县委书记王志刚作重要讲话后听取了县政府工作报告。']).people, '王志刚').part, 'spoke');
});

test('those a vote elected are named after the verb and its 了 (选举了…为, 补选了…为): mentioned, never present', async () => {
	// 723: 大会投票选举了曾英杰为金石桥镇人民政府副镇长。
	const deputy = person(read([devLine('723', '选举了曾英杰')]).people, '曾英杰');
	assert.equal(deputy.part, 'mentioned');
	assert.deepEqual(deputy.roles, ['金石桥镇人民政府副镇长']);
	// 1417 (traditional characters with readings): 會議補(bǔ)選了王珉、李斌、何玉景、張海珊、胡增為九屆區(qū)政協(xié)常務(wù)委員
	const closing = (await parseDev('1417')).people;
	for (const name of ['王珉', '李斌', '何玉景', '張海珊', '胡增']) assert.equal(person(closing, name).part, 'mentioned');
});

test('萧 is a family name of its own: 市委副書記、市長蕭展欣 among those attending (1418)', async () => {
	// 1418: 開幕式上,中共中山市委書記郭文海,市委副書記、市長蕭展欣,十二屆市政協主席唐穎,…應邀出席。
	const opening = (await parseDev('1418')).people;
	assert.equal(person(opening, '蕭展欣').part, 'attended');
	assert.equal(person(opening, '郭文海').part, 'attended');
	// 713: 澳門委員黃飛獅、…、李榮輝、蕭鳴、何少清、黃建中、蔡晨陽出席
	assert.equal(person((await parseDev('713')).people, '蕭鳴').part, 'attended');
});

test('the delegates who heard, considered and passed a report are its audience: the one who made it reported', async () => {
	// 1386: 与会代表听取、审议并通过了余安军同志所作的《政府工作报告》,胡夕品同志代表人大主席团所作的《人大主席团工作报告》
	const session = read([devLine('1386', '与会代表听取')]).people;
	assert.equal(person(session, '余安军').part, 'reported');
	assert.equal(person(session, '胡夕品').part, 'reported');
	// 1373 (traditional characters): 代表們認真聽取了總經理陳敏所作的2015年度工作總結和2016年工作打算報告
	assert.equal(person((await parseDev('1373')).people, '陳敏').part, 'reported');
	// 1281: 审议通过了镇长熊昭明所作的《政府工作报告》 — the post is 镇长, not what the meeting did.
	assert.deepEqual(person((await parseDev('1281')).people, '熊昭明').roles, ['镇长']);
});

test('graduates serving in villages (大学生村官) are a group sitting in, and the list they close is read (test/corpus 1943)', async () => {
	const {bodies} = read([devLine('1943', '列席会议的有')]);
	assert.ok(
		bodies.some(b => b.name === '大学生村官' && b.part === 'observer'),
		bodies.map(b => b.name).join('、'),
	);
	assert.ok(bodies.some(b => b.name === '镇直单位主要负责人'));
	// http://www.handmsg.com/page/2009/0101/26560095.shtml (a district congress standing committee, 2009)
	const longwan = parseReport('龍灣區人大常委會會議\n\n2009年4月28日,溫州市龍灣區六屆人大常委會第十六次會議上,來自該區基層的5位大學生村官列席了會議。', {convert: await loadConverter()});
	assert.deepEqual(
		longwan.bodies.map(b => [b.name, b.count, b.part]),
		[['大學生村官', 5, 'observer']],
	);
});

test('leaders named, then 及 and the units whose heads came, are the leaders and one group of heads (test/corpus 1913, 998)', () => {
	const xupu = read([devLine('1913', '莫百生及')]);
	assert.equal(person(xupu.people, '莫百生').part, 'attended');
	assert.deepEqual(person(xupu.people, '莫百生').roles, ['县领导']);
	assert.ok(
		xupu.bodies.some(b => b.name === '县统计局、县农办、县经信局、县商务局、县财政局等相关单位负责人' && b.part === 'attended'),
		xupu.bodies.map(b => b.name).join('、'),
	);
	const fuqing = read([devLine('998', '林泓及')]);
	assert.equal(person(fuqing.people, '林泓').part, 'attended');
	assert.ok(
		fuqing.bodies.some(b => b.name === '市人民法院、市人民检察院等相关领导' && b.part === 'observer'),
		fuqing.bodies.map(b => b.name).join('、'),
	);
});

test('a head count said to be the whole (全镇共106名代表, 本次会议共有67名代表) counts the group it names (test/corpus 1826, 1391, 1283)', () => {
	for (const [report, line, count] of [
		['1826', '全镇共106名代表', 106],
		['1391', '本次会议共有67名代表', 67],
		['1283', '共53名代表', 53],
	] as const) {
		const {bodies} = read([devLine(report, line)]);
		assert.ok(
			bodies.some(b => b.name === '代表' && b.count === count),
			`${report}: ${bodies.map(b => `${b.name} ${b.count}`).join('、')}`,
		);
	}
});

test('a discussion group (讨论组) in the name of those who came is part of the name, not the meeting discussing (test/corpus 1656, 114)', () => {
	assert.ok(read([devLine('1656', '各讨论组组长参加会议')]).bodies.some(b => b.name === '区政协六届四次会议各讨论组组长'));
	const feixi = read([devLine('114', '各讨论组召集人')]).bodies;
	assert.ok(
		feixi.some(b => b.name === '各讨论组召集人' && b.part === 'observer'),
		feixi.map(b => b.name).join('、'),
	);
});

test('a story signed off with its reporters bare names after its last sentence credits them as staff, and only at its end', async () => {
	for (const [dev, names] of [
		['339', ['李雄']],
		['1923', ['夏连琪', '刘红']],
		['1904', ['蓝皓璟']],
	] as const) {
		const {people} = await parseDev(dev);
		for (const name of names) assert.equal(person(people, name).part, 'staff', `${dev}: ${name}`);
	}
	// The same line with more of the story after it signs nothing: 339's closing sentence and name, then another sentence.
	const closing = devLine('339', '为全国两会的顺利召开');
	assert.equal(person(read([closing]).people, '李雄').part, 'staff');
	assert.notEqual(read([`${closing}会议还研究了其他事项。`]).people.find(p => p.name === '李雄')?.part, 'staff');
});

test('a name at the end of a list of office-holders, joined to a group by 和 or 及, is one of them; the group follows', () => {
	const forum = read([devLine('286', '汪其才和部分常委会委员')]);
	assert.equal(person(forum.people, '汪其才').part, 'attended');
	assert.ok(forum.bodies.some(b => b.name === '部分常委会委员'));
	assert.ok(!forum.bodies.some(b => b.name.includes('汪其才')));
	const party = read([devLine('1086', '台玉琪及各委办主任')]);
	assert.equal(person(party.people, '台玉琪').part, 'attended');
	assert.deepEqual(
		party.bodies.map(b => b.name),
		['各委办主任', '各委办副主任'],
	);
});

test('a name after named office-holders in a list is one of them, however rare its family name', () => {
	assert.equal(person(read([devLine('871', '问针俊参加了会议')]).people, '问针俊').part, 'attended');
	assert.equal(person(read([devLine('995', '开桂兰、方祖中')]).people, '开桂兰').part, 'attended');
	// A post alone after them is not a name: 乡长邹柱 is 邹柱, the 乡长 (1601).
	assert.deepEqual(person(read([devLine('1601', '乡长邹柱出席会议')]).people, '邹柱').roles, ['乡长']);
});

test('appointments in a series across commas after one 任命 name everyone appointed', () => {
	const npc = read([devLine('1005', '任命刘冬冬为')]).people;
	for (const name of ['刘冬冬', '喻林祥', '甘道明']) assert.equal(person(npc, name).part, 'mentioned');
	const province = read([devLine('1267', '任命刘奇为')]).people;
	for (const name of ['刘奇', '陈艳华', '章文彪']) assert.equal(person(province, name).part, 'mentioned');
});

test('rare family names are read after a title: 信, 果, 代, 希, 仁', async () => {
	const names = (dev: string, containing: string) => read([devLine(dev, containing)]).people.map(p => p.name);
	assert.ok(names('1388', '区委副书记信亚东').includes('信亚东'));
	assert.ok(names('1687', '政府旗长希尼').includes('希尼'));
	assert.ok(names('1566', '城关区委书记果果').includes('果果'));
	assert.ok((await parseDev('1147')).people.some(p => p.name === '代金濤'));
	// Alone, with no title before it, such a character opens a word: 希望, 代表.
	assert.deepEqual(
		names('1687', '政府旗长希尼').filter(name => /^[希代信果仁]/u.test(name)),
		['希尼'],
	);
});

test('the leader on whose behalf someone acts (受…委托) is named', () => {
	const names = (dev: string, containing: string) => read([devLine(dev, containing)]).people.map(p => p.name);
	assert.ok(names('1252', '李服役委托').includes('李服役'));
	assert.ok(names('1523', '刘宁委托').includes('刘宁'));
	assert.ok(names('461', '田向利委托').includes('田向利'));
});

test('参加会议的…有 names who attended, as 出席会议的…有 does, and a sentence may list two groups so (test/corpus 2035, 2038)', () => {
	const attended = (dev: string, containing: string) =>
		read([devLine(dev, containing)])
			.people.filter(p => p.part === 'attended')
			.map(p => p.name);
	// 2035: 参加会议的校领导有张明旭、颜事龙、乔丰强…
	assert.ok(['张明旭', '乔丰强', '孟祥瑞'].every(name => attended('2035', '参加会议的校领导有').includes(name)));
	// 2038: 出席会议的副主委、常委有黄利鸣…,出席会议的市州主委有尚瑾、熊金林…
	const hubei = attended('2038', '出席会议的市州主委有');
	assert.ok(
		['黄利鸣', '黄剑云', '尚瑾', '何纯洁'].every(name => hubei.includes(name)),
		hubei.join('、'),
	);
});

// Sentences from test/corpus/raw/2073-sansui-county-npc15-5th-opening-2011-qdn-page.txt, 949-taoyuan-county-npc15-2nd-opening-2008-taoyuandj-page.txt,
// 629-yinchuan-city-npc16-6th-opening-2026-520geju-page.txt, 1661-leishan-county-cppcc9-7th-opening-2021-qdnrbs-page.txt and 167-zichuan-district-cppcc-standing-2026-page.txt.
test('deputies said to gather for the session (汇聚一堂, 齐聚一堂) attend, counted when the count is exact', () => {
	const bodies = (text: string) => read([text]).bodies.map(b => [b.name, b.count]);
	assert.deepEqual(bodies('来自县内的162名代表汇聚一堂,庄严履行宪法和法律赋予的神圣职责。'), [['代表', 162]]);
	assert.deepEqual(bodies('300多名人大代表汇聚一堂,共商经济社会又好又快发展大计。'), [['人大代表', null]]);
	assert.deepEqual(bodies('来自全市各行各业、各条战线的市人大代表肩负重托、齐聚一堂,认真履行宪法和法律赋予的神圣职责。'), [['市人大代表', null]]);
	// Counted at the sitting as well, they are the count's group, not a second one.
	assert.deepEqual(
		bodies('来自全县各界的政协委员齐聚一堂、议政建言。会议应出席委员147人,实到139人,符合政协章程规定人数。').map(([name]) => name),
		['委员'],
	);
	// What the meeting is called is no gathering.
	assert.deepEqual(bodies('会议指出,区政协十三届五次会议是在开启新征程的关键时期召开的一次十分重要的会议,是广大政协委员齐聚一堂,认真履职的大会。'), []);
});

test('a speech studied with its verb before 的 (在…时发表的重要讲话) names its speaker, and the verb is no name (test/corpus 2135, 1717)', () => {
	// test/corpus/raw/2135 and 1717, the clauses verbatim.
	const zhangjiagang = read(['习近平总书记在中共中央政治局第九次集体学习时发表的重要讲话等内容。']).people;
	assert.deepEqual(
		zhangjiagang.map(p => [p.name, p.part]),
		[['习近平', 'mentioned']],
	);
	const jize = read(['传达学习了习近平总书记在纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会上发表的重要讲话精神。']).people;
	assert.deepEqual(
		jize.map(p => [p.name, p.part]),
		[['习近平', 'mentioned']],
	);
});

test('what a speech draws on may stand between the speakers and 作了发言 (结合…作了发言): everyone listed spoke (test/corpus 1962, 2135)', () => {
	// test/corpus/raw/1962 and 2135, the clauses verbatim.
	const politburo = read(['中共新疆党委书记马兴瑞、国务院副总理何立峰、副总理张国清、重庆市委书记袁家军结合分管领域和地方的工作作了发言。']).people;
	for (const name of ['马兴瑞', '何立峰', '张国清', '袁家军']) assert.equal(person(politburo, name).part, 'spoke', name);
	const procuratorate = read(['党组成员、副检察长李清泉,党组成员、副检察长韩广强及党组成员、政治部主任王友艳分别结合检察工作依次作了交流发言。']).people;
	for (const name of ['李清泉', '韩广强', '王友艳']) assert.equal(person(procuratorate, name).part, 'spoke', name);
});
