// A government CMS (TRS WCM and its kind) names the article in a meta tag: <meta name="ArticleTitle"
// content="潘志军主持召开互联网医疗座谈会"> (513-515). It is the headline alone, where the page's <title>
// adds the site's name or holds a headline pasted with its markup. Read without a DOM, so a folder's
// listing and the reader agree.
const ARTICLE_TITLE = /<meta\s+name=["']?ArticleTitle["']?\s+content=["']([^"'<>]{2,200})["']/iu;

/** The article's title a CMS gives in its ArticleTitle meta tag, if any. */
export function articleTitleOf(page: string): string | null {
	return ARTICLE_TITLE.exec(page)?.[1].replace(/\s+/gu, ' ').trim() || null;
}
