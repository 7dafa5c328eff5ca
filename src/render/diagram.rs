//! Call-flow ladder diagrams as inline SVG, drawn at build time from a record's flow. Labels
//! come localized from the caller; message names stay protocol literals.
//!
//! Every diagram is drawn at one scale: one user unit is one CSS pixel (the `<svg>` is as
//! wide and tall as its viewBox and the stylesheet never shrinks it), lanes stand
//! [`LANE_GAP`] apart and the first row starts at [`TOP`] whatever the labels, so that two
//! ladders side by side read row against row and no label drops below 12 px on a phone; a
//! ladder wider than its box scrolls instead (`.flow-scroll` in `site.css`).
//!
//! There is no font to measure at build time, so text widths are estimated (see
//! [`text_width`]) from the font sizes `static/site.css` gives `.flow` text: 13 px for lane
//! and message labels, 12 px monospace for details. Text that would not fit is wrapped onto
//! `<tspan>` lines and its row grows to match; text near an edge is anchored to it, so that
//! nothing leaves the viewBox.

use std::fmt::Write;

use crate::load::catalog::{Role, Step};
use crate::load::markdown::escape;

/// Distance between two lifelines. Three lanes (330 px) fit a 375 px phone whole; the
/// stylesheet's scroll hints assume these widths (`.flow-figure` in `site.css`).
const LANE_GAP: u32 = 110;
/// Distance from the outer lifelines to the edges.
const MARGIN: u32 = 55;
/// Baseline of a lane label's first line.
const LANE_TOP: u32 = 22;
/// Top of the first row: room for lane labels of two lines, whether or not this diagram's
/// labels need it, so that the first rows of any two diagrams line up.
const TOP: u32 = 72;
/// Height of a row with a one-line message label and at most one line of detail.
const ROW: u32 = 46;
/// Least distance from text to the left and right edges.
const PAD: u32 = 4;
/// Height of an extra label line: 1.2 em, rounded up.
const LABEL_LINE: u32 = 16;
/// Height of an extra detail line: 1.2 em, rounded up.
const DETAIL_LINE: u32 = 15;

/// A font, as far as estimating widths goes.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Font {
    /// Size in px.
    size: f32,
    /// Width of a character that is not [wide](is_wide), in em.
    narrow: f32,
}

/// Message labels: 13 px (`.flow` in `site.css`).
const LABEL: Font = Font {
    size: 13.0,
    narrow: 0.6,
};
/// Lane labels and the focus message: 13 px bold (`.flow .lane`, `.flow .msg.focus text`),
/// whose Latin and Cyrillic letters run about a tenth wider; CJK stays 1 em.
const BOLD: Font = Font {
    size: 13.0,
    narrow: 0.66,
};
/// Details: 12 px monospace (`.flow .detail`).
const DETAIL: Font = Font {
    size: 12.0,
    narrow: 0.6,
};

/// Everything a diagram needs besides the steps, already localized.
pub struct Labels<'a> {
    /// Unique prefix for element ids on the page (e.g. `flow-302`).
    pub id: &'a str,
    /// Accessible title (the caption).
    pub title: &'a str,
    /// Accessible description: the steps as sentences.
    pub desc: &'a str,
    /// The label of a lane.
    pub role: &'a dyn Fn(Role) -> String,
    /// The text of a message on an arrow (`487 Request Terminated`, `INVITE`).
    pub message: &'a dyn Fn(&str) -> String,
    /// The code the diagram is about; its arrows are highlighted.
    pub focus: &'a str,
}

/// The lanes of a flow, left to right.
pub fn lanes(steps: &[Step]) -> Vec<Role> {
    let mut lanes: Vec<Role> = steps.iter().flat_map(|s| [s.from, s.to]).collect();
    lanes.sort_by_key(|r| r.lane_order());
    lanes.dedup();
    lanes
}

