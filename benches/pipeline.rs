//! Micro-benchmarks of each stage of the pipeline (`cargo bench --bench pipeline`), on a
//! reference policy (`policies/hitgen.policy`, 68 KB) and on a generated one of the benchmark
//! corpus (src/corpus/, about 30 KB). `cargo test --benches` runs each once, untimed
//! (criterion's test mode; `.ci/run` does); the end-to-end comparison with pandoc and git is
//! `benches/compare.sh`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

use policyc::model::Policy;
use policyc::render::{Format, Renderer};

const REFERENCE: &str = include_str!("../policies/hitgen.policy");

/// The inputs: (name, source, an edited later version of the same policy).
fn inputs() -> Vec<(&'static str, String, String)> {
    let mut edited = REFERENCE.replace("updated 2021-04-26", "updated 2021-05-10");
    edited = edited.replace("respond-within 30 days", "respond-within 15 working-days");
    let mut history = policyc::corpus::history(7, 0, 11);
    let first = history.next().expect("a first version");
    let eleventh = history.last().expect("an eleventh version");
    vec![
        ("hitgen", REFERENCE.to_string(), edited),
        ("generated", first, eleventh),
    ]
}

fn model(source: &str) -> Policy {
    policyc::check::check_source(source, None)
        .policy
        .expect("the benchmark inputs check")
}

fn stages(c: &mut Criterion) {
    let renderer = Renderer::new(&Default::default()).expect("the built-in templates load");
    for (name, source, edited) in inputs() {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_function("parse", |b| {
            b.iter(|| policyc::syntax::parse(black_box(&source)).is_ok())
        });
        group.bench_function("check", |b| {
            b.iter(|| {
                policyc::check::check_source(black_box(&source), None)
                    .policy
                    .is_some()
            })
        });
        let policy = model(&source);
        for format in Format::ALL {
            for lang in ["en", "zh-CN"] {
                group.bench_with_input(
                    BenchmarkId::new(format!("render-{}", format.extension()), lang),
                    &lang,
                    |b, lang| {
                        b.iter(|| {
                            renderer
                                .render(black_box(&policy), lang, format)
                                .map(|s| s.len())
                        })
                    },
                );
            }
        }
        group.bench_function("render-all", |b| {
            b.iter(|| renderer.render_all(black_box(&policy)).map(|f| f.len()))
        });
        group.bench_function("model-json", |b| {
            b.iter(|| policyc::model::to_json(black_box(&policy)).len())
        });
        let new = model(&edited);
        group.bench_function("diff", |b| {
            b.iter(|| {
                policyc::diff::diff(black_box(&policy), black_box(&new))
                    .changes
                    .len()
            })
        });
        group.bench_function("diff-json", |b| {
            let d = policyc::diff::diff(&policy, &new);
            b.iter(|| policyc::diff::output::json(black_box(&d)).len())
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
