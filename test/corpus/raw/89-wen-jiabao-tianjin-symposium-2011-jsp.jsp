<%@page contentType="text/html;charset=utf-8"%>
<%@ taglib prefix="s" uri="/struts-tags" %>
<%@ taglib prefix="w" uri="/web"%> 

<%
String path = request.getContextPath();
String basePath = request.getScheme()+"://"+request.getServerName()+":"+request.getServerPort()+path;
%>

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>温家宝：宏观经济政策要适时适度进行预调微调</title>
<link href="<%= request.getContextPath() %>/images/style.css" type="text/css" rel="stylesheet" />
<script language="javascript" src="<%= request.getContextPath() %>/js/jquery-1.5.1.min.js"></script>
<script language="javascript">
$().ready(function(){

	
})
</script>
</head>

<body>
<div class="top">
	<ul class="toplink"><li><a href="#">设为首页</a></li><li>|</li><li><a href="#">加入收藏</a></li><li>|</li><li><a href="#">联系我们</a></li></ul>
</div>
<div class="article_top">
	<div class="list_link_left">当前位置：首页 > 公告 > 信息内容</div>
    <div class="list_link_right">
        <div class="imgbtn"><span class="imgbtn_list"></span>返回列表</div>
        <div class="imgbtn"><span class="imgbtn_noname1"></span>回到首页</div>
    </div>
</div>
<div class="articlebox">


	<div class="article_title">温家宝：宏观经济政策要适时适度进行预调微调</div>
    <div class="hr2"></div>
    <div class="article_other">http://www.sina.com.cn  2011年10月25日21:58  新华网</div>
	<div class="article_text">
    
    <p class="text_p">新华网天津10月25日电(记者 赵承 李斌 李靖)10月24日至25日，中共中央政治局常委、国务院总理温家宝在中共中央政治局委员、天津市委书记张高丽等陪同下在天津滨海新区调研，并主持召开天津、内蒙古、江苏、山东四省(区、市)经济形势座谈会。</p>

　　<p class="text_p">温家宝强调，要正确认识当前经济形势，准确判断经济走势，把握好宏观调控的方向、力度和节奏，更加注重政策的针对性、灵活性和前瞻性，以适应形势的变化。要认真做好今年后几个月的工作，把保障和改善民生放到更加重要的位置，重点解决经济运行中的突出矛盾和问题，巩固经济平稳较快发展的良好势头。</p><p class="text_p">温家宝强调，要正确认识当前经济形势，准确判断经济走势，把握好宏观调控的方向、力度和节奏，更加注重政策的针对性、灵活性和前瞻性，以适应形势的变化。要认真做好今年后几个月的工作，把保障和改善民生放到更加重要的位置，重点解决经济运行中的突出矛盾和问题，巩固经济平稳较快发展的良好势头。</p><p class="text_p">温家宝强调，要正确认识当前经济形势，准确判断经济走势，把握好宏观调控的方向、力度和节奏，更加注重政策的针对性、灵活性和前瞻性，以适应形势的变化。要认真做好今年后几个月的工作，把保障和改善民生放到更加重要的位置，重点解决经济运行中的突出矛盾和问题，巩固经济平稳较快发展的良好势头。</p><p class="text_p">温家宝强调，要正确认识当前经济形势，准确判断经济走势，把握好宏观调控的方向、力度和节奏，更加注重政策的针对性、灵活性和前瞻性，以适应形势的变化。要认真做好今年后几个月的工作，把保障和改善民生放到更加重要的位置，重点解决经济运行中的突出矛盾和问题，巩固经济平稳较快发展的良好势头。</p><p class="text_p">温家宝强调，要正确认识当前经济形势，准确判断经济走势，把握好宏观调控的方向、力度和节奏，更加注重政策的针对性、灵活性和前瞻性，以适应形势的变化。要认真做好今年后几个月的工作，把保障和改善民生放到更加重要的位置，重点解决经济运行中的突出矛盾和问题，巩固经济平稳较快发展的良好势头。</p>

    </div>

</div>
<div class="article_down"></div>
<div class="hr"></div>

<div class="footer">
    <ul class="youqing">
        <li><img src="images/link1.png" /></li>
        <li><img src="images/link2.png" /></li>
        <li><img src="images/link3.png" /></li>
        <li><img src="images/link4.png" /></li>
        <li><img src="images/link5.png" /></li>
        <li><img src="images/link6.png" /></li>
        <li><img src="images/link7.png" /></li>
        <li><img src="images/link8.png" /></li>
    </ul>
    <div class="footer_link">
    	版权所有 大庆市亚夏教育          ICP号：<a href="#">黑第6654855号</a> 客服邮箱：<a href="#">admin@yaxin.com</a>       全国服务热线：400-8888-888<br />合作伙伴：<a href="#">大庆市工信委</a>   <a href="#">大庆市水产畜牧局</a>    <a href="#">大庆市质量监督局</a>     <a href="#">大庆市卫生防疫局</a>      <a href="#">蒙牛集团</a>      <a href="#">大庆市星火牧场</a>
    </div>
</div>


</body>
</html>