//! A build's checksum stamp: which files its segment checksums last held for.
//!
//! Checking every checksum reads the whole build (1.7 GB at 100,000 articles): half of a
//! server's start-up CPU there, and the start's longest step (docs/PERFORMANCE.md, "Start-up at
//! 100k"). After a full check passes, `verified.json` records each file of the build folder as
//! the file system describes it (size, modification and change times, inode, device). A
//! server's start compares that with the files as they are: when nothing differs, no byte was
//! written to, appended to, truncated from or swapped into the build through the file system
//! since the check, so the check can run after the server answers instead of before. Any
//! difference (a stray write moves the change time, which no program can set back) means the
//! full check before answering, as without a stamp.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// File name of the stamp inside a build folder.
pub(crate) const STAMP: &str = "verified.json";
/// Version of the stamp's layout: another version never holds.
const STAMP_VERSION: u32 = 1;
/// A file changed this shortly before the check began is not stamped: on a file system with
/// coarse change times a write right after the check could leave them as they were.
const SETTLE: Duration = Duration::from_secs(2);

/// One file as the file system describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct FileId {
    len: u64,
    mtime_ns: i128,
    ctime_ns: i128,
    ino: u64,
    dev: u64,
}

impl FileId {
    #[cfg(unix)]
    fn of(meta: &fs::Metadata) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        let ns = |secs: i64, nanos: i64| i128::from(secs) * 1_000_000_000 + i128::from(nanos);
        Some(FileId {
            len: meta.len(),
            mtime_ns: ns(meta.mtime(), meta.mtime_nsec()),
            ctime_ns: ns(meta.ctime(), meta.ctime_nsec()),
            ino: meta.ino(),
            dev: meta.dev(),
        })
    }

    /// Without change times and inodes a stamp would prove nothing: never stamped.
    #[cfg(not(unix))]
    fn of(_meta: &fs::Metadata) -> Option<FileId> {
        None
    }
}

/// Every file of a build folder (locks and the stamp aside), as the file system describes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stamp {
    version: u32,
    files: BTreeMap<String, FileId>,
}

impl Stamp {
    /// The build's files now; `None` when one cannot be described (then nothing is trusted).
    pub(crate) fn of(dir: &Path) -> Option<Stamp> {
        let mut files = BTreeMap::new();
        for entry in fs::read_dir(dir).ok()? {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            if name == STAMP || name.ends_with(".lock") || name.starts_with(STAMP) {
                continue;
            }
            let meta = entry.metadata().ok()?;
            files.insert(name, FileId::of(&meta)?);
        }
        Some(Stamp {
            version: STAMP_VERSION,
            files,
        })
    }

    /// Whether the build's stamp describes its files as they are now.
    pub(crate) fn holds(dir: &Path) -> bool {
        let Ok(bytes) = fs::read(dir.join(STAMP)) else {
            return false;
        };
        let Ok(stamped) = serde_json::from_slice::<Stamp>(&bytes) else {
            return false;
        };
        stamped.version == STAMP_VERSION && Stamp::of(dir).is_some_and(|now| now == stamped)
    }

