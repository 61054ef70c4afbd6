//! The "Was this helpful?" log of earlier versions (one JSON answer a line), read a chunk at a
//! time so that importing it into the store once never holds the whole log in memory (a log
//! left by spam can be far larger than the server's working set).

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Take};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::insights::event::{Event, FeedbackEvent};

/// Answers per chunk handed to the store.
pub const IMPORT_CHUNK: usize = 512;

/// One line of the log, as earlier versions wrote it.
#[derive(Debug, Deserialize)]
struct LoggedAnswer {
    lang: String,
    id: String,
    #[serde(default)]
    anchor: Option<String>,
    helpful: bool,
    at: u64,
}

/// A feedback log to import once, under a name the store remembers.
#[derive(Debug, Clone)]
pub struct FeedbackImport {
    /// Name of the import in the store (imported once per name).
    pub name: String,
    /// The log file; a missing one imports nothing.
    pub path: PathBuf,
    /// How many bytes of the log to import: its length when recording started. Answers
    /// appended after that are recorded as events as they come, and importing them too would
    /// count them twice (the writer may reach the store only after the first answers came).
    pub upto: u64,
}

impl FeedbackImport {
    /// The import of the log at `path` as it is now.
    pub fn of_log(name: &str, path: &Path) -> FeedbackImport {
        FeedbackImport {
            name: name.to_string(),
            path: path.to_path_buf(),
            upto: std::fs::metadata(path).map_or(0, |m| m.len()),
        }
    }
}

/// Reads the first bytes of the log at `path` in chunks of [`IMPORT_CHUNK`] feedback events;
/// lines that do not parse (torn writes, or a line cut by the byte limit) are skipped. A
/// missing file yields nothing.
pub struct LogChunks {
    lines: Option<std::io::Lines<BufReader<Take<File>>>>,
}

impl LogChunks {
    /// Opens the log to read its first `upto` bytes (nothing to read when it does not exist).
    pub fn open(path: &Path, upto: u64) -> std::io::Result<LogChunks> {
        match File::open(path) {
            Ok(f) => Ok(LogChunks {
                lines: Some(BufReader::new(f.take(upto)).lines()),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(LogChunks { lines: None }),
            Err(e) => Err(e),
        }
    }

    /// The next chunk, or `None` at the end (a read error ends the log there).
    pub fn next_chunk(&mut self) -> Option<Vec<Event>> {
        let lines = self.lines.as_mut()?;
        let mut chunk = Vec::new();
        for line in lines.by_ref() {
            let Ok(line) = line else { break };
            let Ok(a) = serde_json::from_str::<LoggedAnswer>(&line) else {
                continue;
            };
            chunk.push(Event::Feedback(FeedbackEvent {
                at: i64::try_from(a.at).unwrap_or(i64::MAX),
                lang: a.lang,
                article: a.id,
                anchor: a.anchor.unwrap_or_default(),
                helpful: a.helpful,
                comment: None,
            }));
            if chunk.len() == IMPORT_CHUNK {
                return Some(chunk);
            }
        }
        self.lines = None;
        (!chunk.is_empty()).then_some(chunk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::io::Write;

    #[test]
    fn chunks_skip_torn_lines_and_end() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feedback.jsonl");
        let mut text = String::new();
        for i in 0..(IMPORT_CHUNK + 3) {
            text.push_str(&format!(
                "{{\"lang\":\"en\",\"id\":\"a\",\"helpful\":true,\"at\":{i}}}\n"
            ));
        }
        text.push_str("{\"lang\":\"en\",\"id\":\"torn");
        std::fs::write(&path, text).unwrap();
        let import = FeedbackImport::of_log("feedback.jsonl", &path);
        // Answers appended once recording started are not imported.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"\n{\"lang\":\"en\",\"id\":\"late\",\"helpful\":true,\"at\":9}\n")
            .unwrap();
        let mut chunks = LogChunks::open(&path, import.upto).unwrap();
        assert_eq!(chunks.next_chunk().map(|c| c.len()), Some(IMPORT_CHUNK));
        assert_eq!(chunks.next_chunk().map(|c| c.len()), Some(3));
        assert!(chunks.next_chunk().is_none());
        let mut all = LogChunks::open(&path, u64::MAX).unwrap();
        assert_eq!(all.next_chunk().map(|c| c.len()), Some(IMPORT_CHUNK));
        assert_eq!(all.next_chunk().map(|c| c.len()), Some(4));
        let mut missing = LogChunks::open(&dir.path().join("none.jsonl"), u64::MAX).unwrap();
        assert!(missing.next_chunk().is_none());
    }
}
