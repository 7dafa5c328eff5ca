//! One code as every page of a locale shows it: its facts, prose and flow diagram in the
//! locale's words, computed once per locale and code.

use serde::Serialize;

use super::compare::{self, Arg};
use super::diagram;
use super::lists::Lists;
use super::text::{self, Prose};
use crate::error::Result;
use crate::load::catalog::{Code, Role};
use crate::load::locale::{Locale, Text};
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
            t("role", &[("role", compare::key(r))])
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
        let desc = steps.join("; ");
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
            summary: site.locales.text(locale, &id, Some("summary"), None)?,
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
