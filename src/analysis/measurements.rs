//! Measurements, not tests (ignored by default): analysis throughput per language and
//! pipeline, and retrieval quality of the analyzers alone on the shared relevance benchmark
//! (tantivy BM25 over one field per language, OR of the query terms, stop words dropped when
//! other terms remain), for every Chinese segmentation mode.
//!
//! ```sh
//! cargo test --release --lib analysis::measurements -- --ignored --nocapture
//! ```
//! The benchmark folder is `$DALIL_BENCH_DIR`, or `../shared/bench/relevance` beside the
//! repository.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::{doc, Index, IndexWriter, TantivyDocument, Term};

use crate::analysis::pipeline::Pipeline;
use crate::analysis::{
    analyzer_name, exact_analyzer, is_stop_word, text_analyzer, warm_up, AnalysisOptions,
    ChineseSegmentation,
};
use crate::lang::Lang;

/// One line of `corpus.jsonl` or `queries.jsonl`.
struct Item {
    id: String,
    lang: Lang,
    text: String,
    relevant: Vec<String>,
}

fn bench_dir() -> PathBuf {
    std::env::var_os("DALIL_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/relevance")
        })
}

fn load(file: &str) -> Vec<Item> {
    let path = bench_dir().join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (set DALIL_BENCH_DIR)", path.display()));
    text.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| {
            let lang = Lang::from_code(v["lang"].as_str()?)?;
            let title = v["title"].as_str().unwrap_or("");
            Some(Item {
                id: v["id"].as_str()?.to_string(),
                lang,
                text: format!("{title}\n{}", v["text"].as_str()?),
                relevant: v["relevant"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|r| Some(r.as_str()?.to_string()))
                            .collect()
                    })
                    .unwrap_or_default(),
            })
        })
        .collect()
}

#[test]
#[ignore = "measurement; run with --ignored --nocapture in release mode"]
fn throughput_and_relevance() {
    let corpus = load("corpus.jsonl");
    let queries = load("queries.jsonl");

    let started = Instant::now();
    warm_up();
    println!(
        "warm_up (jieba dictionary, stop-word sets): {:?}",
        started.elapsed()
    );

    println!("\nthroughput, best of 9 rounds over the corpus paragraphs of each language");
    for lang in Lang::ALL {
        let texts: Vec<&str> = corpus
            .iter()
            .filter(|d| d.lang == lang)
            .map(|d| d.text.as_str())
            .collect();
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        for (name, mut analyzer) in [
            ("full", text_analyzer(lang)),
            ("exact", exact_analyzer(lang)),
        ] {
            let mut best = f64::MAX;
            for _ in 0..9 {
                let round = Instant::now();
                for text in &texts {
                    let mut stream = analyzer.token_stream(text);
                    while stream.advance() {}
                }
                best = best.min(round.elapsed().as_secs_f64());
            }
            println!("  {lang} {name:5}: {:6.1} MB/s", bytes as f64 / best / 1e6);
        }
    }

    // Each mode gets analyzers of its own options.
    for mode in ChineseSegmentation::ALL {
        println!("\nChinese segmentation {mode:?}");
        relevance(&corpus, &queries, mode);
    }
}

fn relevance(corpus: &[Item], queries: &[Item], mode: ChineseSegmentation) {
    let mut schema = Schema::builder();
    let id = schema.add_text_field("id", STRING | STORED);
    let fields: HashMap<Lang, Field> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let options = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzer_name(lang))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            (lang, schema.add_text_field(lang.code(), options))
        })
        .collect();
    let index = Index::create_in_ram(schema.build());
    let options = AnalysisOptions {
        chinese: mode,
        ..AnalysisOptions::default()
    };
    options.register(index.tokenizers());
    let mut pipelines: HashMap<Lang, Pipeline> = Lang::ALL
        .into_iter()
        .map(|lang| (lang, Pipeline::new(lang, true).with_options(options)))
        .collect();
    let mut writer: IndexWriter = index
        .writer_with_num_threads(1, 50_000_000)
        .expect("index writer");
    for d in corpus {
        writer
            .add_document(doc!(id => d.id.as_str(), fields[&d.lang] => d.text.as_str()))
            .expect("add document");
    }
    writer.commit().expect("commit");
    let searcher = index.reader().expect("reader").searcher();

    // (reciprocal rank sum, hits at 1, hits in 10, queries)
    let mut stats: HashMap<Lang, (f64, f64, f64, usize)> = HashMap::new();
    for q in queries {
        let Some(pipeline) = pipelines.get_mut(&q.lang) else {
            continue;
        };
        let terms: Vec<String> = pipeline
            .run(&q.text)
            .iter()
            .map(|t| t.token.text.clone())
            .collect();
        let content: Vec<&String> = terms.iter().filter(|t| !is_stop_word(q.lang, t)).collect();
        let used: Vec<&String> = if content.is_empty() {
            terms.iter().collect()
        } else {
            content
        };
        let clauses: Vec<(Occur, Box<dyn Query>)> = used
            .iter()
            .map(|t| {
                let term = Term::from_field_text(fields[&q.lang], t);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
                (Occur::Should, query)
            })
            .collect();
        let top = searcher
            .search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(10).order_by_score(),
            )
            .expect("search");
        let entry = stats.entry(q.lang).or_default();
        entry.3 += 1;
        for (rank, (_, address)) in top.iter().enumerate() {
            let found: TantivyDocument = searcher.doc(*address).expect("stored document");
            let found_id = found.get_first(id).and_then(|v| v.as_str()).unwrap_or("");
            if q.relevant.iter().any(|r| r == found_id) {
                entry.0 += 1.0 / (rank + 1) as f64;
                entry.1 += f64::from(u8::from(rank == 0));
                entry.2 += 1.0;
                break;
            }
        }
    }
    println!("  lang  queries  MRR@10    R@1   R@10");
    for lang in Lang::ALL {
        let (rr, at1, in10, n) = stats.get(&lang).copied().unwrap_or_default();
        let n_f = n.max(1) as f64;
        println!(
            "  {lang}   {n:8}  {:6.3} {:6.3} {:6.3}",
            rr / n_f,
            at1 / n_f,
            in10 / n_f
        );
    }
}
