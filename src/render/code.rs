//! One code as every page of a locale shows it: its facts, prose and flow diagram in the
//! locale's words, computed once per locale and code.

use serde::Serialize;

use super::compare::{self, Arg};
use super::diagram;
use super::example;
use super::lists::{Joiner, Lists};
use super::text::{self, Prose};
use crate::error::Result;
use crate::load::catalog::{Code, Role};
use crate::load::locale::{Locale, Text};
use crate::load::markdown;
use crate::load::site::Site;
use crate::plan;

/// A link to a comparison with another code.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Link {
    pub href: String,
    pub code: u16,
    pub reason: String,
    /// "302 vs 487" in the page's language (`pair-link`, this code first).
    pub label: Text,
}

/// One code as every page of a locale shows it.
#[derive(Debug, Clone, Serialize)]
pub(super) struct CodeView {
    pub code: u16,
    pub reason: String,
    pub name: String,
    pub href: String,
    pub class: u8,
    pub class_name: Text,
    pub is_final: bool,
    pub kind: Text,
    pub summary: Text,
    /// The summary as HTML, its header names kept whole (see [`keep_whole`]).
    pub summary_html: String,
    pub description: Prose,
    pub seen: Prose,
    pub handle: Prose,
    pub rfc: u32,
    pub rfc_url: String,
    pub defined: Text,
    pub status: Text,
    pub deprecated: bool,
    pub senders: Text,
    pub requests: Text,
    pub carries: Text,
    pub triggers: Text,
    /// `carries` and `triggers` as HTML, each header name kept whole (see [`literals_html`]).
    pub carries_html: String,
    pub triggers_html: String,
    pub retry_after: Text,
    pub next: Text,
    pub forking: Text,
    pub next_step: Text,
    /// What exactly fixes it (`fix-<id>`).
    pub fix: Text,
    pub problem: Text,
    pub fixer: Text,
    pub reached: Text,
    /// The ISUP cause a gateway sends for this code, and the causes it turns into it.
    pub isup_to: Text,
    pub isup_from: Text,
    pub confused: Vec<Link>,
    pub flow_caption: Text,
    pub flow_svg: String,
    /// The example response, its lines joined by newlines (see [`super::example`]).
    pub example: String,
    /// What the example is: which request it answers, that its names are made up.
    pub example_caption: Text,
    /// Whether any of its prose, summary, next step or fix fell back to the reference locale.
    #[serde(skip)]
    pub fallback: bool,
}

