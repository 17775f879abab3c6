<?php require_once(dirname(__FILE__).'/'.'../public/header.php');?>


	<div class="banner banner_user"></div><!-- /.banner -->

	<div class="main">
		<div class="left">
			<div class="crumbs">
				<a href="/">首页</a> > <a href="lists">咨询动态</a> > <a href="javascript:void(0);">咨询正文</a>
			</div><!-- /.crumbs -->

			<div class="core">
				<article>
					<h1>李克强：降低网费和流量费是市场的选择</h1>
					<span class="detail_time">发布日期：2015-05-14</span>
					<div class="article_content">
						<p>敦促“提网速、降网费”一个月后，李克强总理5月13日主持召开国务院常务会议，确定加快建设高速宽带网络促进提速降费措施，助力创业创新和民生改善。</p>

						<img src="http://img.sfw.cn/admin/w/news/uploadfile/20150514/20150514135215247/2015051406222066314.jpg" alt="">

						<p>“我们去年一亿多人次出国旅游，结果出国漫游的增长速度却是下降的，因为漫游费太贵了!我听说，很多导游都随身带一个wifi信号发射器，既方便组织游客，又为他们省了钱。”在研究讨论降低网费、流量费时李克强说，“一亿游客出国，这是多大的市场啊!老百姓很清楚，你的网费、流量费太高，他就不用了!”</p>

						<p>总理指出，降低网费和流量费，这不是政府的决定，而是“不降不行”的市场选择。企业降费后，事实上会推动流量消费的增加，实现薄利多销，最终也会提高企业的经营效益。</p>

						<p>加快信息基础设施建设，进一步提高网速与“降网费”直接相关。“中国是世界上第一大手机拥有国，但网速在世界仅排名80多位，信息基础设施建设确实太滞后了。”李克强说。</p>

						<p>他解释说，当前加快推进信息基础设施建设，一方面可以拉动投资、促进稳增长，另一方面也为发展“互联网+”、推进大众创业万众创新提供了有力的支撑。</p>

						<p>李克强最后强调，提网速、降网费，不仅需要工信部和通信运营商的不懈努力，还需要有关部门的通力合作，为电信企业提供良好的营商环境，最终便利亿万网民。</p>
					</div><!-- /.article_content -->
				</article>
			</div><!-- /.core -->
		</div><!-- /.left -->

<?php require_once(dirname(__FILE__).'/'.'../public/right.php');?>
<?php require_once(dirname(__FILE__).'/'.'../public/footer.php');?>