// Chinese family names. Where a name has no title or formula around it, a plausible family name
// is what separates 李佳 from 金融 or 能源 in a 、-list. Characters that mostly act as function
// words in this genre (由, 和, 在, 以, 为, 与, 对, 将) are left out on purpose. 萧 is a family name of its
// own, not a form of 肖 (蕭展欣, 蕭家明, 1418; 蕭鳴, 713).
const SINGLE =
	'习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅呼居揭干尉冶斯束檀衣展阴昝幸奉衡富尧訚姒铁咸赖洪凤谯庹鄂郦邴荀丘韶肇訾佴阎萧';

const DOUBLE = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '令狐', '夏侯', '司徒', '端木', '独孤', '南宫', '西门', '万俟', '澹台', '轩辕', '呼延'];

const singles = new Set(SINGLE);

/** The first code units of the double surnames: most names asked start with none of them. */
const DOUBLE_FIRSTS = new Set(DOUBLE.map(surname => surname.charCodeAt(0)));

export function hasDoubleSurname(name: string): boolean {
	return DOUBLE_FIRSTS.has(name.charCodeAt(0)) && DOUBLE.some(surname => name.startsWith(surname));
}

export function hasSurname(name: string): boolean {
	return hasDoubleSurname(name) || singles.has(name.charAt(0));
}

/**
 * How names written without a common Han family name often open — Tibetan, Mongolian, Hui and Naxi
 * names (阿古拉 450, 阿旺 535, 阿英徳 849, 洛桑江村 233, 那顺孟和 264, 拜玉凤 397, 喇敏智 397, 嘎玛泽登 236,
 * 尼玛卓玛 262, 才让南加 394, 额尔登图 450), and rare family names (寿子琪 204/292, 旷立伟 401, 蔚振忠 265,
 * 弓芳芳 135, 焉荣竹 146, 仰协 198, 茆龙海 318, 宦建明 455, 仝兴坤 138, 虎文元 436, 奇军 450, 折睿 450, 信亚东 1388,
 * 信長星 1586, 信春鷹 1838, 果果 1566, 果珍 1582, 代金濤 1147, 代军 769, 希尼 1687, 1779, 仁青加 1185, 1899) —
 * read only where a title vouches for them: alone, these characters open place names, loanwords and words.
 */
const TITLED_ONLY = new Set('阿洛那拜喇嘎尼才额寿旷蔚弓焉仰茆宦仝虎奇折信果代希仁');

/** Whether `name` opens as one of those: a name only after a title. */
export function opensTitledNameOnly(name: string): boolean {
	return TITLED_ONLY.has(name.charAt(0));
}

/**
 * Tibetan given names as Chinese writes them: two names of two characters each (向巴平措, 1567, 753;
 * 洛桑江村, 233; 白瑪朗杰, 洛桑久美, 索朗仁增, 羅松多吉, 535; 尕玛才旦, 才让扎西, 1055; 旦正道吉, 丹正昂杰, 996;
 * 公保扎西, 630; 尼玛卓玛, 262; 才让南加, 394; 嘎玛泽登, 236; 多杰热旦, 1185). Four characters with no family
 * name are a name only when both halves are such names; a title or a list still has to vouch for it.
 */
const TIBETAN_NAMES = new Set(
	(
		'扎西 次仁 次旦 多吉 多杰 平措 旺堆 卓玛 卓嘎 央金 达瓦 尼玛 格桑 洛桑 白玛 江村 赤林 强巴 索朗 丹增 旦增 罗布 普布 拉巴 边巴 ' +
		'巴桑 德吉 曲珍 顿珠 嘉措 加措 坚参 贡嘎 朗杰 益西 群培 土登 阿旺 向巴 才让 才旦 仁增 培杰 久美 公保 尕玛 旦正 丹正 道吉 ' +
		'昂杰 罗松 热旦 泽登 南加 嘎玛 拉姆 措姆 单增 赤列 桑珠 欧珠 米玛 旺姆 旺久 其美 吉律 洛追 更登 索南 多布 扎巴'
	).split(' '),
);

/**
 * Mongolian given names as Chinese writes them: two names of one to four characters each, with no
 * family name (宝音满都呼 412, 1687, 1779; 玛西毕力格, 乌云毕力格 1779; 赛音朝克图, 乌兰其木格 1776; 乌云其木格 85;
 * 孟和达来 1777; 那顺孟和 264; 额尔登图 450; 哈斯巴雅尔, 斯琴高娃), up to six characters long.
 */
const MONGOLIAN_NAMES = new Set(
	(
		'宝音 满都呼 赛音 朝克图 乌兰 其木格 乌云 毕力格 玛西 孟和 达来 那顺 额尔登 图 哈斯 巴雅尔 斯琴 高娃 巴特尔 巴图 朝鲁 ' +
		'阿拉坦 布仁 道尔吉 特木尔 乌力吉 苏和 其其格 格日勒 图雅 萨仁 敖其尔 吉日嘎拉 查干 呼和 白音 额尔敦 宝力道 那仁 娜仁 孟克 ' +
		'阿木尔 桑布 胡日查 朝格 巴音 图门 旭日 达赖 仓 都古尔 布和 额日和木'
	).split(' '),
);

/** The first code units of the names above: where none stands first, no minority name does. */
const MINORITY_FIRSTS = new Set([...TIBETAN_NAMES, ...MONGOLIAN_NAMES].map(name => name.charCodeAt(0)));

/**
 * Whether a name of four to six characters with no family name is two Tibetan names (向巴平措) or two
 * Mongolian ones (宝音满都呼): read only where a title or a list vouches for it.
 */
export function isMinorityName(name: string): boolean {
	// Either reading opens with a name of the tables: asked of most candidates a list or a title
	// vouches for, most of which no name of them starts, the slices and lookups below are spared.
	if (!MINORITY_FIRSTS.has(name.charCodeAt(0))) return false;
	if (name.length === 4 && TIBETAN_NAMES.has(name.slice(0, 2)) && TIBETAN_NAMES.has(name.slice(2))) return true;
	if (name.length < 4 || name.length > 6) return false;
	for (let split = 1; split < name.length; split++) if (MONGOLIAN_NAMES.has(name.slice(0, split)) && MONGOLIAN_NAMES.has(name.slice(split))) return true;
	return false;
}

/** The length of the minority name `text` opens with (longest first), or 0. */
export function minorityNameLength(text: string): number {
	for (let length = 6; length >= 4; length--) if (text.length >= length && isMinorityName(text.slice(0, length))) return length;
	return 0;
}