    /// Records these files (described when a check that then passed began) as the build's
    /// stamp, if they are still as described and none changed just before the check. Best
    /// effort: a build folder the server cannot write to is checked in full at every start.
    pub(crate) fn record(&self, dir: &Path, check_began: SystemTime) {
        let Ok(began) = check_began.duration_since(UNIX_EPOCH) else {
            return;
        };
        let settled = (began.as_nanos() as i128) - SETTLE.as_nanos() as i128;
        if self
            .files
            .values()
            .any(|f| f.ctime_ns > settled || f.mtime_ns > settled)
        {
            tracing::debug!(build = %dir.display(), "a file changed just before the checksum check; not stamped");
            return;
        }
        if Stamp::of(dir).as_ref() != Some(self) {
            tracing::debug!(build = %dir.display(), "the build changed during the checksum check; not stamped");
            return;
        }
        let Ok(json) = serde_json::to_vec(self) else {
            return;
        };
        // A new file renamed over the old stamp: a half-written stamp never holds, and the
        // stamp of another build sharing this one's files by hard links is not touched.
        let tmp = dir.join(format!("{STAMP}.{}.tmp", std::process::id()));
        let written = fs::write(&tmp, json).and_then(|()| fs::rename(&tmp, dir.join(STAMP)));
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            tracing::debug!(build = %dir.display(), error = %e, "cannot record the checksum stamp");
        }
    }

    /// Removes a build's stamp (its checksums failed): the next start checks before answering.
    pub(crate) fn forget(dir: &Path) {
        match fs::remove_file(dir.join(STAMP)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                tracing::warn!(build = %dir.display(), error = %e, "cannot remove the checksum stamp of a damaged build")
            }
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// When a check began well after the test's files were written.
    fn check_began_later() -> SystemTime {
        SystemTime::now() + Duration::from_secs(10)
    }

    #[test]
    fn a_stamp_holds_until_a_file_is_written_replaced_added_or_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::write(dir.join("a.store"), b"0123456789").unwrap();
        fs::write(dir.join("meta.json"), b"{}").unwrap();
        fs::write(dir.join(".tantivy-meta.lock"), b"").unwrap();
        assert!(!Stamp::holds(dir), "no stamp yet");
        let record = || Stamp::of(dir).unwrap().record(dir, check_began_later());
        record();
        assert!(Stamp::holds(dir));
        // Locks come and go while a build is open: they are not part of it.
        fs::write(dir.join(".tantivy-writer.lock"), b"").unwrap();
        assert!(Stamp::holds(dir));

        // The same length written in place (what the damaged-store tests do).
        std::thread::sleep(Duration::from_millis(20));
        fs::write(dir.join("a.store"), b"0123456780").unwrap();
        assert!(!Stamp::holds(dir));
        record();
        assert!(Stamp::holds(dir));

        // Replaced by another file (another inode), even with the same bytes.
        let bytes = fs::read(dir.join("a.store")).unwrap();
        fs::remove_file(dir.join("a.store")).unwrap();
        fs::write(dir.join("a.store"), bytes).unwrap();
        assert!(!Stamp::holds(dir));
        record();

        fs::write(dir.join("b.idx"), b"new").unwrap();
        assert!(!Stamp::holds(dir));
        fs::remove_file(dir.join("b.idx")).unwrap();
        assert!(Stamp::holds(dir));
        fs::remove_file(dir.join("meta.json")).unwrap();
        assert!(!Stamp::holds(dir));
    }

    #[test]
    fn a_stamp_is_not_recorded_for_files_changed_just_before_or_during_the_check() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::write(dir.join("a.store"), b"0123456789").unwrap();
        // The check began now: the file was written less than `SETTLE` before it.
        Stamp::of(dir).unwrap().record(dir, SystemTime::now());
        assert!(!dir.join(STAMP).exists());

        let before = Stamp::of(dir).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        fs::write(dir.join("a.store"), b"changed!!!").unwrap();
        before.record(dir, check_began_later());
        assert!(!Stamp::holds(dir));
    }

    #[test]
    fn a_damaged_or_foreign_stamp_never_holds_and_forgetting_removes_it() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::write(dir.join("a.store"), b"0123456789").unwrap();
        Stamp::of(dir).unwrap().record(dir, check_began_later());
        assert!(Stamp::holds(dir));
        let stamp = fs::read_to_string(dir.join(STAMP)).unwrap();
        fs::write(dir.join(STAMP), &stamp[..stamp.len() / 2]).unwrap();
        assert!(!Stamp::holds(dir));
        fs::write(
            dir.join(STAMP),
            stamp.replace("\"version\":1", "\"version\":99"),
        )
        .unwrap();
        assert!(!Stamp::holds(dir));
        Stamp::forget(dir);
        assert!(!dir.join(STAMP).exists());
        Stamp::forget(dir);
    }
}
