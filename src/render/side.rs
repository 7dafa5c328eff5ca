//! The side-by-side table of a comparison page: each code's facts in a locale's words,
//! computed once per code, and per pair the rows that tell the two apart, kept apart from
//! the rows that are the same for both.

use serde::Serialize;

use super::code::CodeView;
use crate::load::locale::Text;

/// The table's facts in the order they are listed: the message id of each one's label.
/// What decides between two codes (kind, problem, who fixes it) comes before the details.
pub(super) const LABELS: [&str; 15] = [
    "fact-class",
    "fact-kind",
    "fact-problem",
    "fact-fixer",
    "fact-reached",
    "fact-forking",
    "fact-isup-to",
    "fact-isup-from",
    "fact-retry-after",
    "fact-carries",
    "fact-triggers",
    "fact-requests",
    "fact-senders",
    "fact-status",
    "fact-defined",
];

/// One code's value of one fact.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Cell {
    /// Plain text: two codes share the fact when these are equal.
    #[serde(skip)]
    pub text: String,
    /// Escaped HTML, a safe string for the templates.
    pub html: tera::Value,
    /// Where the value links to (the RFC section that defines the code).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

impl Cell {
    fn of(t: &Text) -> Cell {
        Cell {
            text: t.text.clone(),
            html: tera::Value::safe_string(&t.html()),
            href: None,
        }
    }
}

/// A code's cells, in the order of [`LABELS`].
pub(super) fn cells(v: &CodeView) -> Vec<Cell> {
    let class = Cell {
        text: format!("{}xx · {}", v.class, v.class_name.text),
        html: tera::Value::safe_string(&format!("{}xx · {}", v.class, v.class_name.html())),
        href: None,
    };
    let defined = Cell {
        href: Some(v.rfc_url.clone()),
        ..Cell::of(&v.defined)
    };
    let mut out = vec![class];
    out.extend(
        [
            &v.kind,
            &v.problem,
            &v.fixer,
            &v.reached,
            &v.forking,
            &v.isup_to,
            &v.isup_from,
            &v.retry_after,
            &v.carries,
            &v.triggers,
            &v.requests,
            &v.senders,
            &v.status,
        ]
        .into_iter()
        .map(Cell::of),
    );
    // Header names kept whole, as on the code page (`CodeView::carries_html`).
    for (label, html) in [
        ("fact-carries", &v.carries_html),
        ("fact-triggers", &v.triggers_html),
    ] {
        if let Some(at) = LABELS.iter().position(|l| *l == label) {
            out[at].html = tera::Value::safe_string(html);
        }
    }
    out.push(defined);
    debug_assert_eq!(out.len(), LABELS.len());
    out
}

/// A fact that tells the two codes apart.
#[derive(Serialize)]
pub(super) struct Row<'a> {
    pub label: &'a Text,
    pub a: &'a Cell,
    pub b: &'a Cell,
}

/// A fact the two codes share, shown once.
#[derive(Serialize)]
pub(super) struct SameRow<'a> {
    pub label: &'a Text,
    pub value: &'a Cell,
}

/// The rows where `a` and `b` differ, then the rows where they do not, each in the order
/// of [`LABELS`].
pub(super) fn rows<'a>(
    labels: &'a [Text],
    a: &'a [Cell],
    b: &'a [Cell],
) -> (Vec<Row<'a>>, Vec<SameRow<'a>>) {
    let mut differ = Vec::new();
    let mut same = Vec::new();
    for ((label, x), y) in labels.iter().zip(a).zip(b) {
        if x.text == y.text && x.href == y.href {
            same.push(SameRow { label, value: x });
        } else {
            differ.push(Row { label, a: x, b: y });
        }
    }
    (differ, same)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text {
        Text {
            text: s.into(),
            lang: String::new(),
            source: None,
        }
    }

    #[test]
    fn rows_that_differ_come_apart_from_those_that_do_not_in_table_order() {
        let labels: Vec<Text> = ["kind", "problem", "fixer"].map(text).to_vec();
        let a: Vec<Cell> = ["final", "callee", "<callee>"]
            .map(|s| Cell::of(&text(s)))
            .to_vec();
        let b: Vec<Cell> = ["final", "routing", "<callee>"]
            .map(|s| Cell::of(&text(s)))
            .to_vec();
        let (differ, same) = rows(&labels, &a, &b);
        assert_eq!(
            differ
                .iter()
                .map(|r| r.label.text.as_str())
                .collect::<Vec<_>>(),
            ["problem"]
        );
        assert_eq!(differ[0].b.text, "routing");
        assert_eq!(
            same.iter()
                .map(|r| r.label.text.as_str())
                .collect::<Vec<_>>(),
            ["kind", "fixer"]
        );
        // Values are escaped once, for the template to print as they are.
        assert_eq!(same[1].value.html.as_str(), Some("&lt;callee&gt;"));
    }
}
