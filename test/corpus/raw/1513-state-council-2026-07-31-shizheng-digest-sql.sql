-- Auto-generated import SQL
-- kind: docx-backfill
-- filename: 每日时政8.3.docx
-- doc_date: 2026-08-03
-- generated_at: 2026-08-21T08:42:54.224Z

INSERT INTO affairs_articles (document_id, article_order, title, body, source, doc_date, tags)
VALUES (
  (SELECT id FROM source_documents WHERE filename = '每日时政8.3.docx'),
  1,
  '李强主持召开国务院常务会议',
  '国务院总理李强2026年7月31日主持召开国务院常务会议。会议强调，要有效扩大国内需求，抓住潜力大、带动强的领域推出一批有力举措，加快实施“十五五”规划确定的重大项目，扎实推进“六张网”规划建设。（时政来源：新华网）',
  '新华网',
  '2026-08-03',
  '时政热点'
);
