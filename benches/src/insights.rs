//! `dalil-bench insights`: writes generated insights events into a fresh store in process, the
//! way the recorder's writer does (batches of 512 in one transaction), and reports the write
//! rate and the store's size per million events (docs/PERFORMANCE.md).

use std::path::Path;
use std::time::Instant;

use anyhow::Context;

use dalil::insights::{
    now_unix, Backend, Event, FeedbackEvent, OpenEvent, SearchEvent, Source, Store,
};
use dalil::Lang;

/// Events per transaction, as the recorder writes them.
const BATCH: usize = 512;

/// Queries of the generated searches (typical lengths in each language; a counter makes a
/// tenth of them distinct, as real traffic has a long tail).
const QUERIES: [(&str, Lang); 8] = [
    ("how long does a withdrawal take", Lang::En),
    ("withdrawal fee", Lang::En),
    ("كم تستغرق عملية السحب", Lang::Ar),
    ("رسوم السحب", Lang::Ar),
    ("برداشت چقدر طول می کشد", Lang::Fa),
    ("کارمزد برداشت", Lang::Fa),
    ("提现需要多长时间", Lang::Zh),
    ("手续费", Lang::Zh),
];

/// The `i`-th generated event: three searches, then an opened result, with a feedback answer
/// every 50 events.
fn event(i: usize, at: i64) -> Event {
    let id = format!("{i:032x}");
    if i % 50 == 49 {
        return Event::Feedback(FeedbackEvent {
            at,
            lang: "en".into(),
            article: "withdrawals-faq".into(),
            anchor: "how-long-does-a-withdrawal-take".into(),
            helpful: i.is_multiple_of(3),
            comment: (i % 150 == 149).then(|| "it did not say how long".to_string()),
        });
    }
    if i % 4 == 3 {
        return Event::Open(OpenEvent {
            search_id: format!("{:032x}", i - 1),
            at,
            lang: "en".into(),
            article: "withdrawals-faq".into(),
            anchor: "how-long-does-a-withdrawal-take".into(),
            position: 1,
        });
    }
    let (q, lang) = QUERIES[i % QUERIES.len()];
    let query = if i.is_multiple_of(10) {
        format!("{q} {}", i % 1000)
    } else {
        q.to_string()
    };
    Event::Search(SearchEvent {
        id,
        at,
        source: Source::Page,
        lang_asked: Some(lang),
        lang_used: lang.code().to_string(),
        query,
        results: (i % 7) as i64,
        exact: true,
        top: vec![
            format!(
                "{}/withdrawals-faq#how-long-does-a-withdrawal-take",
                lang.code()
            ),
            format!("{}/fees", lang.code()),
            format!("{}/payment-methods", lang.code()),
        ],
        did_you_mean: i.is_multiple_of(9),
        other_lang: false,
        latency_us: 800 + (i % 1000) as i64,
    })
}

/// Writes `events` generated events into the store (which must be new) and prints the rate and
/// the size.
pub fn run(events: usize, database: Option<&str>, scratch: &Path) -> anyhow::Result<()> {
    let backend = Backend::from_option(database, scratch)?;
    if let Backend::Sqlite(path) = &backend {
        anyhow::ensure!(
            !path.exists(),
            "{} exists: give an empty --scratch folder",
            path.display()
        );
    }
    let mut store =
        Store::open(&backend).with_context(|| format!("opening {}", backend.describe()))?;
    let at = now_unix();
    let started = Instant::now();
    let mut batch = Vec::with_capacity(BATCH);
    for i in 0..events {
        batch.push(event(i, at));
        if batch.len() == BATCH || i + 1 == events {
            store.write(&batch)?;
            batch.clear();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let bytes = match &backend {
        Backend::Sqlite(path) => {
            // Closing the last connection checkpoints the write-ahead log into the file.
            drop(store);
            std::fs::metadata(path)?.len()
        }
        Backend::Postgres(_) => {
            let mut total = 0;
            for table in dalil::insights::schema::EVENT_TABLES {
                total += store
                    .rows(&format!("SELECT pg_total_relation_size('{table}')"), &[])?
                    .first()
                    .and_then(|r| r.first())
                    .map_or(0, |v| v.int());
            }
            total as u64
        }
    };
    println!(
        "{events} events into {} in {secs:.1} s ({:.0} events/s); store {:.1} MiB = {:.1} MiB per million events",
        backend.describe(),
        events as f64 / secs.max(1e-9),
        bytes as f64 / 1048576.0,
        bytes as f64 / 1048576.0 * 1e6 / events.max(1) as f64
    );
    Ok(())
}
