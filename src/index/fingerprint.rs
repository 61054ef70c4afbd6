//! A cheap fingerprint of a content folder (names, sizes and modification times of its files),
//! to tell whether an index is older than its content without reading any file.

use std::fmt;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
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
        let mut entries: Vec<(PathBuf, u64, u128)> = Vec::new();
        walk(dir, dir, 0, &mut entries);
        entries.sort();
        let mut h = DefaultHasher::new();
        entries.hash(&mut h);
        Fingerprint(h.finish())
    }
}

fn walk(root: &Path, dir: &Path, depth: usize, out: &mut Vec<(PathBuf, u64, u128)>) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(read) = fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        // The entry's own metadata is a stat relative to the open folder (no path walk);
        // only links need the path, to be followed.
        let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
        let meta = if is_link {
            fs::metadata(&path)
        } else {
            entry.metadata()
        };
        match meta {
            Ok(m) if m.is_dir() => walk(root, &path, depth + 1, out),
            Ok(m) => {
                let mtime = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                out.push((rel, m.len(), mtime));
            }
            Err(_) => out.push((rel, 0, 0)),
        }
    }
}

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
    }
}
