//! JSON-LD for search engines, built from a page's model (the same localized texts the
//! page shows): a `BreadcrumbList` and a `TechArticle`, or a `WebSite` for a locale's home.

use serde::Serialize;

use super::page::{Body, Frame, Head};

#[derive(Serialize)]
struct Item<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    position: usize,
    name: &'a str,
    item: String,
}

#[derive(Serialize)]
struct Crumbs<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "itemListElement")]
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct WebSite<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    url: String,
    #[serde(rename = "inLanguage")]
    lang: &'a str,
}

#[derive(Serialize)]
struct Article<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    headline: &'a str,
    description: &'a str,
    #[serde(rename = "inLanguage")]
    lang: &'a str,
    url: &'a str,
    #[serde(rename = "mainEntityOfPage")]
    main: &'a str,
    #[serde(rename = "isPartOf")]
    part_of: WebSite<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Main<'a> {
    Site(WebSite<'a>),
    Article(Article<'a>),
}

#[derive(Serialize)]
struct Doc<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: (Crumbs<'a>, Main<'a>),
}

/// The JSON-LD of a locale's page (its frame, head and body), ready for a `<script>` element; `None` for a page
/// search engines need not describe (not found, the language chooser). `site_name` and
/// `home_name` are the locale's names of the site and of its home; `origin` is the site's
/// scheme and host.
pub(super) fn graph(
    frame: &Frame<'_>,
    head: &Head,
    body: &Body<'_>,
    site_name: &str,
    home_name: &str,
    origin: &str,
) -> Option<String> {
    if matches!(body, Body::NotFound(_) | Body::Chooser(_)) {
        return None;
    }
    let home = format!("{origin}{}", frame.home.as_deref().unwrap_or_default());
    let mut items = vec![Item {
        kind: "ListItem",
        position: 1,
        name: home_name,
        item: home.clone(),
    }];
    for (i, c) in head.breadcrumbs.iter().enumerate() {
        items.push(Item {
            kind: "ListItem",
            position: i + 2,
            name: &c.name,
            item: format!("{origin}{}", c.href),
        });
    }
    let site = WebSite {
        kind: "WebSite",
        name: site_name,
        url: home,
        lang: frame.lang,
    };
    let main = if let Body::Home(_) = body {
        Main::Site(site)
    } else {
        Main::Article(Article {
            kind: "TechArticle",
            headline: &head.title.text,
            description: &head.description,
            lang: frame.lang,
            url: &frame.canonical,
            main: &frame.canonical,
            part_of: site,
        })
    };
    let doc = Doc {
        context: "https://schema.org",
        graph: (
            Crumbs {
                kind: "BreadcrumbList",
                items,
            },
            main,
        ),
    };
    // Inside <script>, `<` must not open a tag: JSON allows it escaped.
    let json = serde_json::to_string(&doc).unwrap_or_default();
    Some(if json.contains('<') {
        json.replace('<', "\\u003c")
    } else {
        json
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::locale::Text;
    use crate::render::page::{Crumb, Head, NotFound};

    fn frame(t: &tera::Value) -> Frame<'_> {
        Frame {
            base: "/",
            origin: "https://x.org",
            canonical: "https://x.org/en/sip/486-busy-here/".into(),
            noindex: false,
            lang: "en",
            t,
            alternates: Vec::new(),
            x_default: "https://x.org/".into(),
            home: Some("/en/".into()),
            og_image: None,
            fallback: false,
            jsonld: tera::Value::safe_string(""),
        }
    }

    fn head(title: &str) -> Head {
        Head {
            title: Text {
                text: title.into(),
                ..Text::default()
            },
            description: "Busy.".into(),
            breadcrumbs: vec![Crumb {
                name: "486 Busy Here".into(),
                href: "/en/sip/486-busy-here/".into(),
            }],
        }
    }

    #[test]
    fn an_article_names_its_trail_and_cannot_close_the_script() {
        let t = tera::Value::safe_string("");
        let body = Body::NotFound(NotFound {
            code_index: String::new(),
            compare_index: String::new(),
            locales: Vec::new(),
            data: t.clone(),
        });
        assert_eq!(
            graph(&frame(&t), &head("x"), &body, "S", "H", "https://x.org"),
            None
        );
        let body = Body::Chooser(crate::render::page::Chooser {
            locales: Vec::new(),
        });
        assert_eq!(
            graph(&frame(&t), &head("x"), &body, "S", "H", "https://x.org"),
            None
        );
        let body = Body::Code(crate::render::page::CodePage {
            code: &t,
            heading: Text::default(),
            confused: Vec::new(),
            other_classes: Vec::new(),
            most_confused_heading: Text::default(),
            compare_with_heading: Text::default(),
            registry_url: "",
        });
        let json = graph(
            &frame(&t),
            &head("a </script> b"),
            &body,
            "S",
            "H",
            "https://x.org",
        )
        .expect("a code page has JSON-LD");
        assert!(!json.contains('<'), "{json}");
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        let trail = &doc["@graph"][0]["itemListElement"];
        assert_eq!(trail[0]["name"], "H");
        assert_eq!(trail[0]["item"], "https://x.org/en/");
        assert_eq!(trail[1]["position"], 2);
        assert_eq!(trail[1]["item"], "https://x.org/en/sip/486-busy-here/");
        let article = &doc["@graph"][1];
        assert_eq!(article["@type"], "TechArticle");
        assert_eq!(article["headline"], "a </script> b");
        assert_eq!(article["isPartOf"]["name"], "S");
        assert_eq!(article["url"], "https://x.org/en/sip/486-busy-here/");
    }
}
