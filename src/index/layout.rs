//! The on-disk layout of an index folder and its atomic switch.
//!
//! ```text
//! index/
//!   README.md        kept in git
//!   .lock            held (flock) by the one `dalil index` that may write
//!   current          name of the live build, replaced by rename(2) only after a build succeeded
//!   builds/<name>/   immutable builds: tantivy files, manifest.json, catalog.bin
//!   builds/tmp-*     a build in progress (or left by a killed one; removed by the next build)
//! ```
//! Readers resolve `current` once and then use that build folder, which is never modified, so a
//! build that fails or is killed at any moment cannot disturb them.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::{IndexError, Result};

const CURRENT: &str = "current";
const BUILDS: &str = "builds";
const LOCK: &str = ".lock";
const TMP_PREFIX: &str = "tmp-";

/// An index folder (`index/` by default).
#[derive(Debug, Clone)]
pub struct IndexDir {
    root: PathBuf,
}

/// Exclusive right to write builds into an index folder; released on drop (or process death).
#[derive(Debug)]
pub struct BuildLock {
    _file: File,
}

impl IndexDir {
    /// Wraps a folder path; nothing is touched until a method needs it.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        IndexDir { root: root.into() }
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where builds live.
    pub fn builds_dir(&self) -> PathBuf {
        self.root.join(BUILDS)
    }

    /// The folder of the live build, if one was ever published and still exists.
    pub fn current_build(&self) -> Result<Option<PathBuf>> {
        let pointer = self.root.join(CURRENT);
        let name = match fs::read_to_string(&pointer) {
            Ok(name) => name,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(IndexError::io("reading", &pointer)(e)),
        };
        let name = name.trim();
        if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(IndexError::Incompatible {
                path: pointer,
                reason: format!("`current` names {name:?}, not a build folder"),
            });
        }
        let dir = self.builds_dir().join(name);
        Ok(dir.is_dir().then_some(dir))
    }

    /// Takes the build lock, calling `on_wait` once if another process holds it and then
    /// waiting for it: two builds never write at once, and neither fails for the other.
    pub fn lock(&self, on_wait: impl FnOnce()) -> Result<BuildLock> {
        fs::create_dir_all(&self.root).map_err(IndexError::io("creating", &self.root))?;
        let path = self.root.join(LOCK);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(IndexError::io("opening", &path))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                on_wait();
                file.lock().map_err(IndexError::io("locking", &path))?;
            }
            Err(TryLockError::Error(e)) => return Err(IndexError::io("locking", &path)(e)),
        }
        Ok(BuildLock { _file: file })
    }

    /// A fresh temporary build folder. Needs the lock: it also sweeps away the leftovers of
    /// builds that were killed, which only the lock holder can know are dead.
    pub fn new_tmp_build(&self, _lock: &BuildLock) -> Result<PathBuf> {
        let builds = self.builds_dir();
        fs::create_dir_all(&builds).map_err(IndexError::io("creating", &builds))?;
        self.remove_tmp_builds()?;
        let name = format!("{TMP_PREFIX}{}", build_name());
        let dir = builds.join(name);
        fs::create_dir(&dir).map_err(IndexError::io("creating", &dir))?;
        Ok(dir)
    }

    fn remove_tmp_builds(&self) -> Result<()> {
        let builds = self.builds_dir();
        let entries = fs::read_dir(&builds).map_err(IndexError::io("reading", &builds))?;
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(TMP_PREFIX) {
                let path = entry.path();
                fs::remove_dir_all(&path).map_err(IndexError::io("removing stale build", &path))?;
            }
        }
        Ok(())
    }

    /// Makes a finished temporary build the live one: rename the folder to its final name,
    /// then replace `current` atomically. Returns the final folder.
    pub fn publish(&self, _lock: &BuildLock, tmp: &Path) -> Result<PathBuf> {
        sync_dir(tmp)?;
        let name = build_name();
        let builds = self.builds_dir();
        let final_dir = builds.join(&name);
        fs::rename(tmp, &final_dir).map_err(IndexError::io("renaming", tmp))?;
        sync_dir(&builds)?;
        let pointer_tmp = self.root.join(format!("{CURRENT}.tmp"));
        {
            let mut f =
                File::create(&pointer_tmp).map_err(IndexError::io("creating", &pointer_tmp))?;
            f.write_all(name.as_bytes())
                .map_err(IndexError::io("writing", &pointer_tmp))?;
            f.sync_all()
                .map_err(IndexError::io("syncing", &pointer_tmp))?;
        }
        let pointer = self.root.join(CURRENT);
        fs::rename(&pointer_tmp, &pointer).map_err(IndexError::io("replacing", &pointer))?;
        sync_dir(&self.root)?;
        Ok(final_dir)
    }

    /// Removes published builds other than the live one and the one before it (a server may
    /// still be reading the previous build; its open files stay valid after removal on Unix).
    pub fn remove_old_builds(
        &self,
        _lock: &BuildLock,
        keep_previous: Option<&Path>,
    ) -> Result<usize> {
        let current = self.current_build()?;
        let builds = self.builds_dir();
        let mut removed = 0;
        let entries = fs::read_dir(&builds).map_err(IndexError::io("reading", &builds))?;
        for entry in entries.flatten() {
            let path = entry.path();
            let keep =
                Some(path.as_path()) == current.as_deref() || Some(path.as_path()) == keep_previous;
            if !keep && path.is_dir() {
                fs::remove_dir_all(&path).map_err(IndexError::io("removing old build", &path))?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}

/// A build name that sorts by time and is unique per process.
fn build_name() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    format!(
        "{}-{:09}-{}",
        now.as_secs(),
        now.subsec_nanos(),
        std::process::id()
    )
}

fn sync_dir(dir: &Path) -> Result<()> {
    // Directory fsync makes the renames durable; some file systems refuse it, which is not an
    // error worth failing a build for.
    if let Ok(f) = File::open(dir) {
        let _ = f.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_switches_current_and_sweeps_leftovers() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = IndexDir::new(tmp.path().join("index"));
        assert!(dir.current_build().unwrap().is_none());
        let lock = dir.lock(|| panic!("nobody else holds the lock")).unwrap();
        let first = dir.new_tmp_build(&lock).unwrap();
        fs::write(first.join("x"), "1").unwrap();
        let first = dir.publish(&lock, &first).unwrap();
        assert_eq!(
            dir.current_build().unwrap().as_deref(),
            Some(first.as_path())
        );

        // A killed build leaves a tmp folder behind; the next build removes it.
        let stale = dir.builds_dir().join("tmp-stale");
        fs::create_dir(&stale).unwrap();
        let second = dir.new_tmp_build(&lock).unwrap();
        assert!(!stale.exists());
        let second = dir.publish(&lock, &second).unwrap();
        assert_eq!(
            dir.current_build().unwrap().as_deref(),
            Some(second.as_path())
        );
        assert_eq!(dir.remove_old_builds(&lock, None).unwrap(), 1);
        assert!(!first.exists() && second.exists());
    }

    #[test]
    fn rejects_a_pointer_outside_builds() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join(CURRENT), "../../etc").unwrap();
        let err = IndexDir::new(tmp.path()).current_build().unwrap_err();
        assert!(err.to_string().contains("not a build folder"), "{err}");
    }
}
