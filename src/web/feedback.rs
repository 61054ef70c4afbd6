//! "Was this helpful?" answers, appended to a JSON-lines log beside the index.
//!
//! Durability: each record is one `write` of a whole line followed by `fdatasync`, so a crash
//! loses at most the request in flight; a torn last line (crash mid-write) is skipped with a
//! warning when the log is read, never failing a start.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

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

/// The append-only feedback log.
#[derive(Debug)]
pub struct FeedbackLog {
    path: PathBuf,
    file: Mutex<File>,
}

impl FeedbackLog {
    /// Opens (creating) the log for appending.
    pub fn open(path: &Path) -> std::io::Result<Self> {
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
        let len = file.metadata()?.len();
        if len > 0 {
            use std::io::{Read, Seek, SeekFrom};
            let mut last = [0u8; 1];
            file.seek(SeekFrom::Start(len - 1))?;
            file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                tracing::warn!(path = %path.display(), "feedback log ends with a torn line; it will be skipped");
                file.write_all(b"\n")?;
                file.sync_data()?;
            }
        }
        Ok(FeedbackLog {
            path: path.to_path_buf(),
            file: Mutex::new(file),
        })
    }

    /// Where the log lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one record durably.
    pub fn append(&self, record: &Feedback) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(record).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut file = self
            .file
            .lock()
            .map_err(|_| std::io::Error::other("feedback log lock poisoned"))?;
        file.write_all(&line)?;
        file.sync_data()
    }

    /// Reads every complete record; a line that does not parse (a torn write) is skipped and
    /// counted.
    pub fn read_all(path: &Path) -> std::io::Result<(Vec<Feedback>, usize)> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
            Err(e) => return Err(e),
        };
        let mut records = Vec::new();
        let mut skipped = 0;
        for line in BufReader::new(file).split(b'\n') {
            let line = line?;
            if line.is_empty() {
                continue;
            }
            match serde_json::from_slice(&line) {
                Ok(r) => records.push(r),
                Err(_) => skipped += 1,
            }
        }
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
        FeedbackLog::open(&path).unwrap().append(&rec).unwrap();
        // A crash in the middle of the next write leaves half a line.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"lang\":\"ar\",\"id")
            .unwrap();
        let log = FeedbackLog::open(&path).unwrap();
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
    }
}
