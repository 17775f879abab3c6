<%@ page language="java" import="java.util.*" pageEncoding="UTF-8"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions"%>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jstl/fmt_rt"%>
<%@ taglib prefix="plattag" uri="/plattag"%>

<%
String path = request.getContextPath();
String basePath = request.getScheme()+"://"+request.getServerName()+":"+request.getServerPort()+path+"/";
%>

<!DOCTYPE html>
<html>
  <head>
    <base href="<%=basePath%>">
    
    <title>习近平出席十九届中央纪委二次全会并发表重要讲话</title>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,Chrome=1" />
	<meta http-equiv="X-UA-Compatible" content="IE=9" />
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<plattag:resources restype="css" loadres="layer,bootstrap-checkbox,jquery-ui,select2,plat-ui">
	</plattag:resources>
  </head>
  
  <body class="gray-bg">
    <div class="wrapper wrapper-content  animated fadeInRight article">
        <div class="row">
            <div class="col-lg-10 col-lg-offset-1">
                <div class="ibox">
                    <div class="ibox-content">
                        <div class="pull-right">
                            <button class="btn btn-white btn-xs" type="button">2018-01-15 09:38:53</button>
                        </div>
                        <div class="text-center article-title">
                            <h1>
                                    习近平出席十九届中央纪委二次全会并发表重要讲话
                                </h1>
                        </div>
                        <p><img src="http://localhost/szfoa/attachfiles/uploadUE/2018-01-15/4028d08160f7703f0160f7793d6d0013.jpg" alt="1122246701_15156762350021n.jpg"/></p><p><span style="color: rgb(64, 64, 64); font-family: &quot;PingFang SC&quot;, &quot;Lantinghei SC&quot;, &quot;Helvetica Neue&quot;, Helvetica, Arial, &quot;Microsoft YaHei&quot;, ？？？è？ˉé？…é？‘, STHeitiSC-Light, simsun, ？？？？？“, &quot;WenQuanYi Zen Hei&quot;, &quot;WenQuanYi Micro Hei&quot;, sans-serif; font-size: 18px; background-color: rgb(255, 255, 255);">1月11日，中共中央总书记、国家主席、中央军委主席习近平在中国共产党第十九届中央纪律检查委员会第二次全体会议上发表重要讲话。新华社记者 谢环驰 摄</span></p>
                        <hr>


                    </div>
                </div>
            </div>
        </div>

    </div>
    </body>
</html>
<plattag:resources restype="js" loadres="layer,jquery-ui,select2,jquery-layout,plat-util">
</plattag:resources>
<script type="text/javascript">

$(function(){
	//初始化UI控件
	
});
</script>
