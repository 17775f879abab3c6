// Words that name a meeting or its document.

/** In a title, what makes a text a meeting's report (looksLikeReport), in both scripts, as a listing reads titles as written: 全國人大常委會通過修改國旗法國徽法決定 (568). */
export const REPORT_WORDS = ['会议', '全会', '大会', '公报', '常委会', '會議', '全會', '大會', '公報', '常委會'] as const;

/**
 * In a report's opening paragraphs, a meeting held or attended: 主持召开市政府常务会议, 区委常委会近日
 * 举行会议, 市政协举行九届二十次常委会议, …会议在京开幕, 出席会议,
 * 进行第三十四次集体学习 (74). Many reports' titles name no
 * meeting (学习追赶世界先进城市, 125) and their leads are no 全会指出 (今晚，市政协举行…, 52): the
 * opening says what the text is. Traditional characters are written beside their simplified ones:
 * a folder's listing reads outlines, which keep the characters as written.
 */
export const MEETING_HELD =
	// …在中共中央政治局常委会会议上发表重要讲话 (239), 郭聲琨昨天在…的工作會議表示 (685), 劉捷昨天在會議上說 (715): a speech at a meeting
	// says it was held.
	// A numbered sitting names the meeting outright: 福建省委八屆二次全會日前… (299), a mass body's 省科协九届三次全委会今天… (2121), 区政协九届一次全委会议 (1086).
	// Who chaired it says it was held: 會議由中共總書記習近平主持 (477), 会议由县委书记…主持 (the genre's own line).
	// A numbered sitting: …执法检查组第一次全体会议上了解到 (519); one that decided: 国务院第十二次常务会议决定 (794),
	// …第二十九次会议周四表决通过 (800), 第14次會議18日決定 (715). Organs that met: 浙江省委、杭州市委和溫州市委
	// 在21日、22日接連為此事開會 (648). A forum or a trade fair held (高峰论坛在西安举行, 816; 举办…推介会, 814), and a
	// meeting told of as the place words were said (…展开座谈。会上，…, 815). A meeting that heard or
	// considered business: 會議聽取和審議了《城廂鎮人民政府工作報告》… (1342), 会议听取和审议了《政府工作报告》 (1303).
	// A standing committee that voted sat to do so: 中国全国人大常委会周四表决通过 (800), 全国人大常委会27日表决通过 (63).
	/(?:[会會][议議]|大[会會]|全[会會])(?:[听聽]取|[审審][议議])|(?:[会會][议議]|全[会會]|大[会會])由[^。；]{1,40}?主持|(?:委|政府|常委[会會])[^。；，]{0,20}?[开開][会會](?![议議])|常委[会會][^。；，]{0,6}?表[决決]通[过過]|第[一二三四五六七八九十\d]{1,3}次全[体體][会會][议議]|第[一二三四五六七八九十百\d]{1,4}次(?:常[务務])?[会會][议議][^。；，]{0,6}?(?:[决決]定|表[决決]|通[过過]|[审審][议議])|[届屆][一二三四五六七八九十\d]{1,3}次(?:全[会會]|全委[会會]|全[体體][会會][议議]|[会會][议議])|在[^。；]{0,30}?(?:[会會][议議]|全[会會]|大[会會])上?(?:[发發]表|作|表示|[强強][调調]|指出|[说說])|(?:召[开開]|[举舉]行|[举舉]办|主持|出席|列席|[参參]加|[闭閉]幕|[开開]幕)[^。；]{0,40}?(?:[会會][议議]?|全[会會]|常委[会會]|常[务務][会會]|[论論][坛壇])|集[体體][学學][习習]|(?:[会會][议議]|全[会會]|大[会會]|常委[会會]|常[务務][会會]|座[谈談][会會]|[学學][习習][会會]|(?:推[进進]|推介|[现現]场|[调調]度|[动動][员員]|部署|[汇匯][报報]|[联聯]席|[通][报報])[会會]|[论論][坛壇])[^。；]{0,20}?(?:召[开開]|[举舉]行|[举舉]办|[开開]幕|[闭閉]幕)|[。！][会會]上[，,]/u;

/** In a headline, what makes it the headline proper: the meeting, its sittings and its bodies. */
export const MEETING_WORDS = [...REPORT_WORDS, '座谈会', '委员会', '开幕', '闭幕'] as const;

/**
 * Verbs that put business before a meeting — what an agenda's items open with (研究A，审议B; 听取A汇报。
 * 听取B汇报。; 会议听取了…). A regular-expression source.
 */
export const AGENDA_VERBS = '听取|审议|研究|审查|讨论';
