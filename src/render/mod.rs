//! Render: a checked [`Policy`] -> HTML, plain text and Markdown in each of its languages, by
//! [`Renderer::render`].
//!
//! Templates (minijinja) see [`view::Page`], built for them from the model. The built-in
//! templates (`templates/` in the source tree) are embedded in the binary; a project's own
//! `templates/` folder overrides any of them by name. HTML is auto-escaped; plain text is
//! wrapped at 80 display columns with Unicode line breaking. Rendering is a pure function of
//! the model and the templates: no clock, no environment, no map-order dependence.

pub mod dpv;
mod filters;
mod text_table;
pub mod view;

use std::collections::BTreeMap;

use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::model::Policy;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Html,
    Text,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Html, Format::Text, Format::Markdown];

    /// The file extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Text => "txt",
            Format::Markdown => "md",
        }
    }

    /// The template that renders a whole policy in this format.
    pub fn template(self) -> &'static str {
        match self {
            Format::Html => "policy.html",
            Format::Text => "policy.txt",
            Format::Markdown => "policy.md",
        }
    }
}

/// The built-in templates, by name. A project's `templates/` folder may override each.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("policy.html", include_str!("../../templates/policy.html")),
    ("policy.txt", include_str!("../../templates/policy.txt")),
    ("policy.md", include_str!("../../templates/policy.md")),
    ("style.css", include_str!("../../templates/style.css")),
    ("notice.html", include_str!("../../templates/notice.html")),
];

/// A template that failed to load or to render.
#[derive(Debug)]
pub struct RenderError {
    pub template: String,
    pub message: String,
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "template {}: {}", self.template, self.message)
    }
}

impl std::error::Error for RenderError {}

impl RenderError {
    /// The error of `template`, with the chain of its causes.
    pub(crate) fn new(template: &str, err: &minijinja::Error) -> RenderError {
        if err.kind() == minijinja::ErrorKind::OutOfFuel {
            return RenderError {
                template: template.to_string(),
                message: format!(
                    "rendering stopped after {FUEL} steps, far more than any policy needs: look \
                     for a loop that runs without a useful end (nested loops over long ranges)"
                ),
            };
        }
        let mut message = err.to_string();
        let mut source = std::error::Error::source(err);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        RenderError {
            template: template.to_string(),
            message,
        }
    }
}

/// The steps (minijinja's fuel) one render may take. A page takes about 50 per section (the
/// largest reference policy, 86 KB, about 18,000); a policy at the 4 MiB limit written as
/// 200,000 one-line sections, about ten million; the site's pages of a policy with 1,000
/// versions fit too. A template with nested loops over long ranges stops within seconds with
/// an error naming it, instead of running for hours.
pub const FUEL: u64 = 50_000_000;

/// A template environment configured as every policyc template expects: a bounded number of
/// steps per render ([`FUEL`]), strict about
/// undefined values, HTML auto-escaping for `.html` templates (of the five characters that
/// matter, and nothing else: minijinja's default also escapes `/`, which makes every URL in an
/// attribute hard to read), blocks trimmed, trailing newlines kept. The renderer and the site
/// each add their templates to one.
pub(crate) fn base_environment() -> Result<Environment<'static>, minijinja::Error> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    let mut syntax = minijinja::syntax::SyntaxConfig::builder();
    syntax
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true);
    env.set_syntax(syntax.build()?);
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), AutoEscape::Html)
            && !value.is_safe()
            && !value.is_undefined()
            && !value.is_none()
        {
            return out
                .write_str(&escape_html(&value.to_string()))
                .map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                });
        }
        if let Some(text) = value.as_str() {
            let closers = crate::diag::bidi_closers(text);
            if !closers.is_empty() {
                // Plain text: the string as it is, then what closes its bidirectional controls.
                return out
                    .write_str(text)
                    .and_then(|()| out.write_str(&closers))
                    .map_err(|e| {
                        minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                    });
            }
        }
        minijinja::escape_formatter(out, state, value)
    });
    Ok(env)
}

pub(crate) use filters::escape_html;

/// The template environment, built once and shared by every page (it is `Sync`).
pub struct Renderer {
    env: Environment<'static>,
    stale: view::StaleText,
}

