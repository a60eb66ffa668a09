//! Inputs: files, directories (searched recursively for .txt and .md, in path order) and
//! standard input (`-`). Bytes are checked as UTF-8 here, once, with the offset of the
//! first bad byte in the error.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// One article as read: its display path and its text, untouched.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub path: String,
    pub text: String,
}

/// Expands the command-line paths into files, directories walked in sorted order.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    expand_with(paths, &|_| false)
}

/// [`expand`], leaving out what `skip` says (the configuration's `ignore:` globs) among the
/// files and directories found by walking; a path named on the command line is always read.
/// A directory whose files are all skipped is no error.
pub fn expand_with(paths: &[PathBuf], skip: &dyn Fn(&Path) -> bool) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(path.clone());
        } else if path.is_dir() {
            let before = out.len();
            let mut skipped = false;
            let skip_counting = |p: &Path| {
                let s = skip(p);
                skipped |= s;
                s
            };
            out.extend(files_under(path, &["txt", "md"], skip_counting)?);
            if out.len() == before && !skipped {
                return Err(Error::EmptyDirectory { path: path.clone() });
            }
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// The files under directory `dir` whose extension is one of `extensions`, recursively and in
/// path order, leaving out the entries `skip` rejects (and what lies under them).
pub fn files_under(
    dir: &Path,
    extensions: &[&str],
    mut skip: impl FnMut(&Path) -> bool,
) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    let walk = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !skip(e.path()));
    for entry in walk {
        let entry = entry.map_err(|e| Error::Io {
            path: e
                .path()
                .map_or_else(|| dir.to_path_buf(), Path::to_path_buf),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("directory loop")),
        })?;
        let wanted = entry
            .path()
            .extension()
            .is_some_and(|x| extensions.iter().any(|e| x == *e));
        if entry.file_type().is_file() && wanted {
            out.push(entry.into_path());
        }
    }
    Ok(out)
}

/// Reads one input: a file, or standard input for `-`.
pub fn read(path: &Path) -> Result<SourceText, Error> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|source| Error::Io {
                path: path.to_path_buf(),
                source,
            })?;
        buf
    } else {
        std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?
    };
    decode(path, bytes)
}

pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<SourceText, Error> {
    let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    Ok(SourceText {
        path: path.display().to_string(),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = decode(Path::new("a.txt"), b"abc\xffdef".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt: invalid UTF-8 at byte 3: claimcheck reads UTF-8 text only; re-save the file as UTF-8"
        );
    }
}
