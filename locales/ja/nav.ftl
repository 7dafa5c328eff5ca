# ナビゲーション：索引ページ、ホームのクラス別ジャンプリンク、404 ページのコード検索と候補、
# 言語選択ページから各索引へのリンク。

## コードの索引（/<lang>/sip/）

nav-codes-title = クラス別 SIP レスポンスコード一覧：1xx～6xx
nav-codes-heading = クラス別 SIP レスポンスコード一覧
nav-codes-description = 登録されているすべての SIP レスポンスコードを、1xx の暫定応答から 6xx のグローバルエラーまでクラスごとにまとめ、それぞれに 1 行の概要を添えています。
nav-codes-crumb = クラス別一覧
nav-jump-label = クラスへ移動

## 比較の索引（/<lang>/compare/sip/）

nav-pairs-title = SIP レスポンスコードの比較一覧
nav-pairs-heading = SIP レスポンスコードの比較
nav-pairs-description = エンジニアが特に取り違えやすい SIP レスポンスコードの組み合わせと、任意の 2 つのコードを並べて比較する方法をまとめています。
nav-pairs-crumb = 比較一覧
nav-pairs-confused = 取り違えやすい組み合わせ
nav-pairs-any-heading = その他の組み合わせ
nav-pairs-any = 各コードのページには、ほかのすべてのコードとの比較へのリンクがあります。下の一覧から 1 つ目のコードを開き、2 つ目のコードを選んでください。
nav-pairs-picker = ホームで 2 つのコードをまとめて選ぶこともできます

## 404 ページ

nav-notfound-suggest = このアドレスに該当するページ
nav-notfound-lookup = コードを探す
nav-notfound-lookup-placeholder = 番号またはキーワード（例：486、busy）
nav-notfound-none = 一致するコードはありません。
nav-notfound-elsewhere = 一覧から探す
