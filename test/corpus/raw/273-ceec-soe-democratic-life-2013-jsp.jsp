<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<%String path = request.getContextPath(); %>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>中能建信息展示页面</title>
<link rel="stylesheet" type="text/css" href="<%=path%>/skin/css/common/common.css"/>
<link rel="stylesheet" type="text/css" href="<%=path%>/skin/css/common/layout_all.css"/>
<link rel="stylesheet" type="text/css" href="<%=path%>/skin/css/news_details.css"/>
</head>
<body>
	<div align="center">
		<%@ include file="top_tool_logo.jsp" %>
		<%@ include file="navi_tool.jsp" %>
		<div class="news_content_div">
			<div class="head_div">
    			<span class="current_place"><span class="current_place_word">当前位置：首页 &gt; 招标采购  &gt; 招标公告</span></span>
    			<span class="current_title">中国能建2013年备份软件几种采购的比选公告</span>
    			<div class="project_num">项目编号:XSB001</div>
			</div>
			<span class="head_time">2013-11-29</span>
			<div class="content_news_details">
				<p>
	&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>11月4日至5日</strong>，中国能建召开党的群众路线教育实践活动领导班子专题民主生活会。班子成员紧紧围绕保持党的先进性和纯洁性，按照“照镜子、正衣冠、洗洗澡、治治病”的总要求，以为民、务实、清廉为主题，以“反对‘四风’、服务群众”为重点，联系思想实际、岗位职责和工作状况，积极开展批评与自我批评，研究提出进一步加强作风建设的措施。会议由中国能建党委书记、董事长汪建平主持，国资委教育实践活动第二督导组组长赵喜子及全体成员，国务院国有重点大型企业监事会09办事处副主任、副局级专职监事刘春及相关人员参加会议。为开好高质量的专题民主生活会，中国能建党委做了充分的准备。在收集意见阶段，收集了1178条意见，归纳整理为102条意见。
</p>
<p>
	&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;党委中心组集中学习讨论3次，召开9次座谈会，回收问卷200多份。会前进行了多个回合的交心谈心，12名班子成员相互之间都进行了充分的交流和谈心，沟通交流思想，增进共识；党政主要领导亲力亲为，认真主持撰写班子对照检查材料，领导班子集体研究、讨论修改；班子成员自己动手，撰写个人对照检查材料，反复修改。这些扎实的工作，为开好专题民主生活会奠定了基础。会上，汪建平通报了中国能建领导班子专题民主生活会准备情况及征求意见、查找问题情况。中国能建总经理、党委副书记丁焰章代表领导班子作了<strong>“四风”</strong>对照检查，对“四风”方面存的问题进行查找，对存在问题的原因进行剖析，从职工群众和所属企业反映最强烈的具体问题抓起，突出重点，加大专项整治力度，从加强政治理论学习、班子自身建设、分类指导、制度约束、正风肃纪、文化建设6个方面提出了具体整改措施。中国能建党政主要领导带头进行对照检查，其他班子成员逐一进行对照检查，紧密联系各自思想、工作和作风实际，联系个人成长进步经历，查摆问题、剖析原因，提出整改措施。每位班子成员对照检查发言后，其他班子成员提出批评意见。大家以对同志、对事业高度负责的态度，敞开心扉、坦诚相见，相互批评、相互警醒，受到了教育，提高了认识，明确了方向。赵喜子代表国资委教育实践活动第二督导组对中国能建领导班子专题民主生活会进行了点评，对下一步工作提出了要求。他指出，对于这次民主生活会，中国能建党委准备很充分，自我批评到位，批评积极认真，开门见山，直奔主题。大家讲原则，讲团结，达到了凝聚共识、加油鼓劲的目的，是一次质量较高的民主生活会。他说，中国能建高度重视党的群众路线教育实践活动，所有规定动作到位，谈心交心有效果、整改方向和措施明确，可操作，坚持边学边改、立行立改，主要领导都发挥了带头作用，有初步成效。
</p>
<p>
	&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;对中国能建继续深入开展好党的群众路线教育实践活动，赵喜子提出了具体要求：一是认真学习总书记在河北省民主生活会上的重要讲话精神，结合中国能建的实际，发扬“钉钉子”的精神，攻坚克难，认真解决当前和今后中国能建所面临的一些高难度问题。二是继续贯彻落实中央八项规定，认真细化，从严要求，狠抓落实，进一步细化整改措施。三是建章立制，抓好制度建设，固化活动成果，使反“四风”制度化、常态化。汪建平在表态讲话中表示，教育实践活动即将进入整改落实、建章立制环节，要以专题民主生活会为新的开端，扎扎实实地推动活动深入开展。要牢记“为人民服务”的宗旨，把此次教育实践活动作为改进工作作风、提高领导干部政治素质和管理水平的难得机遇和重要抓手，把活动抓实抓好，以良好的作风，带领企业在科学发展的道路上不断迈出新步伐、取得新成绩。
</p>
<p>
	&nbsp;
</p>
				
			</div>
		</div>
		<%@ include file="news_bottom_info.jsp" %>
	</div>
</body>
<script type="text/javascript" src="<%=path%>/skin/js/common/jquery-1.8.3.min.js"></script>
</html>