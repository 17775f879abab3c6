// The people who made a story, in every form pages credit them. Each case is a committed report
// of test/corpus (its number names it); the names expected are its hand label's staff.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {devLine, parseDev} from '../helpers/dev-corpus.ts';
import {BUNDLED, parseFile} from '../helpers/corpus.ts';

async function staffOf(number: string): Promise<string[]> {
	return (await parseDev(number)).people.filter(p => p.part === 'staff').map(p => p.name);
}

const includesAll = (found: string[], expected: string[], number: string) =>
	assert.deepEqual(
		expected.filter(name => !found.includes(name)),
		[],
		`${number}: staff found ${found.join('、')}`,
	);

test('labelled credits, run together or apart: 总监制:黄金杰监制:陈叶静责编:…, (编辑:赖聪 审核:黄争光), 审核人:叶玲玲', async () => {
	includesAll(await staffOf('53'), ['黄金杰', '陈叶静', '赵海镇', '项露露'], '53');
	includesAll(await staffOf('47'), ['赖聪', '黄争光'], '47');
	includesAll(await staffOf('50'), ['杨玉娟', '叶玲玲'], '50');
});

test('a web editor credits as an editor does: 編輯：李榮添　網編：程皓楠 (590), 網編：池煥衡 (1970)', async () => {
	includesAll(await staffOf('590'), ['李榮添', '程皓楠'], '590');
	includesAll(await staffOf('1970'), ['李榮添', '池煥衡'], '1970');
});

test('a line of credits, each label apart from its name by a space and parted by ；: 发稿 许菁；审校 吴云凌 (1965, 1975, 1978)', async () => {
	includesAll(await staffOf('1965'), ['马蓉', '杨淑祯'], '1965');
	includesAll(await staffOf('1975'), ['许菁', '吴云凌'], '1975');
	includesAll(await staffOf('1978'), ['乔艳红', '吴云凌'], '1978');
});

test('labels spaced for layout credit as they do unspaced: 编 辑: 刘冬 / 责 编: 刘冬 (1630), 编 辑: 余晨 (997)', async () => {
	includesAll(await staffOf('1630'), ['刘冬'], '1630');
	includesAll(await staffOf('997'), ['余晨'], '997');
	const editor = (await parseDev('1633')).people.find(p => p.name === '沈娟');
	assert.equal(editor?.staffRole, 'editor');
});

test('a photo credit after an outlet’s slash is read once, its 摄 no part of the name: □石榴云/新疆日报记者崔志坚摄 (1611), 新华社记者 申 宏摄 (79)', async () => {
	const staff = await staffOf('1611');
	assert.deepEqual(staff, ['崔志坚']);
	const photographers = await staffOf('79');
	includesAll(photographers, ['申宏', '鞠鹏'], '79');
	assert.ok(!photographers.some(name => name.endsWith('摄')), photographers.join('、'));
});

test('reporters in the dateline’s brackets: 【全媒体记者 吴刚】, (全媒体记者  阮翀), (记者:吴阳金 张志彬 见习记者 汪子妍)', async () => {
	includesAll(await staffOf('47'), ['吴刚'], '47');
	includesAll(await staffOf('51'), ['阮翀'], '51');
	includesAll(await staffOf('50'), ['吴阳金', '张志彬', '汪子妍'], '50');
});

test('a reporter line without a colon: 记者 余艳华, 闪电新闻记者 李侠 陈洋 王玉栋  报道, 特派記者陳政錄／北京報導', async () => {
	includesAll(await staffOf('26'), ['余艳华'], '26');
	includesAll(await staffOf('27'), ['李侠', '陈洋', '王玉栋'], '27');
	includesAll(await staffOf('58'), ['陳政錄'], '58');
	assert.ok(!(await staffOf('27')).includes('报道'));
});

test("an e-paper's boxed byline: □融媒记者 颜元滔 (191), ??? □記者 趙霞 報道 (186), where 报道 closes the names", async () => {
	includesAll(await staffOf('191'), ['颜元滔'], '191');
	const staff = await staffOf('186');
	includesAll(staff, ['趙霞'], '186');
	assert.ok(!staff.some(name => name.startsWith('報')), staff.join('、'));
});

test("a party group's member is an office: 县政府党组成员卢孟清 (186), 区人大常委会党组成员武广华 (194) attend as the list does", async () => {
	const parts = async (number: string) => new Map((await parseDev(number)).people.map(p => [p.name, p.part]));
	assert.equal((await parts('186')).get('盧孟清'), 'attended');
	assert.equal((await parts('186')).get('朱洪瑞'), 'attended');
	// 武广华 sits in (列席) or attends by the labels; either way he is present, not only mentioned.
	assert.ok(['attended', 'observer'].includes((await parts('194')).get('武广华') ?? ''));
});

