<?php

use yii\helpers\Url;
?>

<style>
    .list{
        padding-bottom:20px
    }
    p{
        text-indent: 2em;
        font-size: 16px;
        line-height: 30px;
    }
</style>
<!-- Start Blog
  ============================================= -->
<div class="blog-area full-blog left-sidebar full-blog default-padding">
    <div class="container">
        <div class="row">
            <div class="blog-items">
                <div class="blog-content col-md-8">
                    <div class="item-box">
                        <!-- Single Item -->
                        <div class="single-item">
                            <div class="item">
                                <div class="info">
                                    <h3 style=" text-align: center;">金叶集团党委召开庆祝中国共产党 成立99周年暨“优秀党员”表彰大会</h3>
                                    <p>为庆祝建党99周年，重温党的历史，经金叶集团党委三届五次全委（扩大）会议决定，在建党99周年之际召开庆祝中国共产党成立99周年暨“优秀党员”表彰大会，集中表彰在集团改革发展、创新创效中涌现出的优秀共产党员。</p>
                                    <img src="home/img/business/07/1.jpg"/>
                                    <p>7月1日，金叶集团党委庆祝中国共产党成立99周年暨“优秀党员”表彰大会在金叶印务公司会议室召开。集团公司党委组织委员张有强出席会议并宣读预备党员转正及积极分子转预备党员的决定；金叶印务第一党支部书记院国军宣布表彰2019-2020年优秀共产党员的决定。金叶印务第二党支部书记赵兴虎主持会议。</p>
                                    <img src="home/img/business/07/2.jpg"/>
                                    <p>重温入党宣誓时，在集团公司党办主任郭子钰的带领下，预备党员面向党旗入党宣誓，与全体党员一起重温入党誓词。全体党员佩戴党徽，面对党旗，举起右手、握紧拳头，庄严宣誓：“我志愿加入中国共产党，拥护党的纲领，遵守党的章程，履行党员义务……”。通过开展重温入党誓词活动，让全体党员重温入党宣誓时的庄严承诺和坚定决心，牢记共产党员的政治责任和历史使命，不断保持共产党员的先进性，以更加饱满的热情投身于工作中，切实发挥共产党员的先锋模范作用，永葆共产党员的政治本色。</p>
                                    <img src="home/img/business/07/3.jpg"/>
                                    <p>大会对被评选为2019年度-2020年度的优秀党员进行了表彰颁奖。要求获得荣誉的同志戒骄戒躁，再接再厉，锐意进取，同时呼吁所有党员在各方面向优秀党员看齐。</p>
                                    <p>最后，集团党委组织委员张有强代表集团党委作了讲话。他指出，要坚定不移地贯彻落实党的十九大及十九届四中全会精神和习近平新时代中国特色社会主义思想，进一步巩固和拓展“不忘初心、牢记使命”主题教育成果，重温党的光辉历史。他强调，每位党员都要加强政治理论学习，主动学习领会习近平新时代中国特色社会主义思想，深入贯彻习近平总书记来陕考察重要讲话精神，牢固树立“四个意识”、坚定“四个自信”、坚决做到“两个维护”，以知促行；同时，要时刻铭记自己的党员身份，提高政治站位，自觉提升党性修养，牢记职责使命，奋力担当作为，立岗奉献、不负韶华，为金叶集团转型高质量发展做出新的贡献。（文/严夏蕾  集团党办）</p>
                                    <img src="home/img/business/07/4.jpg"/>

                                </div>
                            </div>
                        </div>
                        <!-- End Single Item -->

                    </div>
                </div>

                <!-- Start Sidebar -->
                <div class="sidebar col-md-4">
                    <aside>
                        <!--<div class="sidebar-item search">
                            <div class="title">
                                <h4>搜索</h4>
                            </div>
                            <div class="sidebar-info">
                                <form>
                                    <input type="text" class="form-control">
                                    <button type="submit">
                                        <i class="ti-search"></i>
                                    </button>
                                </form>
                            </div>
                        </div>
                        -->
                        <div class="sidebar-item category">
                            <div class="title">
                                <h4>新闻中心</h4>
                            </div>
                            <div class="sidebar-info">
                                <ul>
                                    <li>
                                        <a href="<?= Url::toRoute('news/news')?>">最新公告 <span></span></a>
                                    </li>
                                    <li>
                                        <a href="<?= Url::toRoute('news/dynamic')?>">集团新闻 <span></span></a>
                                    </li>
                                
                                </ul>
                            </div>
                        </div>
                    </aside>
                </div>
                <!-- End Start Sidebar -->
            </div>
        </div>
    </div>
</div>
<!-- End Blog -->