/// Draw the ladder as an `<svg>` element.
pub fn svg(steps: &[Step], labels: &Labels<'_>) -> String {
    let lanes = lanes(steps);
    let x = |r: Role| MARGIN + LANE_GAP * lanes.iter().position(|l| *l == r).unwrap_or(0) as u32;
    let width = 2 * MARGIN + LANE_GAP * (lanes.len().max(1) as u32 - 1);
    // Widest text a line may hold: the whole diagram but the padding.
    let room = (width - 2 * PAD) as f32;

    // Lane labels: one or two lines each, no wider than the space between two lifelines and,
    // centred over an outer lifeline, clear of the edge.
    let lane_room = (LANE_GAP - 2 * PAD).min(2 * (MARGIN - PAD)) as f32;
    let lane_lines: Vec<Vec<String>> = lanes
        .iter()
        .map(|&l| two_lines(&(labels.role)(l), lane_room, BOLD))
        .collect();

    // Rows: the message label over the arrow, the detail under it; each row as tall as its
    // lines need.
    struct Row {
        focus: bool,
        label: Vec<String>,
        detail: Vec<String>,
        top: u32,
    }
    let mut top = TOP;
    let rows: Vec<Row> = steps
        .iter()
        .map(|step| {
            let focus = step.msg == labels.focus;
            let font = if focus { BOLD } else { LABEL };
            let label = wrap(&(labels.message)(&step.msg), room, font);
            let detail = step
                .detail
                .as_deref()
                .map(|d| wrap(d, room, DETAIL))
                .unwrap_or_default();
            let row = Row {
                focus,
                label,
                detail,
                top,
            };
            top += ROW
                + LABEL_LINE * (row.label.len() as u32).saturating_sub(1)
                + DETAIL_LINE * (row.detail.len() as u32).saturating_sub(1);
            row
        })
        .collect();
    let height = top + 16;

    let id = escape(labels.id);
    let mut s = String::with_capacity(2048);
    let _ = write!(
        s,
        r#"<svg class="flow lanes-{}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc><defs><marker id="{id}-m" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>"#,
        lanes.len(),
        escape(labels.title),
        escape(labels.desc),
    );
    for (&lane, lines) in lanes.iter().zip(&lane_lines) {
        let lx = x(lane);
        // A one-line label sits on the lower line, just above its lifeline.
        let y = LANE_TOP + LABEL_LINE * (2 - lines.len().min(2) as u32);
        text(&mut s, "lane", lx, y, width, lines, BOLD);
        let _ = write!(
            s,
            r#"<line class="life" x1="{lx}" y1="{}" x2="{lx}" y2="{}"/>"#,
            LANE_TOP + LABEL_LINE + 10,
            height - 8
        );
    }
    for (step, row) in steps.iter().zip(&rows) {
        let y = row.top + 10 + LABEL_LINE * (row.label.len() as u32 - 1);
        let (x1, x2) = (x(step.from), x(step.to));
        let mid = (x1 + x2) / 2;
        let (class, font) = if row.focus {
            ("msg focus", BOLD)
        } else {
            ("msg", LABEL)
        };
        let _ = write!(
            s,
            r#"<g class="{class}"><line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" marker-end="url(#{id}-m)"/>"#,
        );
        text(&mut s, "", mid, row.top + 4, width, &row.label, font);
        if !row.detail.is_empty() {
            text(&mut s, "detail", mid, y + 15, width, &row.detail, DETAIL);
        }
        s.push_str("</g>");
    }
    s.push_str("</svg>");
    s
}

