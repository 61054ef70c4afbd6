//! A file's bytes -> its text: the encoding checks (UTF-16, NUL bytes, UTF-8), the byte order
//! mark and line ends, and byte offsets -> 1-based line numbers for messages.

use std::borrow::Cow;

use super::error::ContentErrorKind;

/// The file's text without a UTF-8 byte order mark and with every line end turned into `\n`
/// (so a line number counted in the text is the line number in the file).
///
/// On failure, returns the 1-based line of the problem (when it has one) and what it is.
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, (Option<usize>, ContentErrorKind)> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err((None, ContentErrorKind::Utf16));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err((Some(line_at(bytes, pos)), ContentErrorKind::NulByte));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let bad = e.valid_up_to();
            let line_start = bytes[..bad]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            // The bytes before `bad` are valid UTF-8, so this never falls back.
            let column = std::str::from_utf8(&bytes[line_start..bad])
                .map_or(bad - line_start, |s| s.chars().count())
                + 1;
            let byte = bytes.get(bad).copied().unwrap_or(0);
            return Err((
                Some(line_at(bytes, bad)),
                ContentErrorKind::InvalidUtf8 { byte, column },
            ));
        }
    };
    if !text.contains('\r') {
        return Ok(Cow::Borrowed(text));
    }
    // CRLF and lone CR (old Mac files) both end a line, as in CommonMark.
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('\r') {
        out.push_str(&rest[..pos]);
        out.push('\n');
        rest = &rest[pos + 1..];
        if let Some(after) = rest.strip_prefix('\n') {
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

/// 1-based line of byte `offset` in `bytes`.
pub(crate) fn line_at(bytes: &[u8], offset: usize) -> usize {
    let end = offset.min(bytes.len());
    bytes[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Turns increasing byte offsets of one text into line numbers without rescanning the text.
pub(crate) struct LineCounter<'a> {
    text: &'a [u8],
    first_line: usize,
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    /// Counts lines of `text`, whose first line is line `first_line` of the file.
    pub(crate) fn new(text: &'a str, first_line: usize) -> Self {
        LineCounter {
            text: text.as_bytes(),
            first_line,
            offset: 0,
            line: first_line,
        }
    }

    /// The file line of byte `offset`; offsets must not decrease between calls (a smaller one
    /// is counted from the start again).
    pub(crate) fn line_of(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            self.offset = 0;
            self.line = self.first_line;
        }
        self.line += self.text[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.offset = offset;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_normalises_line_ends() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb\rc\n").unwrap(), "a\nb\nc\n");
        assert!(matches!(decode(b"plain\n").unwrap(), Cow::Borrowed(_)));
    }

    #[test]
    fn utf16_is_refused_with_its_own_message() {
        let bytes = b"\xFF\xFE-\x00-\x00-\x00";
        assert_eq!(decode(bytes).unwrap_err(), (None, ContentErrorKind::Utf16));
    }

    #[test]
    fn nul_byte_reports_its_line() {
        assert_eq!(
            decode(b"a\nb\n\0").unwrap_err(),
            (Some(3), ContentErrorKind::NulByte)
        );
    }

    #[test]
    fn invalid_utf8_reports_line_and_column_of_first_bad_byte() {
        // "é" in Latin-1 on line 2, after two Arabic letters.
        let bytes = "x\nسل".bytes().chain([0xE9, b'\n']).collect::<Vec<u8>>();
        assert_eq!(
            decode(&bytes).unwrap_err(),
            (
                Some(2),
                ContentErrorKind::InvalidUtf8 {
                    byte: 0xE9,
                    column: 3
                }
            )
        );
    }

    #[test]
    fn line_counter_counts_forward_and_restarts() {
        let text = "a\nb\nc\nd";
        let mut lines = LineCounter::new(text, 5);
        assert_eq!(lines.line_of(0), 5);
        assert_eq!(lines.line_of(2), 6);
        assert_eq!(lines.line_of(6), 8);
        assert_eq!(lines.line_of(3), 6);
        assert_eq!(lines.line_of(100), 8);
    }
}