test('a story signed off with bare names: （权晟 王仟恒 …）, (王利民、杨蓉蓉), ■瞿伟, (陈友田/文)', async () => {
	includesAll(await staffOf('45'), ['权晟', '王仟恒', '班辉', '罗新岳', '王晓磊', '李少彤'], '45');
	includesAll(await staffOf('54'), ['王利民', '杨蓉蓉'], '54');
	includesAll(await staffOf('38'), ['瞿伟'], '38');
	includesAll(await staffOf('25'), ['陈友田'], '25');
	// 471: …为松溪美好未来作出新的贡献。(林云洁 真魏皓) | — a table cell's bar left after the names.
	includesAll(await staffOf('471'), ['林云洁'], '471');
});

test('a site account is no one: 作者:定远先锋网管理员', async () => {
	const people = (await parseDev('54')).people.map(p => p.name);
	assert.ok(people.every(name => !name.includes('管理员')));
});

test('credits labelled 图/文, 撰稿人, 审稿人, after a page widget (【我要纠错】), with an outlet or a mirror’s lost ?? between', async () => {
	// 118: (图/文:县新闻中心 唐福升); 131: (撰稿人:鄧亮??審稿人:何宏偉); 81: 【我要纠错】责任编辑：朱英
	includesAll(await staffOf('118'), ['唐福升'], '118');
	includesAll(await staffOf('131'), ['鄧亮'], '131');
	includesAll(await staffOf('81'), ['朱英'], '81');
	// 何宏偉 also attended 131 (区政府办公室主任何宏偉出席会议): present, and credited as reviewer.
	assert.ok((await parseDev('131')).people.some(p => p.name === '何宏偉' && p.part !== 'mentioned'));
});

test('a bare name in brackets on its own line after the story signs it off: (章纪) (183), (付清) (218)', async () => {
	includesAll(await staffOf('183'), ['章纪'], '183');
	includesAll(await staffOf('218'), ['付清'], '218');
	// Only the first line after the story: what the page lists further down (手机阅读 / 下载、打印) is not read.
	assert.equal((await staffOf('218')).length, 1);
});

test('two-character names padded to three columns, several in a row, pair up: (记者冯 艳 孙 敏 张 涛) (247)', async () => {
	includesAll(await staffOf('247'), ['冯艳', '孙敏', '张涛'], '247');
	// One padded name stays one (the bundled report: 首席记者 袁 云 摄).
	includesAll(
		(await parseFile(BUNDLED)).people.filter(p => p.part === 'staff').map(p => p.name),
		['袁云'],
		'00',
	);
});

test('a padded name among whole ones is one name: (记者 何雪莲 张 帅) (484), 记者 王 欢 摄 (199)', async () => {
	includesAll(await staffOf('484'), ['何雪莲', '张帅'], '484');
	includesAll(await staffOf('199'), ['王欢'], '199');
});

test('a credit’s own label is no name: (实习生 周梅摄) credits 周梅 (332)', async () => {
	const people = (await parseDev('332')).people;
	assert.ok(!people.some(p => p.name === '实习生'));
	assert.equal(people.find(p => p.name === '周梅')?.part, 'staff');
});

test('a photographer credited close to 摄 at a paragraph’s end is named without it: (记者 王洪摄) (903), （刘通摄） (814)', async () => {
	for (const [number, name] of [
		['903', '王洪'],
		['814', '刘通'],
	] as const) {
		const people = (await parseDev(number)).people;
		assert.equal(people.find(p => p.name === name)?.part, 'staff', number);
		assert.ok(!people.some(p => p.name === `${name}摄`), number);
	}
});

test('a caption closed by its photographers at the line’s end credits them: 。瞿宏伦 摄 (731), 。石小刚 辛一 谢道韫 摄 (914)', async () => {
	for (const [number, names] of [
		['731', ['瞿宏伦']],
		['914', ['石小刚', '辛一', '谢道韫']],
	] as const) {
		const people = (await parseDev(number)).people;
		for (const name of names) assert.equal(people.find(p => p.name === name)?.part, 'staff', `${number} ${name}`);
	}
});

test('a reporting team credits each of its members: (中评社报道组:张心怡、徐梦溪、张爽、海涵) (407)', async () => {
	const staff = (await parseDev('407')).people.filter(p => p.part === 'staff').map(p => p.name);
	for (const name of ['張心怡', '徐夢溪', '張爽']) assert.ok(staff.includes(name), `${name}: ${staff.join(' / ')}`);
});

