# 日本語サイトのインターフェース文字列と文のパターン。
# 変数: $a と $b は 2 つのコード（数値）、$reason-a/$reason-b はそれぞれの理由フレーズ、
# $class-a/$class-b はクラスの数字（1～6）、$next-a/$next-b と $forking-a/$forking-b は
# レコードの `next` と `forking` の値です（docs/CONTENT.md を参照）。

## 言語そのもの

# この言語の名前を、この言語で表記したもの（言語切り替えに表示されます）。
locale-name = 日本語
# この言語の Open Graph ロケール（言語_地域）。リンクのプレビューに使われます。
og-locale = ja_JP

## サイト全体

site-name = SIP レスポンスコード
skip-link = 本文へスキップ
nav-home = すべてのコード
breadcrumb-label = パンくずリスト
language-label = 言語
footer-facts = 記載している事実には、定義元の RFC とその節を示しています。理由フレーズは IANA に登録されたとおりに表記しています。
fallback-note = このページの一部はまだ翻訳されていないため、英語で表示しています。

## サイトのルートにある言語選択ページ

chooser-title = SIP レスポンスコード — 言語を選択
chooser-description = SIP のすべてのレスポンスコードと、それぞれの違いをまとめた多言語リファレンスです。

## 各言語のホーム

home-title = SIP レスポンスコード：意味と比較
home-description = 登録済みの { $count } 個の SIP レスポンスコードそれぞれの意味と、任意の 2 つのコードの違いを、コールフロー付きの比較で解説します。
home-heading = SIP レスポンスコード
home-intro = 100 Trying から 608 Rejected まで、IANA レジストリに登録されたすべてのレスポンスコードを掲載しています。コードを開くと意味とコールフローを、2 つのコードを比較すると両者の違いと対処方法を確認できます。
picker-heading = 2 つのコードを比較
picker-first = 1 つ目のコード
picker-second = 2 つ目のコード
picker-submit = 比較
picker-same = 異なる 2 つのコードを選んでください。
filter-label = 一覧を絞り込む
filter-placeholder = コードまたはキーワード
filter-empty = 条件に一致するコードはありません。

## クラス

# 応答のクラス（先頭の数字で決まります）。
class-name = { $class ->
    [1] 暫定
    [2] 成功
    [3] リダイレクト
    [4] クライアントエラー
    [5] サーバーエラー
   *[6] グローバルエラー
}

## コードのページ

code-title = SIP { $code } { $reason } の意味、コールフローと対処方法
code-heading = SIP { $code } { $reason }
section-description = 意味
section-seen = 発生する状況
section-handle = 対処方法
section-facts = 基本情報
section-flow = コールフロー
compare-with-heading = { $code } を他のコードと比較
compare-most-confused = { $code } と混同されやすいコード
compare-all-others = その他のすべてのコード
badge-deprecated = 非推奨

## 比較ページ

compare-title = SIP { $a } { $reason-a } と { $b } { $reason-b } の違い
compare-heading = SIP { $a } { $reason-a } と { $b } { $reason-b } の違い
compare-description = SIP { $a } { $reason-a } と { $b } { $reason-b } の違い、基本情報の比較、それぞれが発生する状況と対処方法を解説します。
compare-breadcrumb = { $a } と { $b }
compare-lede = { $same-class ->
    [yes] { $a } { $reason-a } と { $b } { $reason-b } はどちらも{ $class-a ->
        [1] 暫定応答（1xx）
        [2] 成功応答（2xx）
        [3] リダイレクト応答（3xx）
        [4] クライアントエラー応答（4xx）
        [5] サーバーエラー応答（5xx）
       *[6] グローバルエラー応答（6xx）
    }{ $same-next ->
        [yes] で、クライアントの対応も同じです
       *[no] ですが、クライアントに求める動作はそれぞれ異なります
    }。
   *[no] { $a } { $reason-a } は{ $class-a ->
        [1] 暫定応答（1xx）
        [2] 成功応答（2xx）
        [3] リダイレクト応答（3xx）
        [4] クライアントエラー応答（4xx）
        [5] サーバーエラー応答（5xx）
       *[6] グローバルエラー応答（6xx）
    }、{ $b } { $reason-b } は{ $class-b ->
        [1] 暫定応答（1xx）
        [2] 成功応答（2xx）
        [3] リダイレクト応答（3xx）
        [4] クライアントエラー応答（4xx）
        [5] サーバーエラー応答（5xx）
       *[6] グローバルエラー応答（6xx）
    }です。
}
section-differences = 主な違い
section-side-by-side = 並べて比較
section-what-to-do = 対処方法
section-note = この 2 つが混同される理由
section-related = 関連する比較
section-code-prose = { $code } { $reason }
link-code-page = { $code } { $reason } の詳細
pair-link = { $a } と { $b }