impl Renderer {
    /// The built-in templates, with `overrides` (name -> source) replacing any of them.
    pub fn new(overrides: &BTreeMap<String, String>) -> Result<Renderer, RenderError> {
        let mut env = base_environment().map_err(|e| RenderError::new("(syntax)", &e))?;
        filters::register(&mut env);
        env.add_filter("text_table", text_table::text_table);
        for (name, source) in BUILTIN_TEMPLATES {
            let source = overrides
                .get(*name)
                .cloned()
                .unwrap_or_else(|| source.to_string());
            env.add_template_owned(name.to_string(), source)
                .map_err(|e| RenderError::new(name, &e))?;
        }
        for (name, source) in overrides {
            if !BUILTIN_TEMPLATES.iter().any(|(n, _)| n == name) {
                env.add_template_owned(name.clone(), source.clone())
                    .map_err(|e| RenderError::new(name, &e))?;
            }
        }
        Ok(Renderer {
            env,
            stale: view::StaleText::Notice,
        })
    }

    /// Shows stale translations as `stale` says (the default is the translation with a
    /// notice).
    pub fn with_stale_text(mut self, stale: view::StaleText) -> Renderer {
        self.stale = stale;
        self
    }

    /// Renders `policy` in `lang` (one of its languages) as `format`.
    pub fn render(
        &self,
        policy: &Policy,
        lang: &str,
        format: Format,
    ) -> Result<String, RenderError> {
        self.render_page(&page_value(policy, lang, self.stale), format)
    }

    /// Every rendered file of a policy: `<lang>.<ext>` -> content, in a stable order. The
    /// page of each language is built once and shared by its three formats.
    pub fn render_all(&self, policy: &Policy) -> Result<Vec<(String, String)>, RenderError> {
        self.render_formats(policy, &Format::ALL)
    }

    /// Like [`Renderer::render_all`], in the given formats only.
    pub fn render_formats(
        &self,
        policy: &Policy,
        formats: &[Format],
    ) -> Result<Vec<(String, String)>, RenderError> {
        let mut files = Vec::new();
        if formats.is_empty() {
            return Ok(files);
        }
        for lang in &policy.languages {
            let page = page_value(policy, lang, self.stale);
            for &format in formats {
                files.push((
                    format!("{lang}.{}", format.extension()),
                    self.render_page(&page, format)?,
                ));
            }
        }
        Ok(files)
    }

    fn render_page(&self, page: &minijinja::Value, format: Format) -> Result<String, RenderError> {
        let template = self
            .env
            .get_template(format.template())
            .map_err(|e| RenderError::new(format.template(), &e))?;
        let out = template
            .render(minijinja::context! { page => page.clone() })
            .map_err(|e| RenderError::new(format.template(), &e))?;
        Ok(match format {
            Format::Html => finish_lines(&out, false),
            Format::Text | Format::Markdown => finish_lines(&out, true),
        })
    }
}

impl Renderer {
    /// The e-mail-ready HTML page of a notice (the template `notice.html`, which sees it as
    /// `notice`).
    pub fn render_notice(&self, notice: &impl serde::Serialize) -> Result<String, RenderError> {
        const NAME: &str = "notice.html";
        let template = self
            .env
            .get_template(NAME)
            .map_err(|e| RenderError::new(NAME, &e))?;
        let out = template
            .render(minijinja::context! { notice => minijinja::Value::from(minijinja::value::Serde(notice)) })
            .map_err(|e| RenderError::new(NAME, &e))?;
        Ok(finish_lines(&out, true))
    }
}

/// The page of `policy` in `lang` as the value templates see (converted from the view once).
fn page_value(policy: &Policy, lang: &str, stale: view::StaleText) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(&view::page_with(
        policy, lang, stale,
    )))
}

/// Trims trailing white space from every line, collapses runs of blank lines (to one when
/// `squeeze`), and ends the file with exactly one newline: templates then need not be exact
/// about white space, and output is stable.
fn finish_lines(text: &str, squeeze: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0usize;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
            if !squeeze {
                for _ in 1..blank.min(2) {
                    out.push('\n');
                }
            }
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}
