//! "Was this helpful?" answers, appended to a JSON-lines log beside the index folder.
//!
//! Whatever stores answers, [`validated`] decides what may be stored (existing articles and
//! anchors only), the web layer's write rate decides how often, and the store is bounded
//! ([`MAX_LOG_BYTES`]): spam cannot grow it without limit or fill the disk builds need.
//!
//! Durability: each record is one `write` of a whole line followed by `fdatasync`, so a crash
//! loses at most the request in flight; a torn last line (crash mid-write) is skipped with a
//! warning when the log is read, never failing a start.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::index::Catalog;
use crate::lang::Lang;

/// Largest feedback log; answers past it are refused (507) until an operator rotates it.
/// At about 80 bytes an answer, that is some 800,000 answers.
pub const MAX_LOG_BYTES: u64 = 64 * 1024 * 1024;

/// One answer to "Was this helpful?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub lang: String,
    pub id: String,
    /// Section anchor, when the answer was about one section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    pub helpful: bool,
    /// Unix seconds.
    pub at: u64,
}

/// The answer to store for `lang`/`id`, or `None` when there is no such article. An anchor
/// that is not one of the article's sections is not kept (the answer counts for the article).
pub fn validated(
    catalog: &Catalog,
    lang: Lang,
    id: &str,
    anchor: Option<&str>,
    helpful: bool,
    at: u64,
) -> Option<Feedback> {
    let meta = catalog.get(lang, id)?;
    let anchor = anchor
        .filter(|a| meta.headings.iter().any(|(known, _)| known == a))
        .map(str::to_string);
    Some(Feedback {
        lang: lang.code().to_string(),
        id: meta.id.clone(),
        anchor,
        helpful,
        at,
    })
}

/// What a scan of the log found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LogSummary {
    /// Complete records.
    pub records: usize,
    /// Lines that do not parse (torn writes).
    pub skipped: usize,
}

/// The append-only feedback log.
#[derive(Debug)]
pub struct FeedbackLog {
    path: PathBuf,
    max_bytes: u64,
    /// The file and its length (what the bound is checked against).
    file: Mutex<(File, u64)>,
}

impl FeedbackLog {
    /// Opens (creating) the log for appending, refusing appends past `max_bytes`.
    pub fn open(path: &Path, max_bytes: u64) -> std::io::Result<Self> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(path)?;
        // A crash mid-write leaves a line without its newline; end it so the next record starts
        // on a line of its own (the torn line is then skipped by readers).
        let mut len = file.metadata()?.len();
        if len > 0 {
            use std::io::{Read, Seek, SeekFrom};
            let mut last = [0u8; 1];
            file.seek(SeekFrom::Start(len - 1))?;
            file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                tracing::warn!(path = %path.display(), "feedback log ends with a torn line; it will be skipped");
                file.write_all(b"\n")?;
                file.sync_data()?;
                len += 1;
            }
        }
        Ok(FeedbackLog {
            path: path.to_path_buf(),
            max_bytes,
            file: Mutex::new((file, len)),
        })
    }

    /// Where the log lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one record durably; an error of kind `StorageFull` when the log is at its bound.
    pub fn append(&self, record: &Feedback) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(record).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut guard = self
            .file
            .lock()
            .map_err(|_| std::io::Error::other("feedback log lock poisoned"))?;
        let (file, len) = &mut *guard;
        if *len + line.len() as u64 > self.max_bytes {
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                format!(
                    "the feedback log {} reached its limit of {} MiB; move it away to start a new one",
                    self.path.display(),
                    self.max_bytes >> 20
                ),
            ));
        }
        file.write_all(&line)?;
        *len += line.len() as u64;
        file.sync_data()
    }

    /// Counts the records and unreadable lines of a log, reading it line by line (memory does
    /// not grow with the log).
    pub fn scan(path: &Path) -> std::io::Result<LogSummary> {
        let mut summary = LogSummary::default();
        Self::for_each(path, |record| {
            if record.is_some() {
                summary.records += 1;
            } else {
                summary.skipped += 1;
            }
        })?;
        Ok(summary)
    }

    /// Calls `f` with each line's record (`None` for a line that does not parse).
    fn for_each(path: &Path, mut f: impl FnMut(Option<Feedback>)) -> std::io::Result<()> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        let mut reader = BufReader::new(file);
        let mut line = Vec::new();
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 {
                return Ok(());
            }
            let text = line.strip_suffix(b"\n").unwrap_or(&line);
            if !text.is_empty() {
                f(serde_json::from_slice(text).ok());
            }
        }
    }

    /// Reads every complete record; a line that does not parse (a torn write) is skipped and
    /// counted. Holds the whole log in memory: for tools and tests, not for the server's start.
    pub fn read_all(path: &Path) -> std::io::Result<(Vec<Feedback>, usize)> {
        let mut records = Vec::new();
        let mut skipped = 0;
        Self::for_each(path, |record| match record {
            Some(r) => records.push(r),
            None => skipped += 1,
        })?;
        Ok((records, skipped))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_survive_reopen_and_torn_lines_are_skipped() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("feedback.jsonl");
        let rec = Feedback {
            lang: "fa".into(),
            id: "fees-faq".into(),
            anchor: None,
            helpful: true,
            at: 1,
        };
        FeedbackLog::open(&path, MAX_LOG_BYTES)
            .unwrap()
            .append(&rec)
            .unwrap();
        // A crash in the middle of the next write leaves half a line.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"lang\":\"ar\",\"id")
            .unwrap();
        let log = FeedbackLog::open(&path, MAX_LOG_BYTES).unwrap();
        log.append(&Feedback {
            helpful: false,
            ..rec.clone()
        })
        .unwrap();
        let (records, skipped) = FeedbackLog::read_all(&path).unwrap();
        assert_eq!(
            records,
            vec![
                rec.clone(),
                Feedback {
                    helpful: false,
                    ..rec
                }
            ]
        );
        assert_eq!(skipped, 1);
        assert_eq!(
            FeedbackLog::scan(&path).unwrap(),
            LogSummary {
                records: 2,
                skipped: 1
            }
        );
    }

    #[test]
    fn the_log_refuses_answers_past_its_bound() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("feedback.jsonl");
        let rec = Feedback {
            lang: "en".into(),
            id: "fees".into(),
            anchor: None,
            helpful: true,
            at: 1,
        };
        let line = serde_json::to_vec(&rec).unwrap().len() as u64 + 1;
        let log = FeedbackLog::open(&path, 3 * line).unwrap();
        for _ in 0..3 {
            log.append(&rec).unwrap();
        }
        let err = log.append(&rec).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
        assert!(err.to_string().contains("move it away"), "{err}");
        // Reopened, the bound counts what is already there.
        let log = FeedbackLog::open(&path, 3 * line).unwrap();
        assert!(log.append(&rec).is_err());
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 3 * line);
    }
}