/// Write a `<text>` of one or more lines centred on `cx`, or anchored to the nearer edge when
/// centred it would cross that edge.
fn text(s: &mut String, class: &str, cx: u32, y: u32, width: u32, lines: &[String], font: Font) {
    let w = lines
        .iter()
        .map(|l| text_width(l, font))
        .fold(0.0, f32::max);
    let half = w / 2.0;
    let (x, anchor) = if cx as f32 - half < PAD as f32 {
        (PAD, "start")
    } else if cx as f32 + half > (width - PAD) as f32 {
        (width - PAD, "end")
    } else {
        (cx, "middle")
    };
    s.push_str("<text");
    if !class.is_empty() {
        let _ = write!(s, r#" class="{class}""#);
    }
    let _ = write!(s, r#" x="{x}" y="{y}" text-anchor="{anchor}">"#);
    match lines {
        [one] => s.push_str(&escape(one)),
        _ => {
            for (i, line) in lines.iter().enumerate() {
                let dy = if i == 0 { "" } else { r#" dy="1.2em""# };
                let _ = write!(s, r#"<tspan x="{x}"{dy}>{}</tspan>"#, escape(line));
            }
        }
    }
    s.push_str("</text>");
}

/// Whether a character takes a full em: CJK ideographs, kana, hangul, full-width forms.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// Estimated width of `text` in px: 1 em for wide characters, else `font.narrow` (0.6 em is a
/// fair average for Latin and Cyrillic in a sans-serif, and exact for most monospace fonts).
fn text_width(text: &str, font: Font) -> f32 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { font.narrow })
        .sum::<f32>()
        * font.size
}

/// Break `text` into lines no wider than `max`: at `, ` or `; ` first, at spaces within a
/// part that does not fit alone, and within a word that does not fit alone (see
/// [`break_word`]).
fn wrap(text: &str, max: f32, font: Font) -> Vec<String> {
    if text_width(text, font) <= max {
        return vec![text.to_string()];
    }
    let space = text_width(" ", font);
    // Put `next` on the current line if it fits there, else start a new line with it.
    let add = |lines: &mut Vec<String>, line: &mut String, next: &str| {
        if line.is_empty() {
            line.push_str(next);
        } else if text_width(line, font) + space + text_width(next, font) <= max {
            line.push(' ');
            line.push_str(next);
        } else {
            lines.push(std::mem::replace(line, next.to_string()));
        }
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    for part in parts(text) {
        if text_width(part, font) <= max {
            add(&mut lines, &mut line, part);
            continue;
        }
        for mut word in part.split(' ').filter(|w| !w.is_empty()) {
            // The rest of the word's width, kept up to date as heads are cut off, so that a
            // long word is measured once rather than once per line.
            let mut rest = text_width(word, font);
            loop {
                // `rest` drifts as heads are subtracted: measure again before trusting that
                // the word now fits, and stop when nothing is left.
                if word.is_empty() {
                    break;
                }
                if rest <= max {
                    rest = text_width(word, font);
                    if rest <= max {
                        break;
                    }
                }
                // The head of the word on the current line if it breaks well there, else on
                // a line of its own.
                if !line.is_empty() {
                    let room = max - text_width(&line, font) - space;
                    if let Some(at) = break_word(word, room, max, font, false) {
                        line.push(' ');
                        line.push_str(&word[..at]);
                        rest -= text_width(&word[..at], font);
                        word = &word[at..];
                    }
                    lines.push(std::mem::take(&mut line));
                    continue;
                }
                let at = break_word(word, max, max, font, true)
                    .filter(|&at| at > 0)
                    .unwrap_or(word.len());
                lines.push(word[..at].to_string());
                rest -= text_width(&word[..at], font);
                word = &word[at..];
            }
            add(&mut lines, &mut line, word);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Where to break a word too wide for a line, so that the head fits in `room`: before `;`,
/// `?` or `&` or after `,` (between URI parameters) if it can, else after `/`, else after
/// `-`, `.`, `:` or `=`, the last such place that leaves a head of at least a quarter of
/// `max`; else, if `hard`, after as many characters as fit (at least one).
fn break_word(word: &str, room: f32, max: f32, font: Font, hard: bool) -> Option<usize> {
    let mut best: [Option<usize>; 3] = [None; 3];
    let mut fit = None;
    let mut prev = None;
    for (at, c) in word.char_indices() {
        if at > 0 {
            let head = text_width(&word[..at], font);
            if head > room {
                break;
            }
            fit = Some(at);
            let class = match (prev, c) {
                (_, ';' | '?' | '&') | (Some(','), _) => Some(0),
                (Some('/'), _) => Some(1),
                (Some('-' | '.' | ':' | '='), _) => Some(2),
                _ => None,
            };
            if let Some(class) = class.filter(|_| head >= max / 4.0) {
                best[class] = Some(at);
            }
        }
        prev = Some(c);
    }
    let first_char = word.chars().next().map_or(word.len(), char::len_utf8);
    best.into_iter().flatten().next().or(if hard {
        Some(fit.unwrap_or(first_char))
    } else {
        None
    })
}

/// `text` cut after each `, ` and `; `, the punctuation kept and the spaces dropped.
fn parts(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let rest_trimmed = rest.trim_start_matches(' ');
        if rest_trimmed.is_empty() {
            return None;
        }
        let cut = rest_trimmed
            .match_indices([',', ';'])
            .map(|(i, _)| i + 1)
            .find(|&i| rest_trimmed[i..].starts_with(' '))
            .unwrap_or(rest_trimmed.len());
        let (part, tail) = rest_trimmed.split_at(cut);
        rest = tail;
        Some(part)
    })
}

/// A lane label on one line, or on two when it is wider than `max`: at the space that
/// balances the lines best, else (CJK) between two characters near the middle. A word of
/// an alphabet is never cut ("Transf/eridor" reads worse than a label a little wider than
/// the estimate, which is generous for most letters).
fn two_lines(label: &str, max: f32, font: Font) -> Vec<String> {
    if text_width(label, font) <= max {
        return vec![label.to_string()];
    }
    let chars: Vec<(usize, char)> = label.char_indices().collect();
    // Candidate breaks as (end of the first line, start of the second).
    let spaces: Vec<(usize, usize)> = chars
        .iter()
        .filter(|(_, c)| *c == ' ')
        .map(|&(i, _)| (i, i + 1))
        .collect();
    let between: Vec<(usize, usize)> = chars
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0].1, w[1].1);
            (is_wide(a) || is_wide(b))
                && a != ' '
                && b != ' '
                && !"（「『【〔(".contains(a)
                && !"）」』】〕)、。，．・ーっゃゅょぁぃぅぇぉッャュョァィゥェォ".contains(b)
        })
        .map(|w| (w[1].0, w[1].0))
        .collect();
    let candidates = [spaces, between]
        .into_iter()
        .find(|c| !c.is_empty())
        .unwrap_or_default();
    // The width before each character, so that each candidate costs a lookup, not a
    // measurement: a label of n characters with n spaces is measured in O(n log n).
    let mut before = Vec::with_capacity(chars.len() + 1);
    let mut total = 0.0;
    for &(i, c) in &chars {
        before.push((i, total));
        total += text_width(c.encode_utf8(&mut [0; 4]), font);
    }
    before.push((label.len(), total));
    let width_before = |at: usize| {
        before
            .binary_search_by_key(&at, |&(i, _)| i)
            .map_or(total, |k| before[k].1)
    };
    let best = candidates.into_iter().min_by(|&(e1, s1), &(e2, s2)| {
        let worst = |e: usize, s: usize| width_before(e).max(total - width_before(s));
        worst(e1, s1).total_cmp(&worst(e2, s2))
    });
    match best {
        Some((end, start)) => vec![
            label[..end].trim_end().to_string(),
            label[start..].trim_start().to_string(),
        ],
        None => vec![label.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(from: Role, to: Role, msg: &str) -> Step {
        Step {
            from,
            to,
            msg: msg.into(),
            detail: None,
        }
    }

    #[test]
    fn lanes_are_ordered_and_arrows_point_the_right_way() {
        let steps = [
            step(Role::Uac, Role::Uas, "INVITE"),
            step(Role::Uas, Role::Uac, "487"),
            step(Role::Uac, Role::Proxy, "ACK"),
        ];
        assert_eq!(lanes(&steps), [Role::Uac, Role::Proxy, Role::Uas]);
        let role = |r: Role| format!("{r:?}");
        let message = |m: &str| format!("<{m}>");
        let out = svg(
            &steps,
            &Labels {
                id: "f",
                title: "T & t",
                desc: "D",
                role: &role,
                message: &message,
                focus: "487",
            },
        );
        assert!(out.contains("<title id=\"f-t\">T &amp; t</title>"));
        assert!(out.contains("&lt;INVITE&gt;"), "labels are escaped");
        // UAC at x=55, UAS at x=275: the 487 arrow runs right to left.
        assert!(
            out.contains(r#"<g class="msg focus"><line x1="275" y1="128" x2="55""#),
            "{out}"
        );
    }

    fn draw(steps: &[Step], role: &dyn Fn(Role) -> String) -> String {
        let message = |m: &str| m.to_string();
        svg(
            steps,
            &Labels {
                id: "f",
                title: "T",
                desc: "D",
                role,
                message: &message,
                focus: "401",
            },
        )
    }

    fn english(r: Role) -> String {
        match r {
            Role::Uac => "Caller (UAC)",
            Role::Proxy => "Proxy",
            Role::Registrar => "Registrar",
            Role::Redirect => "Redirect server",
            _ => "Callee (UAS)",
        }
        .to_string()
    }

    /// The value of attribute `name` in the tag that starts `tag`.
    fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
        let tag = &tag[..tag.find('>').unwrap()];
        let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        &tag[at..at + tag[at..].find('"').unwrap()]
    }

    fn number(tag: &str, name: &str) -> f32 {
        attr(tag, name).parse().unwrap()
    }

    /// Every `<text>` as (x, anchor, font, lines), entities turned back into characters.
    fn texts(out: &str) -> Vec<(f32, String, Font, Vec<String>)> {
        out.match_indices("<text ")
            .map(|(i, _)| {
                let tag = &out[i..];
                let body = &tag[tag.find('>').unwrap() + 1..tag.find("</text>").unwrap()];
                let lines: Vec<&str> = if body.contains("<tspan") {
                    body.split("</tspan>")
                        .filter(|l| !l.is_empty())
                        .map(|l| &l[l.find('>').unwrap() + 1..])
                        .collect()
                } else {
                    vec![body]
                };
                let lines = lines
                    .iter()
                    .map(|l| {
                        l.replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\"")
                            .replace("&#39;", "'")
                            .replace("&amp;", "&")
                    })
                    .collect();
                let group = out[..i].rfind("<g class=").map_or("", |g| &out[g..i]);
                let font = if tag.starts_with("<text class=\"detail\"") {
                    DETAIL
                } else if tag.starts_with("<text class=\"lane\"")
                    || group.starts_with("<g class=\"msg focus\"")
                {
                    BOLD
                } else {
                    LABEL
                };
                (
                    number(tag, "x"),
                    attr(tag, "text-anchor").to_string(),
                    font,
                    lines,
                )
            })
            .collect()
    }

    /// Assert that every text, by the estimate, lies inside the viewBox.
    fn assert_inside(out: &str) {
        let width = number(out, "width");
        for (x, anchor, font, lines) in texts(out) {
            let w = lines
                .iter()
                .map(|l| text_width(l, font))
                .fold(0.0, f32::max);
            let (left, right) = match anchor.as_str() {
                "start" => (x, x + w),
                "end" => (x - w, x),
                _ => (x - w / 2.0, x + w / 2.0),
            };
            assert!(
                left >= 0.0 && right <= width,
                "{lines:?} spans {left}..{right}, outside 0..{width}"
            );
        }
    }

    /// The y of each arrow, top to bottom.
    fn arrows(out: &str) -> Vec<f32> {
        out.match_indices("<line x1=")
            .map(|(i, _)| number(&out[i..], "y1"))
            .collect()
    }

    #[test]
    fn a_long_detail_wraps_onto_lines_and_its_row_grows() {
        let detail =
            r#"WWW-Authenticate: Digest realm="example.com", nonce="8f3a1c2e", algorithm=MD5"#;
        let mut steps = [
            step(Role::Uac, Role::Registrar, "REGISTER"),
            step(Role::Registrar, Role::Uac, "401"),
            step(Role::Uac, Role::Registrar, "REGISTER"),
        ];
        let plain = draw(&steps, &english);
        steps[1].detail = Some(detail.into());
        let out = draw(&steps, &english);

        let (_, _, _, lines) = texts(&out)
            .into_iter()
            .find(|(_, _, font, _)| *font == DETAIL)
            .unwrap();
        assert_eq!(
            lines,
            [
                "WWW-Authenticate: Digest",
                r#"realm="example.com","#,
                r#"nonce="8f3a1c2e","#,
                "algorithm=MD5"
            ]
        );
        assert_eq!(
            out[out.find(r#"<text class="detail""#).unwrap()..]
                .matches(r#"dy="1.2em""#)
                .count(),
            lines.len() - 1,
            "one tspan a line: {out}"
        );
        assert_inside(&out);

        // The row under the detail moves down by the extra lines, and so does the bottom.
        let extra = DETAIL_LINE as f32 * (lines.len() - 1) as f32;
        let (a, b) = (arrows(&plain), arrows(&out));
        assert_eq!(b[1] - a[1], 0.0);
        assert_eq!(b[2] - a[2], extra);
        assert_eq!(number(&out, "height") - number(&plain, "height"), extra);
        // The last detail line ends above the next message label.
        let last_baseline = b[1] + 15.0 + extra;
        assert!(last_baseline + 4.0 < b[2] - 6.0 - LABEL.size);
    }

    #[test]
    fn a_huge_word_wraps_into_lines_that_fit_and_ends() {
        // 100,000 narrow characters used to make the running width drift until the loop
        // never ended; every line must fit and the text must come back whole.
        for word in [
            "a".repeat(100_000),
            "a/".repeat(60_000),
            ";".repeat(120_000),
        ] {
            let lines = wrap(&word, 200.0, DETAIL);
            assert!(
                lines
                    .iter()
                    .all(|l| !l.is_empty() && text_width(l, DETAIL) <= 200.0)
            );
            assert_eq!(lines.concat(), word);
        }
    }

    #[test]
    fn wrapping_prefers_punctuation_then_spaces_then_anything() {
        const TEN: Font = Font {
            size: 10.0,
            narrow: 0.6,
        };
        assert_eq!(wrap("a, b; c", 1000.0, TEN), ["a, b; c"]);
        // Six characters a line.
        assert_eq!(wrap("ab, cd ef", 36.5, TEN), ["ab,", "cd ef"]);
        assert_eq!(wrap("ab; cd, ef gh", 36.5, TEN), ["ab;", "cd,", "ef gh"]);
        assert_eq!(wrap("a bcd efgh, i", 36.5, TEN), ["a bcd", "efgh,", "i"]);
        assert_eq!(wrap("abcdefghij k", 36.5, TEN), ["abcdef", "ghij k"]);
        // A word too wide for a line breaks between URI parameters, after a slash, after a
        // hyphen or dot, and only then anywhere; its head may go on the line before.
        let forty = 40.0 * 0.6 * DETAIL.size + 0.5;
        assert_eq!(
            wrap(
                "To: <sip:+14155550100@example.com;user=phone>",
                forty,
                DETAIL
            ),
            ["To: <sip:+14155550100@example.com", ";user=phone>"]
        );
        assert_eq!(
            wrap(
                r#"From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=1928301774"#,
                forty,
                DETAIL
            ),
            [
                r#"From: "Anonymous""#,
                "<sip:anonymous@anonymous.invalid>",
                ";tag=1928301774"
            ]
        );
        assert_eq!(
            wrap(
                "Call-Info: <https://block.example.net/complaint-jws>;purpose=jwscard",
                forty,
                DETAIL
            ),
            [
                "Call-Info: <https://block.example.net/",
                "complaint-jws>;purpose=jwscard"
            ]
        );
        assert_eq!(
            wrap("abcdefgh/ijklmnop", 36.5, TEN),
            ["abcdef", "gh/", "ijklmn", "op"]
        );
        // Wide characters take a full em: three a line.
        assert_eq!(wrap("発信者着信者", 36.5, TEN), ["発信者", "着信者"]);
    }

    #[test]
    fn a_label_near_an_edge_stays_inside_the_view_box() {
        let steps = [
            step(
                Role::Uac,
                Role::Proxy,
                "555 Push Notification Service Not Supported",
            ),
            step(
                Role::Proxy2,
                Role::Uas,
                "480 Temporarily Unavailable, Retry Later",
            ),
            step(Role::Uas, Role::Proxy2, "INVITE"),
        ];
        let out = draw(&steps, &english);
        assert_inside(&out);
        let texts = texts(&out);
        let left = texts.iter().find(|t| t.3[0].starts_with("555")).unwrap();
        assert_eq!((left.0, left.1.as_str()), (PAD as f32, "start"));
        let right = texts.iter().find(|t| t.3[0].starts_with("480")).unwrap();
        let width = number(&out, "width");
        assert_eq!((right.0, right.1.as_str()), (width - PAD as f32, "end"));
        let middle = texts.iter().find(|t| t.3[0] == "INVITE").unwrap();
        assert_eq!(middle.1, "middle");

        // Wider than the whole diagram: wrapped, then anchored.
        let long = "999 ".to_string() + &"Very Long Reason ".repeat(4);
        let out = draw(&[step(Role::Uac, Role::Uas, long.trim())], &english);
        assert_inside(&out);
        assert!(out.contains(r#"dy="1.2em""#), "{out}");
    }

    #[test]
    fn the_root_names_the_lane_count() {
        let two = draw(&[step(Role::Uac, Role::Uas, "INVITE")], &english);
        assert!(
            two.starts_with(r#"<svg class="flow lanes-2" viewBox="0 0 220 "#),
            "{two}"
        );
        let four = draw(
            &[
                step(Role::Uac, Role::Proxy, "INVITE"),
                step(Role::Proxy, Role::Redirect, "INVITE"),
                step(Role::Redirect, Role::Uas, "INVITE"),
            ],
            &english,
        );
        assert!(
            four.starts_with(r#"<svg class="flow lanes-4" viewBox="0 0 440 "#),
            "{four}"
        );
        assert!(four.contains(r#"role="img""#) && four.contains("<title id=\"f-t\">T</title>"));
    }

    #[test]
    fn wide_lane_labels_take_two_lines_and_the_rows_stay_put() {
        let steps = [
            step(Role::Uac, Role::Redirect, "INVITE"),
            step(Role::Redirect, Role::Uac, "302"),
        ];
        let short = draw(&steps, &english);
        let russian = |r: Role| {
            match r {
                Role::Uac => "Вызывающий (UAC)",
                _ => "Сервер перенаправления",
            }
            .to_string()
        };
        let out = draw(&steps, &russian);
        // The right-hand label, wider than its share, keeps to the right edge.
        assert!(
            out.contains(
                r#"<tspan x="216">Сервер</tspan><tspan x="216" dy="1.2em">перенаправления</tspan>"#
            ),
            "{out}"
        );
        assert_inside(&out);
        // Room for two lines is always there, so that two diagrams' first rows line up.
        assert_eq!(arrows(&out), arrows(&short));
        assert_eq!(number(&out, "height"), number(&short, "height"));
        // A one-line lane label sits on the lower line, next to its lifeline.
        let one = draw(&steps, &|_| "A".to_string());
        assert!(
            one.contains(&format!(
                r#"<text class="lane" x="55" y="{}""#,
                LANE_TOP + LABEL_LINE
            )),
            "{one}"
        );
        assert_eq!(arrows(&one), arrows(&short));

        // CJK without a space: split near the middle, not inside the parentheses.
        assert_eq!(
            two_lines("リダイレクトサーバー（UAS）", 132.0, BOLD),
            ["リダイレクト", "サーバー（UAS）"]
        );
        // Bold widens Latin, not CJK: ten kana fit at 130 px.
        assert_eq!(
            two_lines("リダイレクトサーバー", 132.0, BOLD),
            ["リダイレクトサーバー"]
        );
        assert_eq!(two_lines("発信者（UAC）", 132.0, BOLD), ["発信者（UAC）"]);
        // A long word of an alphabet stays whole.
        assert_eq!(two_lines("Transferidor", 60.0, BOLD), ["Transferidor"]);
        assert_eq!(
            two_lines("Destino de la transferencia", 102.0, BOLD),
            ["Destino de la", "transferencia"]
        );
    }

    /// The role labels of each bundled locale, as `flow-role` in `locales/<lang>/flow.ftl`
    /// spells them.
    fn role_labels() -> Vec<(String, std::collections::BTreeMap<String, String>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut all = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path().join("flow.ftl");
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let start = text.find("flow-role = {").unwrap();
            let end = start + text[start..].find("\n}").unwrap();
            let labels = text[start..end]
                .lines()
                .skip(1)
                .filter_map(|l| {
                    let l = l.trim().trim_start_matches('*');
                    let (key, label) = l.strip_prefix('[')?.split_once(']')?;
                    Some((key.to_string(), label.trim().to_string()))
                })
                .collect();
            all.push((path.display().to_string(), labels));
        }
        all.sort();
        assert!(all.len() >= 5, "{all:?}");
        all
    }

    fn key(r: Role) -> String {
        serde_json::to_value(r)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    fn catalog() -> crate::load::catalog::Catalog {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        crate::load::catalog::Catalog::load(root, &root.join("content/sip")).unwrap()
    }

    #[test]
    fn every_role_is_named_in_every_locale() {
        for (file, labels) in role_labels() {
            for r in Role::ALL {
                assert!(labels.contains_key(&key(r)), "{file} does not name {r:?}");
            }
        }
    }

    /// Every flow of the content, drawn with each locale's role labels and full reason
    /// phrases: one user unit is one pixel, the lanes stand where the scale puts them, the
    /// first arrow is at the same height in every diagram, and every text lies inside.
    #[test]
    fn every_flow_is_drawn_at_one_scale_with_its_labels_inside() {
        let catalog = catalog();
        let message = |m: &str| match m.parse::<u16>().ok().and_then(|n| catalog.get(n)) {
            Some(c) => format!("{} {}", c.code, c.reason),
            None => m.to_string(),
        };
        let mut first_arrows = std::collections::BTreeSet::new();
        let mut drawn = 0;
        for (file, labels) in role_labels() {
            let role = |r: Role| labels[&key(r)].clone();
            for code in catalog.codes() {
                let focus = code.code.to_string();
                let out = svg(
                    &code.flow,
                    &Labels {
                        id: "f",
                        title: "T",
                        desc: "D",
                        role: &role,
                        message: &message,
                        focus: &focus,
                    },
                );
                let n = lanes(&code.flow).len() as u32;
                let width = 2 * MARGIN + LANE_GAP * (n - 1);
                let height = number(&out, "height");
                assert!(
                    out.contains(&format!(
                        r#"viewBox="0 0 {width} {height}" width="{width}" height="{height}""#
                    )),
                    "{file} {}: not drawn 1:1",
                    code.code
                );
                let lifelines: Vec<f32> = out
                    .match_indices(r#"<line class="life""#)
                    .map(|(i, _)| number(&out[i..], "x1"))
                    .collect();
                let expected: Vec<f32> = (0..n).map(|i| (MARGIN + i * LANE_GAP) as f32).collect();
                assert_eq!(lifelines, expected, "{file} {}", code.code);
                let ys = arrows(&out);
                assert_eq!(ys.len(), code.flow.len());
                first_arrows.insert(ys[0] as u32);
                assert!(ys.windows(2).all(|w| w[1] - w[0] >= ROW as f32));
                assert_inside(&out);
                drawn += 1;
            }
        }
        assert!(drawn >= 5 * 75, "{drawn}");
        assert_eq!(first_arrows.len(), 1, "first rows differ: {first_arrows:?}");
    }
}