## 1 つのコードについて、クライアントが次に行うことを述べる文

next-step = { $next ->
    [wait] { $code } を受け取った後も、クライアントは待機を続けます。トランザクションはまだ開いており、この後に最終応答が届きます。
    [done] { $code } を受け取った時点で、リクエストは成功しています。INVITE の場合は発信側が ACK で確認応答し、セッションが確立します。
    [redirect] { $code } を受け取ったクライアントは、Contact ヘッダーに示されたアドレス（複数の場合もあります）宛てにリクエストを再送します。
    [authenticate] { $code } を受け取ったクライアントは、チャレンジに応える認証情報を付けてリクエストを再送します。
    [modify] { $code } を受け取ったクライアントは、応答の指示に従ってリクエストを修正してから再送する必要があります。
    [retry-later] { $code } を受け取ったクライアントは、後で同じリクエストを再送できます。Retry-After がある場合は、その時間が経過してから再送します。
    [retry-elsewhere] { $code } を受け取ったクライアントは、ここで同じリクエストを繰り返すのではなく、別のサーバーまたは経路を試すべきです。
    [give-up] { $code } を受け取ったクライアントは、このリクエストを同じ宛先に再び送信すべきではありません。
   *[none] { $code } を受け取った後に行うことはありません。リクエストは、一方の側が意図したとおりに終了しています。
}

## レコードから導き出される主な違い

diff-class = { $a } は{ $class-a ->
        [1] 暫定（1xx）
        [2] 成功（2xx）
        [3] リダイレクト（3xx）
        [4] クライアントエラー（4xx）
        [5] サーバーエラー（5xx）
       *[6] グローバルエラー（6xx）
    }クラス、{ $b } は{ $class-b ->
        [1] 暫定（1xx）
        [2] 成功（2xx）
        [3] リダイレクト（3xx）
        [4] クライアントエラー（4xx）
        [5] サーバーエラー（5xx）
       *[6] グローバルエラー（6xx）
    }クラスに属します。
diff-final = { $provisional } は暫定応答で、トランザクションは開いたままとなり、この後にさらに応答が続きます。{ $final } は最終応答で、トランザクションを終了させます。
diff-next = クライアントの次の動作が異なります。{ $a } の後は{ $next-a ->
        [wait] 最終応答を待つ
        [done] リクエストが成功しているので、そのまま処理を進める
        [redirect] 応答の Contact にあるアドレス宛てに再試行する
        [authenticate] 認証情報を付けて再試行する
        [modify] リクエストを修正して再試行する
        [retry-later] 後で再試行する
        [retry-elsewhere] 別のサーバーを試す
        [give-up] この宛先への送信を断念する
       *[none] それ以上何もしない
    }ことになり、{ $b } の後は{ $next-b ->
        [wait] 最終応答を待つ
        [done] リクエストが成功しているので、そのまま処理を進める
        [redirect] 応答の Contact にあるアドレス宛てに再試行する
        [authenticate] 認証情報を付けて再試行する
        [modify] リクエストを修正して再試行する
        [retry-later] 後で再試行する
        [retry-elsewhere] 別のサーバーを試す
        [give-up] この宛先への送信を断念する
       *[none] それ以上何もしない
    }ことになります。
