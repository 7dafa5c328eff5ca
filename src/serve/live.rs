//! Live reload: the state of the last rebuild, the script every served page carries, and the
//! server-sent event stream that script listens to (`reload` after a good rebuild, `failed`
//! with the error after a bad one).

use std::convert::Infallible;
use std::time::Duration;

use axum::response::sse::{Event, KeepAlive, Sse};
use tokio::sync::watch;
use tokio_stream::wrappers::WatchStream;
use tokio_stream::{Stream, StreamExt};

/// Where the script is served; pages load it from the tag [`with_live_reload`] adds.
pub(super) const SCRIPT_PATH: &str = "/__sipvs/live.js";
/// Where the event stream is served.
pub(super) const EVENTS_PATH: &str = "/__sipvs/events";

/// The error of the last rebuild, if it failed. Every publish counts as a change, even of
/// `None` to `None`: that is a good rebuild, and pages reload.
#[derive(Clone)]
pub(super) struct Live(watch::Sender<Option<String>>);

impl Default for Live {
    fn default() -> Self {
        Live(watch::Sender::new(None))
    }
}

impl Live {
    /// Tell open pages about a rebuild: `None` when it succeeded, else its error.
    pub(super) fn publish(&self, error: Option<String>) {
        self.0.send_replace(error);
    }

    /// The events one page receives from now on; a page opened after a failed rebuild is
    /// told about the failure at once.
    pub(super) fn events(&self) -> Sse<impl Stream<Item = Result<Event, Infallible>> + use<>> {
        let changes = self.0.subscribe();
        let failed_now = changes.borrow().clone().map(Some);
        let stream = tokio_stream::iter(failed_now)
            .chain(WatchStream::from_changes(changes))
            .map(|error| Ok(event(error)));
        // A comment now and then keeps the connection open through idle time and lets the
        // server notice pages that were closed.
        Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
    }
}

fn event(error: Option<String>) -> Event {
    match error {
        None => Event::default().event("reload").data("{}"),
        // JSON keeps the message's line breaks inside one `data:` line.
        Some(e) => Event::default()
            .event("failed")
            .data(serde_json::to_string(&e).unwrap_or_default()),
    }
}

/// HTML with the live-reload script before `</body>`.
pub(super) fn with_live_reload(mut html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\"></script>");
    match memchr::memmem::rfind(&html, b"</body>") {
        Some(i) => {
            html.splice(i..i, tag.bytes());
        }
        None => html.extend_from_slice(tag.as_bytes()),
    }
    html
}

/// The script: reload on `reload`, show the error over the page on `failed`.
pub(super) const SCRIPT: &str = r#"(function () {
  "use strict";
  var box = null;
  // In-context mode (serve --ids): outline every localized text; its tooltip names the
  // message id and where it is defined.
  document.querySelectorAll(".l10n").forEach(function (e) {
    e.style.outline = "1px dashed #d2691e";
    e.style.outlineOffset = "1px";
  });
  var es = new EventSource("/__sipvs/events");
  es.addEventListener("reload", function () { window.location.reload(); });
  es.addEventListener("failed", function (e) {
    if (!box) {
      box = document.createElement("pre");
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#2b0b0b;color:#ffd7d7;font:13px/1.4 ui-monospace,monospace;z-index:99999;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "sipvs: the last rebuild failed; showing the last good site.\n\n" + JSON.parse(e.data);
  });
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_reload_goes_before_the_body_end() {
        let out = with_live_reload(b"<html><body>x</body></html>".to_vec());
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<html><body>x<script src=\"/__sipvs/live.js\"></script></body></html>"
        );
    }

    #[test]
    fn the_script_listens_where_the_events_are_served() {
        assert!(SCRIPT.contains(&format!("new EventSource(\"{EVENTS_PATH}\")")));
    }
}
