//! Prose from the locales is Markdown: rendered here with pulldown-cmark, with raw HTML shown
//! as text and script links dropped, so nothing a translator writes can inject markup.

use pulldown_cmark::{Event, Options, Parser, Tag, html};

/// Escape text for HTML element content and attribute values (`&`, `<`, `>`, `"`, `'`).
/// The escaper pulldown-cmark uses for Markdown and tera (with its `fast` feature) for every
/// `{{ value }}` in the templates, so the site has one escaping, wherever text is printed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// Render Markdown to HTML; raw HTML becomes text and unsafe link targets become `#`.
pub fn render(markdown: &str) -> String {
    let parser =
        Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if !safe_url(&dest_url) => Event::Start(Tag::Link {
                link_type,
                dest_url: "#".into(),
                title,
                id,
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) if !safe_url(&dest_url) => Event::Start(Tag::Image {
                link_type,
                dest_url: "#".into(),
                title,
                id,
            }),
            other => other,
        });
    let mut out = String::with_capacity(markdown.len() * 5 / 4 + 16);
    html::push_html(&mut out, parser);
    out.trim_end().to_string()
}

/// The text of Markdown without its markup, as a reader hears it: inline code, links and
/// emphasis become their words, raw HTML stays as text (as [`render`] shows it), blocks are
/// separated by a blank line and list items by a line break.
pub fn plain(markdown: &str) -> String {
    use pulldown_cmark::TagEnd;
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak | Event::End(TagEnd::Item) => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                out.push_str("\n\n")
            }
            _ => {}
        }
    }
    // The separator after the last block.
    out.trim_end().to_string()
}

/// http(s), mailto, fragment and relative targets are fine; `javascript:`, `data:` and
/// other schemes are not.
fn safe_url(url: &str) -> bool {
    let lower: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match lower.find(':') {
        None => true,
        Some(i) if lower[..i].contains(['/', '?', '#']) => true,
        Some(i) => matches!(&lower[..i], "http" | "https" | "mailto"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_shown_as_text() {
        let out = render("Use <script>alert(1)</script> and `Contact`");
        assert!(!out.contains("<script>"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(out.contains("<code>Contact</code>"), "{out}");
    }

    #[test]
    fn script_links_are_dropped() {
        let out = render(
            "[x](javascript:alert(1)) [y]( JavaScript:alert(1)) [z](https://www.rfc-editor.org/rfc/rfc3261)",
        );
        assert!(!out.to_ascii_lowercase().contains("javascript"), "{out}");
        assert!(out.contains("https://www.rfc-editor.org/rfc/rfc3261"));
    }

    #[test]
    fn plain_keeps_the_words_and_drops_the_markup() {
        assert_eq!(
            plain(
                "Send `ACK` to the *Contact*\nURI.\n\nThen [retry](https://x.example/) <b>now</b>."
            ),
            "Send ACK to the Contact URI.\n\nThen retry <b>now</b>."
        );
        assert_eq!(plain("- one\n- two"), "one\ntwo");
    }

    #[test]
    fn escape_covers_attribute_quotes() {
        assert_eq!(
            escape(r#"<a href="x">'&"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;"
        );
    }
}