diff-retry-after = { $with } には Retry-After を付けることができ、次の試行がいつ有効になるかをクライアントに伝えられます。{ $without } にはそのようなタイマーはありません。
diff-forking = フォーキングプロキシでは、{ $a } は{ $forking-a ->
        [hop-by-hop] 最初のホップで止まり、転送されることはありません
        [forwarded] ただちに上流へ転送されます
        [cancels-others] ただちに上流へ転送され、他のブランチはキャンセルされます
        [redirect] 候補として保持されるか、プロキシがその Contact アドレスに対して再帰的に処理します
        [best-response] すべてのブランチが応答するまで保持され、その後、最適な応答の選択対象になります
        [merged-challenge] 他のブランチのチャレンジとまとめられ、1 つの応答になります
        [not-forwarded] そのままの形では上流へ転送されず、代わりにプロキシが 500 を返します
       *[global] 探索を終了させます。他のブランチはキャンセルされ、この応答が転送されます
    }。一方、{ $b } は{ $forking-b ->
        [hop-by-hop] 最初のホップで止まり、転送されることはありません
        [forwarded] ただちに上流へ転送されます
        [cancels-others] ただちに上流へ転送され、他のブランチはキャンセルされます
        [redirect] 候補として保持されるか、プロキシがその Contact アドレスに対して再帰的に処理します
        [best-response] すべてのブランチが応答するまで保持され、その後、最適な応答の選択対象になります
        [merged-challenge] 他のブランチのチャレンジとまとめられ、1 つの応答になります
        [not-forwarded] そのままの形では上流へ転送されず、代わりにプロキシが 500 を返します
       *[global] 探索を終了させます。他のブランチはキャンセルされ、この応答が転送されます
    }。
diff-headers = 確認すべきヘッダーが異なります。{ $a } には{ $count-a ->
        [0] 固有のヘッダーがなく
       *[other] ヘッダー { $headers-a } が付き
    }、{ $b } には{ $count-b ->
        [0] 固有のヘッダーがありません
       *[other] ヘッダー { $headers-b } が付きます
    }。
diff-requests = 応答の対象となるリクエストが異なります。{ $a } は{ $requests-a }に対する応答、{ $b } は{ $requests-b }に対する応答です。
diff-senders = 送信元が異なります。{ $a } を送信するのは主に{ $senders-a }、{ $b } を送信するのは主に{ $senders-b }です。
diff-deprecated = { $code } は RFC { $rfc } で非推奨となっているため、新しい実装では送信すべきではありません。
diff-none = { $a } と { $b } の記録上の基本情報は一致しています。両者を分けるのはその意味で、以下で説明します。

## 基本情報の表

fact-class = クラス
fact-kind = 種別
kind = { $final ->
    [yes] 最終応答
   *[no] 暫定応答
}
fact-defined = 定義
fact-defined-value = RFC { $rfc } の { $section } 節
fact-status = ステータス
status-current = 使用中
status-deprecated = RFC { $rfc } で非推奨
fact-senders = 主な送信元
fact-requests = 対象リクエスト
fact-headers = 重要なヘッダー
fact-next = クライアントの次の動作
fact-forking = フォーキングプロキシでの扱い
fact-confused = 混同されやすいコード
requests-any = 任意のリクエスト
headers-none = 特になし
list-separator = 、
sender = { $sender ->
    [uas] UAS
    [proxy] プロキシ
    [registrar] レジストラ
    [redirect] リダイレクトサーバー
   *[gateway] ゲートウェイ
}
next = { $next ->
    [wait] 最終応答を待つ
    [done] 完了：リクエストは成功
    [redirect] Contact のアドレスに再試行
    [authenticate] 認証情報を付けて再試行
    [modify] リクエストを修正して再試行
    [retry-later] 後で再試行
    [retry-elsewhere] 別のサーバーを試す
    [give-up] この宛先を断念
   *[none] なし：リクエストは意図どおりに終了
}
forking = { $forking ->
    [hop-by-hop] 転送されない（ホップ単位）
    [forwarded] ただちに転送
    [cancels-others] ただちに転送、他のブランチはキャンセル
    [redirect] 候補として保持、またはプロキシが再帰的に処理
    [best-response] 全ブランチの応答まで保持し、最適な応答を選択
    [merged-challenge] 全ブランチのチャレンジを統合
    [not-forwarded] 転送されず、代わりにプロキシが 500 を送信
   *[global] 探索を終了、他のブランチはキャンセル
}

## コールフロー図

role = { $role ->
    [uac] 発信者（UAC）
    [proxy] プロキシ
    [proxy2] プロキシ 2
    [uas] 着信者（UAS）
    [uas2] 着信者 2（UAS）
    [registrar] レジストラ
   *[redirect] リダイレクトサーバー
}
flow-caption = { $code } { $reason } 前後のコールフロー
flow-step = { $from }から{ $to }へ：{ $message }

## ページが見つからない場合のページ

notfound-title = ページが見つかりません
notfound-heading = このページは存在しません
notfound-body = アドレスが間違っているか、ページが移動した可能性があります。すべてのコードと比較ページには、コードの一覧からアクセスできます。
