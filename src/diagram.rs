//! Call-flow ladder diagrams as inline SVG, drawn at build time from a record's flow. Labels
//! come localized from the caller; message names stay protocol literals.

use std::fmt::Write;

use crate::catalog::{Role, Step};
use crate::markdown::escape;

const LANE_GAP: u32 = 220;
const MARGIN: u32 = 90;
const TOP: u32 = 56;
const ROW: u32 = 46;

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
    let height = TOP + ROW * steps.len() as u32 + 16;
    let id = escape(labels.id);
    let mut s = String::with_capacity(2048);
    let _ = write!(
        s,
        r#"<svg class="flow" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc><defs><marker id="{id}-m" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>"#,
        escape(labels.title),
        escape(labels.desc),
    );
    for &lane in &lanes {
        let lx = x(lane);
        let _ = write!(
            s,
            r#"<text class="lane" x="{lx}" y="22" text-anchor="middle">{}</text><line class="life" x1="{lx}" y1="32" x2="{lx}" y2="{}"/>"#,
            escape(&(labels.role)(lane)),
            height - 8
        );
    }
    for (i, step) in steps.iter().enumerate() {
        let y = TOP + ROW * i as u32 + 10;
        let (x1, x2) = (x(step.from), x(step.to));
        let mid = (x1 + x2) / 2;
        let class = if step.msg == labels.focus {
            "msg focus"
        } else {
            "msg"
        };
        let _ = write!(
            s,
            r#"<g class="{class}"><line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" marker-end="url(#{id}-m)"/><text x="{mid}" y="{}" text-anchor="middle">{}</text>"#,
            y - 6,
            escape(&(labels.message)(&step.msg)),
        );
        if let Some(d) = &step.detail {
            let _ = write!(
                s,
                r#"<text class="detail" x="{mid}" y="{}" text-anchor="middle">{}</text>"#,
                y + 15,
                escape(d)
            );
        }
        s.push_str("</g>");
    }
    s.push_str("</svg>");
    s
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
        // UAC at x=90, UAS at x=530: the 487 arrow runs right to left.
        assert!(
            out.contains(r#"<g class="msg focus"><line x1="530" y1="112" x2="90""#),
            "{out}"
        );
    }
}
