// Names carried by personnel decisions and lectures: how a standing committee's personnel news reads
// (任命…为…、…为…; 免去…职务; 撤销…资格; 接受…请辞; …不再担任), and the lecturer of its study session.
// Sentences are cut from the labelled report pairs of test/compare/pairs, named beside each.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Meta, Section} from '../../source/model/report.ts';
import {extractAttendees} from '../../source/parse/attendees/index.ts';

function names(text: string): string[] {
	const sections: Section[] = [{id: 1, lead: null, heading: '', text, offset: 0}];
	const meta: Meta = {title: '', date: null, time: null, source: null, channel: null, meeting: null, bylines: [], caption: null, lines: []};
	return extractAttendees(sections, meta).people.map(p => p.name);
}

function includes(text: string, expected: string[]) {
	const found = names(text);
	for (const name of expected) assert.ok(found.includes(name), `${name} should be among ${found.join('、')}`);
}

test('an appointment clause names everyone appointed in it, not only the first', () => {
	// Pair 18, new.txt (NPC Standing Committee, 18th session closing).
	includes('会议经表决，任命郝鹏为全国人大财经委副主任委员、孙绍骋为全国人大社会委副主任委员；免去夏光的全国人大常委会预算工委副主任职务，任命翟炜为全国人大常委会预算工委副主任；', ['夏光', '孙绍骋', '翟炜', '郝鹏']);
	// Pair 17, old.txt (CPPCC Standing Committee, 9th session closing): 、 joins the appointments.
	includes('任命李小鹏为经济委员会副主任、邓小刚为农业和农村委员会驻会副主任、庹震为教科卫体委员会副主任、徐乐江为民族和宗教委员会副主任，梁晔不再担任农业和农村委员会驻会副主任；', [
		'庹震',
		'徐乐江',
		'李小鹏',
		'梁晔',
		'邓小刚',
	]);
});

test('removals, expulsions and resignations name every person in their list, and 其 is no one', () => {
	// Pair 17, new.txt.
	assert.deepEqual(names('会议通过关于免去齐扎拉第十四届全国政协常委、农业和农村委员会副主任职务，撤销其委员资格的决定。'), ['齐扎拉']);
	includes('追认关于撤销赵金云、魏博平、吴存荣、卢进、薛景霞第十四届全国政协委员资格的决定。', ['卢进', '吴存荣', '薛景霞', '赵金云', '魏博平']);
	// Pair 18, old.txt: two removed in one clause, ending in 的.
	includes('会议经表决，免去胡晓犁、欧阳昌琼的全国人大常委会副秘书长职务，任命邓蓉玲为全国人大常委会副秘书长；', ['胡晓犁', '欧阳昌琼', '邓蓉玲']);
	// Pair 17, new.txt: a resignation accepted, a name of no Han family vouched for by 同志.
	includes('会议通过关于接受噶玛泽登同志请辞第十四届全国政协委员的决定。', ['噶玛泽登']);
});

test('those who leave a post are named, with the reason between them and 不再', () => {
	// 146: 喬延春、齊乃貴因年齡原因,不再擔任省政協副主席職務,畢泗生不再擔任省政協秘書長職務,于洪文、…、惠菽林等同志因年齡和工作變動,不再擔任省政協常委職務
	includes('乔延春、齐乃贵因年龄原因,不再担任省政协副主席职务,毕泗生不再担任省政协秘书长职务,于洪文、孙立新、惠菽林等同志因年龄和工作变动,不再担任省政协常委职务。', [
		'乔延春',
		'齐乃贵',
		'毕泗生',
		'于洪文',
		'孙立新',
		'惠菽林',
	]);
});

test('a lecturer is named, without the role before the name or 应邀 after it', () => {
	// Pair 13, new.txt (NPC Standing Committee lecture).
	includes('十四届全国人大常委会举行第五讲专题讲座，赵乐际委员长主持。史耀斌作了题为《全国人大及其常委会的预算审查监督》的讲座。', ['史耀斌']);
});

test('a group after a title is no person', () => {
	// Compare held-out pair 19, new.txt: 三是继续完善委员讲堂、重大专项工作委员宣讲团、谈心谈话等载体平台
	assert.deepEqual(names('汪洋从五个方面总结了过去一年全国政协的工作：三是继续完善委员讲堂、重大专项工作委员宣讲团、谈心谈话等载体平台。'), ['汪洋']);
});

test('a removal naming the body before the sitting names everyone removed', () => {
	// 589: 会议审议通过了关于撤销吴燕生、刘石泉、王长青政协第十四届全国委员会委员资格的决定，提请第五次常委会会议追认
	includes('会议审议通过了关于撤销吴燕生、刘石泉、王长青政协第十四届全国委员会委员资格的决定，提请第五次常委会会议追认。', ['吴燕生', '刘石泉', '王长青']);
});

test('the 于 of 关于 is no surname of the name after it', () => {
	// 630: …审议通过了《…第十次主席会议关于李猛同志任职的决定(草案)》
	const found = names('会议审议通过了《中国人民政治协商会议海西蒙古族藏族自治州第十四届委员会第十次主席会议关于李猛同志任职的决定(草案)》。');
	assert.ok(found.includes('李猛') && !found.includes('于李猛'), found.join('、'));
});

test('one who stays in a post (续任) is named without the 续', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// 646: title: 王偉中續任深圳市委書記　強調市委要清政廉潔
	const found = (await parseDev('646')).people.map(p => p.name);
	assert.ok(found.includes('王偉中') && !found.includes('王偉中續'), found.join('、'));
});
