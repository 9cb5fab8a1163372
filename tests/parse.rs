//! The grammar over every construct: tests/syntax/all-constructs.policy uses every statement
//! of the language and must check with only its one intended warning; its model is a reviewed
//! snapshot, so any change in how a construct is read shows up in review.

use policyc::diag::Code;
use policyc::syntax::{self, Arg, Form};

fn source() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/syntax/all-constructs.policy"
    ))
    .unwrap()
}

#[test]
fn every_construct_checks() {
    let checked = policyc::check::check_source(&source(), Some("all-constructs"));
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::MissingValue], "{:?}", checked.diagnostics);
    let policy = checked.policy.unwrap();
    insta::assert_json_snapshot!("all-constructs-model", policy);
}

#[test]
fn every_keyword_of_the_grammar_is_used() {
    let (ast, _) = syntax::parse(&source()).unwrap();
    let mut keywords = std::collections::BTreeSet::new();
    fn walk(stmt: &syntax::Stmt, out: &mut std::collections::BTreeSet<String>) {
        out.insert(stmt.keyword.text.clone());
        for arg in &stmt.args {
            if let Arg::Keyword(k) = arg {
                out.insert(k.text.clone());
            }
            if let Arg::Duration(d) = arg {
                if let Some((k, _, _)) = &d.extension {
                    out.insert(k.text.clone());
                }
            }
        }
        for child in stmt.stmts() {
            walk(child, out);
        }
    }
    walk(&ast.policy, &mut keywords);
    // Every quoted keyword of the grammar's keyword rules.
    let grammar = include_str!("../grammar/policy.pest");
    let mut missing = Vec::new();
    for line in grammar.lines().skip_while(|l| !l.contains("---- keywords")) {
        for (i, piece) in line.split('"').enumerate() {
            // `numbering none` excludes numbering samples in the same file; policies/cienet.policy
            // uses it.
            let word = piece.chars().any(|c| c.is_ascii_lowercase())
                && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if i % 2 == 1 && word && piece != "none" && !keywords.contains(piece) {
                missing.push(piece.to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keywords all-constructs.policy does not use: {missing:?}"
    );
}

#[test]
fn statement_forms() {
    let (ast, diags) = syntax::parse(&source()).unwrap();
    assert!(diags.iter().all(|d| !d.is_error()));
    let forms: std::collections::BTreeSet<String> = {
        fn walk(stmt: &syntax::Stmt, out: &mut std::collections::BTreeSet<String>) {
            out.insert(format!("{:?}", stmt.form));
            for child in stmt.stmts() {
                walk(child, out);
            }
        }
        let mut out = Default::default();
        walk(&ast.policy, &mut out);
        out
    };
    for form in [
        Form::Policy,
        Form::Section,
        Form::List,
        Form::Item,
        Form::Para,
        Form::CaseList,
        Form::Case,
        Form::Fact,
        Form::Table,
        Form::Row,
        Form::Cell,
        Form::Field,
    ] {
        assert!(
            forms.contains(&format!("{form:?}")),
            "{form:?} not exercised"
        );
    }
}

#[test]
fn strings_keep_exact_spans_for_references() {
    let text = "policy x {\n  p en \"a {@info.email} b\"\n}";
    let (ast, _) = syntax::parse(text).unwrap();
    let para = &ast.policy.stmts()[0];
    let Some(Arg::Text(t)) = para.args.first() else {
        panic!()
    };
    let syntax::Inline::FactRef { fact, field, .. } = &t.parts[0].string.content[1] else {
        panic!()
    };
    assert_eq!(&text[fact.span.start..fact.span.end], "info");
    assert_eq!(
        &text[field.as_ref().unwrap().span.start..field.as_ref().unwrap().span.end],
        "email"
    );
}

#[test]
fn comments_and_strings_with_slashes() {
    let text = "policy x { // a comment\n  p en \"see https://example.com // not a comment\" zh-CN \"见\" // trailing\n}";
    let (ast, _) = syntax::parse(text).unwrap();
    assert_eq!(ast.comments.len(), 2);
    assert_eq!(ast.comments[1].text, "// trailing");
}
