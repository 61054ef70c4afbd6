//! A cheap fingerprint of a content folder (names, sizes and modification times of its files),
//! to tell whether an index is older than its content without reading any file.

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::time::UNIX_EPOCH;

/// Fingerprint of a content folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(u64);

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// Depth bound of the walk: content is `<lang>/<id>.md` (plus a few config files), so anything
/// deeper is not content, and the bound also ends symlink loops.
const MAX_DEPTH: usize = 4;

impl Fingerprint {
    /// Fingerprints every regular file below `dir`. Unreadable entries count by name only, so
    /// they still change the fingerprint when they appear or vanish.
    pub fn of_dir(dir: &Path) -> Fingerprint {
        let mut h = DefaultHasher::new();
        hash_dir(dir, 0, &mut h);
        Fingerprint(h.finish())
    }
}

/// Hashes a folder's entries in name order: a file as its name, size and time, a folder as its
/// name and its own entries between markers. Hashing as the walk goes, folder by folder, costs
/// one name per entry; collecting and sorting every file's path first was a third of the walk
/// (allocating, comparing path components, freeing) at 100,000 files.
fn hash_dir(dir: &Path, depth: usize, h: &mut DefaultHasher) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(read) = fs::read_dir(dir) else { return };
    let mut entries: Vec<(OsString, fs::DirEntry)> =
        read.flatten().map(|e| (e.file_name(), e)).collect();
    entries.sort_unstable_by(|(a, _), (b, _)| a.cmp(b));
    for (name, entry) in entries {
        name.hash(h);
        // The entry's own metadata is a stat relative to the open folder (no path walk);
        // only links need the path, to be followed.
        let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
        let meta = if is_link {
            fs::metadata(entry.path())
        } else {
            entry.metadata()
        };
        match meta {
            Ok(m) if m.is_dir() => {
                DIR_START.hash(h);
                hash_dir(&entry.path(), depth + 1, h);
                DIR_END.hash(h);
            }
            Ok(m) => {
                let mtime = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                (m.len(), mtime).hash(h);
            }
            Err(_) => (0u64, 0u128).hash(h),
        }
    }
}

/// Markers around a folder's entries, so that `a/b` and a file `a` followed by `b` differ.
const DIR_START: u8 = 1;
const DIR_END: u8 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_when_a_file_changes_appears_or_vanishes() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir(tmp.path().join("en")).unwrap();
        fs::write(tmp.path().join("en/a.md"), "one").unwrap();
        let a = Fingerprint::of_dir(tmp.path());
        assert_eq!(a, Fingerprint::of_dir(tmp.path()));
        fs::write(tmp.path().join("en/a.md"), "one more").unwrap();
        let b = Fingerprint::of_dir(tmp.path());
        assert_ne!(a, b);
        fs::write(tmp.path().join("en/b.md"), "x").unwrap();
        let c = Fingerprint::of_dir(tmp.path());
        assert_ne!(b, c);
        fs::remove_file(tmp.path().join("en/b.md")).unwrap();
        assert_eq!(b, Fingerprint::of_dir(tmp.path()));
        // The same file in another folder is another content.
        fs::create_dir(tmp.path().join("fa")).unwrap();
        fs::rename(tmp.path().join("en/a.md"), tmp.path().join("fa/a.md")).unwrap();
        assert_ne!(b, Fingerprint::of_dir(tmp.path()));
    }
}