impl CodeView {
    /// The view of `code` in `locale`; fails on any missing or broken message.
    pub(super) fn new(
        site: &Site,
        lists: &Lists,
        locale: &Locale,
        code: &Code,
    ) -> Result<CodeView> {
        let lang = locale.lang.as_str();
        let base = &site.config.base;
        let id = format!("code-{}", code.code);
        let num = |n: u32| Arg::Num(n);
        let t = |id: &str, a: &[(&'static str, Arg)]| text::text(site, locale, id, None, a);
        let mut confused = Vec::new();
        for o in code
            .confused_with
            .iter()
            .filter_map(|c| site.catalog.get(*c))
        {
            confused.push(Link {
                href: base.link(&plan::compare_path(lang, code, o)),
                code: o.code,
                reason: o.reason.clone(),
                label: t(
                    "pair-link",
                    &[("a", num(code.code.into())), ("b", num(o.code.into()))],
                )?,
            });
        }
        let role = |r: Role| {
            t("flow-role", &[("role", compare::key(r))])
                .map(|x| x.text)
                .unwrap_or_default()
        };
        let message = |m: &str| match m.parse::<u16>().ok().and_then(|n| site.catalog.get(n)) {
            Some(c) => format!("{} {}", c.code, c.reason),
            None => m.to_string(),
        };
        let mut steps = Vec::new();
        for s in &code.flow {
            let step = t(
                "flow-step",
                &[
                    ("from", Arg::Str(role(s.from))),
                    ("to", Arg::Str(role(s.to))),
                    ("message", Arg::Str(message(&s.msg))),
                ],
            )?;
            steps.push(step.text);
        }
        let caption = t(
            "flow-caption",
            &[
                ("code", num(code.code.into())),
                ("reason", Arg::Str(code.reason.clone())),
            ],
        )?;
        let focus = code.code.to_string();
        let svg_id = format!("flow-{}", code.code);
        // "; " between steps, unless a locale's step ends its own sentence (ja: 。).
        let desc = steps.iter().fold(String::new(), |mut desc, step| {
            if !desc.is_empty() && !desc.ends_with('。') {
                desc.push_str("; ");
            }
            desc.push_str(step);
            desc
        });
        let flow_svg = diagram::svg(
            &code.flow,
            &diagram::Labels {
                id: &svg_id,
                title: &caption.text,
                desc: &desc,
                role: &role,
                message: &message,
                focus: &focus,
            },
        );
        let header_html = |list: &[String]| -> Result<String> {
            if list.is_empty() {
                t("headers-none", &[]).map(|x| x.html())
            } else {
                Ok(literals_html(&lists.and, list))
            }
        };
        let header_list = |list: &[String]| -> Result<Text> {
            if list.is_empty() {
                t("headers-none", &[])
            } else {
                Ok(Text {
                    text: lists
                        .resolve(&Arg::Literals(list.to_vec()))
                        .unwrap_or_default(),
                    lang: String::new(),
                    source: None,
                })
            }
        };
        let causes = |list: &[u16]| -> Result<Text> {
            if list.is_empty() {
                return t("isup-none", &[]);
            }
            let names: Vec<String> = list
                .iter()
                .filter_map(|c| lists.resolve(&Arg::Cause(*c)))
                .collect();
            Ok(Text {
                text: lists.and.join(names),
                lang: String::new(),
                source: None,
            })
        };
        let isup_to = causes(code.isup.to.as_slice())?;
        let isup_from = causes(&code.isup.from)?;
        let status = match &code.deprecated {
            Some(d) => t("status-deprecated", &[("rfc", num(d.rfc))])?,
            None => t("status-current", &[])?,
        };
        let summary = site.locales.text(locale, &id, Some("summary"), None)?;
        let view = CodeView {
            code: code.code,
            reason: code.reason.clone(),
            name: code.url_name().to_string(),
            href: base.link(&plan::code_path(lang, code)),
            class: code.class(),
            class_name: t("class-name", &[("class", num(code.class().into()))])?,
            is_final: code.is_final(),
            kind: t(
                "kind",
                &[(
                    "final",
                    Arg::Str(if code.is_final() { "yes" } else { "no" }.into()),
                )],
            )?,
            summary_html: keep_whole(&markdown::escape(&summary.text), &hyphenated_headers(site)),
            summary,
            description: text::prose(site, locale, &id, Some("description"))?,
            seen: text::prose(site, locale, &id, Some("seen"))?,
            handle: text::prose(site, locale, &id, Some("handle"))?,
            rfc: code.rfc,
            rfc_url: format!(
                "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
                code.rfc, code.section
            ),
            defined: t(
                "fact-defined-value",
                &[
                    ("rfc", num(code.rfc)),
                    ("section", Arg::Str(code.section.clone())),
                ],
            )?,
            status,
            deprecated: code.deprecated.is_some(),
            senders: Text {
                text: lists
                    .resolve(&Arg::Senders(code.senders.clone()))
                    .unwrap_or_default(),
                lang: String::new(),
                source: None,
            },
            requests: Text {
                text: lists
                    .resolve(&Arg::Requests(code.requests.clone()))
                    .unwrap_or_default(),
                lang: String::new(),
                source: None,
            },
            carries: header_list(&code.carries)?,
            triggers: header_list(&code.triggers)?,
            carries_html: header_html(&code.carries)?,
            triggers_html: header_html(&code.triggers)?,
            retry_after: t(
                "retry-after-allowed",
                &[(
                    "allowed",
                    Arg::Str(if code.retry_after { "yes" } else { "no" }.into()),
                )],
            )?,
            next: t("next", &[("next", compare::key(code.next))])?,
            forking: t("forking", &[("forking", compare::key(code.forking))])?,
            next_step: text::sentence(site, locale, &compare::next_step(code))?,
            fix: t(&format!("fix-{}", code.fix), &[])?,
            problem: t("problem", &[("problem", compare::key(code.problem))])?,
            fixer: t("fixer", &[("fixer", compare::key(code.fixer))])?,
            reached: t("reached", &[("reached", compare::key(code.reached))])?,
            isup_to,
            isup_from,
            confused,
            flow_caption: caption,
            flow_svg,
            example: example::message(code).join("\n"),
            example_caption: t(
                "example-caption",
                &[
                    ("code", num(code.code.into())),
                    ("method", Arg::Str(code.example.method.clone())),
                ],
            )?,
            fallback: false,
        };
        let fallback = [&view.summary].iter().any(|x| x.is_fallback())
            || [&view.description, &view.seen, &view.handle]
                .iter()
                .any(|p| !p.lang.is_empty())
            || view.next_step.is_fallback()
            || view.fix.is_fallback();
        Ok(CodeView { fallback, ..view })
    }
}

/// Protocol literals joined in the locale's words ("Contact and Expires"), as HTML in which
/// each literal is one `<span class="lit">`, so that a header name never breaks at its
/// hyphen ("Retry-/After"). The literals are joined as placeholders and put in afterwards,
/// so the list pattern never sees (or changes) them.
fn literals_html(and: &Joiner, list: &[String]) -> String {
    // Private-use characters: no header name or list pattern contains them.
    let mark = |i: usize| format!("\u{E000}{i}\u{E001}");
    let joined = and.join((0..list.len()).map(mark));
    let mut html = markdown::escape(&joined);
    for (i, literal) in list.iter().enumerate() {
        let span = format!("<span class=\"lit\">{}</span>", markdown::escape(literal));
        html = html.replacen(&mark(i), &span, 1);
    }
    html
}

/// The catalog's header names with a hyphen ("Retry-After"), longest first: the literals a
/// plain-text sentence names that a line could otherwise break inside.
fn hyphenated_headers(site: &Site) -> Vec<String> {
    let mut names: Vec<String> = site
        .catalog
        .codes()
        .iter()
        .flat_map(|c| c.carries.iter().chain(&c.triggers))
        .filter(|h| h.contains('-'))
        .cloned()
        .collect();
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    names.dedup();
    names
}

/// `html` (text escaped, no markup around the names) with each of `names` that stands as a
/// word of its own in one `<span class="lit">`, which the stylesheet keeps on one line.
fn keep_whole(html: &str, names: &[String]) -> String {
    // ASCII only: a name right after Japanese text ("値はRetry-After") stands alone too.
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-');
    let mut out = String::with_capacity(html.len());
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        let before = html[..i].chars().next_back();
        let hit = names.iter().find(|n| {
            rest.starts_with(n.as_str()) && !word(before) && !word(rest[n.len()..].chars().next())
        });
        match hit {
            Some(n) => {
                out.push_str("<span class=\"lit\">");
                out.push_str(n);
                out.push_str("</span>");
                i += n.len();
            }
            None => {
                let c = rest.chars().next().unwrap_or_default();
                out.push(c);
                i += c.len_utf8().max(1);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_literal_is_one_escaped_span_in_the_locales_list() {
        let and = Joiner::Separator(" & ".into());
        let list = ["Retry-After".to_string(), "<X>".to_string()];
        let html = literals_html(&and, &list);
        assert_eq!(
            html,
            "<span class=\"lit\">Retry-After</span> &amp; <span class=\"lit\">&lt;X&gt;</span>"
        );
        // Ten and more literals: the eleventh is not taken for the second.
        let many: Vec<String> = (0..12).map(|i| format!("H-{i}")).collect();
        let html = literals_html(&Joiner::Separator(",".into()), &many);
        for (i, h) in many.iter().enumerate() {
            assert!(html.contains(&format!(">{h}<")), "{i}: {html}");
        }
        assert!(!html.contains('\u{E000}'), "{html}");
    }

    #[test]
    fn header_names_standing_alone_are_kept_whole() {
        let names = ["Proxy-Require".to_string(), "Retry-After".to_string()];
        assert_eq!(
            keep_whole("retry after Retry-After, or Proxy-Require.", &names),
            "retry after <span class=\"lit\">Retry-After</span>, or <span class=\"lit\">Proxy-Require</span>."
        );
        // Only whole words: not inside a longer name, nor a name's prefix.
        for text in [
            "X-Retry-After",
            "Retry-After-Now",
            "Retry-Afterwards",
            "日本語の Retry-Afte",
        ] {
            assert_eq!(keep_whole(text, &names), text);
        }
        assert_eq!(
            keep_whole("値はRetry-Afterで", &names),
            "値は<span class=\"lit\">Retry-After</span>で"
        );
    }
}
