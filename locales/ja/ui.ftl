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
# 一覧の下にあるリンク。この言語のオープンデータ（全コードを 1 つの JSON 文書にしたもの、docs/DATA.md）を指します。
data-link = すべてのコードを JSON で入手（オープンデータ）

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

code-title = SIP { $code } { $reason } の意味、コールフロー、対処方法
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
compare-description = SIP { $a } { $reason-a } と { $b } { $reason-b } の違い、基本情報の比較、両方のコールフローと対処方法を解説します。
compare-breadcrumb = { $a } と { $b }
section-differences = 主な違い
section-side-by-side = 並べて比較
section-what-to-do = 対処方法
section-related = 関連する比較
link-how-to-handle = 対処方法の詳細
pair-link = { $a } と { $b }

## 1 つのコードについて、クライアントが次に行うことを述べる文

next-step = { $next ->
    [wait] { $code } を受け取った後も、クライアントは待機を続けます。トランザクションはまだ開いており、この後に最終応答が届きます。
    [done] { $code } を受け取った時点で、リクエストは成功しています。
    [redirect] { $code } を受け取ったクライアントは、Contact ヘッダーに示されたアドレス（複数の場合もあります）宛てにリクエストを再送します。
    [authenticate] { $code } を受け取ったクライアントは、チャレンジに応える認証情報を付けてリクエストを再送します。
    [modify] { $code } を受け取ったクライアントは、応答の指示に従ってリクエストを修正してから再送する必要があります。
    [retry-later] { $code } を受け取ったクライアントは、後で同じリクエストを再送できます。
    [retry-elsewhere] { $code } を受け取ったクライアントは、ここで同じリクエストを繰り返すのではなく、別のサーバーまたは経路を試すべきです。
    [give-up] { $code } を受け取ったクライアントは、このリクエストを自動的に再試行すべきではありません。
   *[none] { $code } を受け取った後、特に行うことはありません。リクエストは、いずれかの側の意図どおりに終了しています。
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
diff-retry-after = { $with } には Retry-After を付けられ、サーバーまたは着信者が再び対応可能になると見込む時期を示せます。{ $without } には Retry-After が定義されていません。
diff-forking = フォーキングプロキシでは、{ $a } は{ $forking-a ->
        [hop-by-hop] 最初のホップで止まり、転送されることはありません
        [forwarded] ただちに上流へ転送されます
        [cancels-others] ただちに上流へ転送され、他のブランチはキャンセルされます
        [redirect] 候補として保持されるか、その Contact アドレスに対してプロキシが再帰的に処理します
        [best-response] すべてのブランチが応答するまで保持され、その後、最適な応答の選択対象になります
        [merged-challenge] 他のブランチのチャレンジとまとめられ、1 つの応答になります
        [not-forwarded] そのままの形では上流へ転送されず、代わりにプロキシが 500 を返します
       *[global] 探索を終了させます。未完了のブランチはキャンセルされ、新しいブランチは開始されません
    }。一方、{ $b } は{ $forking-b ->
        [hop-by-hop] 最初のホップで止まり、転送されることはありません
        [forwarded] ただちに上流へ転送されます
        [cancels-others] ただちに上流へ転送され、他のブランチはキャンセルされます
        [redirect] 候補として保持されるか、その Contact アドレスに対してプロキシが再帰的に処理します
        [best-response] すべてのブランチが応答するまで保持され、その後、最適な応答の選択対象になります
        [merged-challenge] 他のブランチのチャレンジとまとめられ、1 つの応答になります
        [not-forwarded] そのままの形では上流へ転送されず、代わりにプロキシが 500 を返します
       *[global] 探索を終了させます。未完了のブランチはキャンセルされ、新しいブランチは開始されません
    }。
diff-requests = 応答の対象となるリクエストが異なります（{ $a }：{ $requests-a }／{ $b }：{ $requests-b }）。
diff-senders = 送信元が異なり、両方を送信する要素はありません（{ $a }：{ $senders-a }／{ $b }：{ $senders-b }）。
diff-deprecated = { $code } は RFC { $rfc } で非推奨となっているため、新しい実装では送信すべきではありません。
diff-none = { $a } と { $b } の記録上の基本情報は一致しています。両者を分けるのはその意味で、以下で説明します。
diff-problem = それぞれが指し示す箇所が異なります。{ $a } は{ $problem-a ->
        [none] 問題を示すものではなく
        [request] リクエストそのものに関わり
        [auth] 認証情報に関わり
        [policy] サーバーまたはその運用者のポリシーに関わり
        [callee] 着信者の状態または判断に関わり
        [routing] アドレスまたは宛先までのルートに関わり
        [media] セッション記述に関わり
        [server] 応答したサーバーに関わり
       *[network] 応答したサーバーより先の部分に関わり
    }、{ $b } は{ $problem-b ->
        [none] 問題を示すものではありません
        [request] リクエストそのものに関わります
        [auth] 認証情報に関わります
        [policy] サーバーまたはその運用者のポリシーに関わります
        [callee] 着信者の状態または判断に関わります
        [routing] アドレスまたは宛先までのルートに関わります
        [media] セッション記述に関わります
        [server] 応答したサーバーに関わります
       *[network] 応答したサーバーより先の部分に関わります
    }。
diff-reached = { $a } は{ $reached-a ->
        [alerted] 着信者の端末が鳴動したこと
        [reached] 着信者の端末には到達したものの鳴動しなかったこと
       *[not-reached] 着信者の端末には一度も到達しなかったこと
    }を、{ $b } は{ $reached-b ->
        [alerted] 端末が鳴動したこと
        [reached] 端末には到達したものの鳴動しなかったこと
       *[not-reached] 端末には一度も到達しなかったこと
    }を意味します。
diff-fixer = 対処する側が異なります。{ $a } では{ $fixer-a ->
        [none] 対処の必要がなく
        [client] 発信側の UA 自身がリクエストを修正して再送すれば解決し
        [caller] 発信者または発信側の設定を変える必要があり
        [callee] 着信者にしか解決できず
       *[operator] 応答した要素またはその背後のネットワークの運用者による対処が必要で
    }、{ $b } では{ $fixer-b ->
        [none] 対処の必要がありません
        [client] 発信側の UA 自身がリクエストを修正して再送すれば解決します
        [caller] 発信者または発信側の設定を変える必要があります
        [callee] 着信者にしか解決できません
       *[operator] 応答した要素またはその背後のネットワークの運用者による対処が必要です
    }。
diff-isup = PSTN とのゲートウェイが呼を解放する際の ISUP 理由表示値が異なります。{ $a } では { $cause-a }、{ $b } では { $cause-b }です（RFC 3398 §8.2.6.1）。
diff-carries = 応答に含まれるヘッダーが異なります。{ $a } { $count-a ->
        [0] には特筆すべきヘッダーがなく
       *[other] は { $headers-a } を含み
    }、{ $b } { $count-b ->
        [0] には特筆すべきヘッダーがありません
       *[other] は { $headers-b } を含みます
    }。
diff-triggers = 関係するリクエストヘッダーが異なります。{ $a } は{ $count-a ->
        [0] 特定のリクエストヘッダーには関係せず
       *[other] リクエストの { $headers-a } に関係し
    }、{ $b } は{ $count-b ->
        [0] 特定のヘッダーには関係しません
       *[other] {" "}{ $headers-b } に関係します
    }。

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
fact-carries = 含まれるヘッダー
fact-triggers = 関係するリクエストヘッダー
fact-retry-after = Retry-After
retry-after-allowed = { $allowed ->
    [yes] 付加される場合がある
   *[no] 付加されない
}
fact-problem = 問題の所在
problem = { $problem ->
    [none] なし：問題は起きていない
    [request] リクエストそのもの
    [auth] 認証情報
    [policy] サーバーまたは運用者のポリシー
    [callee] 着信者の状態または判断
    [routing] アドレスまたはルート
    [media] セッション記述
    [server] 応答したサーバー
   *[network] 応答したサーバーより先
}
fact-fixer = 対処する側
fixer = { $fixer ->
    [none] なし：対処不要
    [client] 発信側の UA（修正して再送）
    [caller] 発信者または発信側の設定
    [callee] 着信者のみ
   *[operator] 応答した要素またはネットワークの運用者
}
fact-reached = 着信者の端末
reached = { $reached ->
    [alerted] 到達し、鳴動した
    [reached] 到達したが、鳴動しなかった
    [not-reached] 到達しなかった
    [not-applicable] 該当なし（確立中の呼がない）
   *[varies] 応答した要素によって異なる
}
fact-isup-to = PSTN へ送る ISUP 理由表示値（RFC 3398 §8.2.6.1）
fact-isup-from = この応答にマッピングされる ISUP 理由表示値（RFC 3398 §7.2.4.1）
isup-none = マッピングなし
isup-cause = { $cause }（{ $cause ->
    [1] 欠番
    [2] 指定中継網へのルートなし
    [3] 相手へのルートなし
    [17] ユーザービジー
    [18] ユーザー応答なし
    [19] 呼び出し中の無応答
    [20] 加入者不在
    [21] 着信拒否
    [22] 番号変更
    [23] 新しい宛先へのリダイレクト
    [25] 交換機ルーティングエラー
    [26] 非選択ユーザーの切断
    [27] 相手端末故障
    [28] 無効な番号形式、アドレス不完全
    [29] ファシリティ拒否
    [31] 正常、詳細不明
    [34] 利用可能な回線/チャネルなし
    [38] 網故障
    [41] 一時的障害
    [42] 交換機輻輳
    [47] リソース使用不可、詳細不明
    [55] CUG 内での着信規制
    [57] 伝達能力不許可
    [58] 現在利用できない伝達能力
    [63] サービスまたはオプション利用不可、詳細不明
    [65] 未実装の伝達能力
    [70] 制限ディジタル情報伝達能力のみ利用可能
    [79] 未実装のサービスまたはオプション、詳細不明
    [87] CUG 非加入ユーザー
    [88] 端末属性不一致
    [102] タイマー満了時の回復
    [111] プロトコル誤り、詳細不明
   *[127] インターワーキング、詳細不明
}）
todo-same-fix = { $a } でも { $b } でも、行うことは同じです。{ $fix }
fact-senders = 主な送信元
fact-requests = 対象リクエスト
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
    [redirect] Contact のアドレス宛てに再試行
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

flow-caption = { $code } { $reason } 前後のコールフロー
flow-step = { $from }から{ $to }へ：{ $message }。

## ページが見つからない場合のページ

notfound-title = ページが見つかりません
notfound-heading = このページは存在しません
notfound-body = アドレスが間違っているか、ページが移動した可能性があります。すべてのコードと比較ページには、コードの一覧からアクセスできます。