test('an intern credited in the dateline’s brackets is staff: 本报讯(实习生 施琦 首席记者 项乐茹/文 记者 孙凛/图) (433); (实习生 周梅摄) stays a photo credit (332)', async () => {
	const staff = (await parseDev('433')).people.filter(p => p.part === 'staff').map(p => p.name);
	assert.ok(staff.includes('施琦'), staff.join(' / '));
	const credited = (await parseDev('332')).people.map(p => p.name);
	assert.ok(credited.includes('周梅') && !credited.includes('周梅摄'), credited.join(' / '));
});

test('a later credit in the same brackets is read, written close or after a 、', async () => {
	// 260: (记者 马治卫 通讯员潘全喜); 196: (记者陈程、通讯员陈玉薇)
	includesAll(await staffOf('260'), ['马治卫', '潘全喜'], '260');
	includesAll(await staffOf('196'), ['陈程', '陈玉薇'], '196');
});

test("a news agency's two editors after one label are parted by a slash", async () => {
	// 566: （編輯：張淑伶/楊昇儒）1130131 — CNA's editor line, its date in the ROC calendar.
	includesAll(await staffOf('566'), ['張淑伶', '楊昇儒'], '566');
});

test('a second title run into the first names, and what the reporters made before their names, are read', async () => {
	// 628: 本报讯(记者马一萍见习记者赵秉娣)1月12日下午,…
	includesAll(await staffOf('628'), ['马一萍', '赵秉娣'], '628');
	// 632: (张掖市融媒体中心记者 文/图 祁晓蓓 赵琳)
	includesAll(await staffOf('632'), ['祁晓蓓', '赵琳'], '632');
});

test('a reporter after the outlet’s tag, closed by 报道: 云上通城讯 记者张永锋报道: (848), 本报讯 记者邹伟锋报道 昨日下午 (786)', async () => {
	includesAll(await staffOf('848'), ['张永锋'], '848');
	includesAll(await staffOf('786'), ['邹伟锋'], '786');
	// The presiding chair of 848 is not read from 全体正副主席 either.
	assert.ok(!(await parseDev('848')).people.some(p => p.name.includes('全体')));
});

test('several credits after the outlet’s tag, one after another and closed by 报道', async () => {
	// 139: 本报讯 见习记者祁鑫韧、通讯员雷涛报道:; 977: 【香港商報網訊】記者 常亮 通訊員李世釗報道:
	includesAll(await staffOf('139'), ['祁鑫韧', '雷涛'], '139');
	includesAll(await staffOf('977'), ['常亮', '李世釗'], '977');
});

test('a reporter after the paper’s name (聯合報 記者黃雅慧/即時報導), and a photo credit with 拍摄, after the outlet’s name or not', async () => {
	includesAll(await staffOf('969'), ['黃雅慧'], '969');
	includesAll(await staffOf('854'), ['賴錦宏'], '854');
	// 955: …在中山市会议中心召开。 南方+ 叶志文 拍摄; 744: (王文利 拍摄; 914: …市委工作报告。石小刚 辛一 谢道韫 摄
	includesAll(await staffOf('955'), ['叶志文'], '955');
	includesAll(await staffOf('744'), ['王文利'], '744');
	includesAll(await staffOf('914'), ['石小刚', '辛一', '谢道韫'], '914');
});

test('text credits: 文稿:童话 苏虹 曹文 龙海, (文字:刘贵雪 审核:王资生 终审:史凌云)', async () => {
	includesAll(await staffOf('1091'), ['童话', '苏虹', '曹文', '龙海'], '1091');
	includesAll(await staffOf('278'), ['刘贵雪', '王资生', '史凌云'], '278');
});

test('credits are listed in the order they are written, whichever reports were read before', async () => {
	// 464: 映象网讯 (广电全媒体记者 高冬丽 董彩红 赵媛 首席记者 梁新慧/文 记者 邱琦/图) — the bracketed reporters first,
	// then the slash credits. Cutting the credits out of a text once reordered the list the next reading got.
	const {findStaff, withoutCredits} = await import('../../source/parse/attendees/staff.ts');
	const text = devLine('464', '映象网讯');
	const section = {id: 1, lead: null, heading: '', text, offset: 0};
	const meta = {title: '', date: null, time: null, source: null, channel: null, meeting: null, bylines: [], caption: null, lines: []};
	const names = () => findStaff([section], meta, new Set()).map(s => s.name);
	const first = names();
	withoutCredits(text);
	assert.deepEqual(names(), first);
	assert.ok(first.indexOf('高冬丽') < first.indexOf('邱琦'), first.join(' '));
});
