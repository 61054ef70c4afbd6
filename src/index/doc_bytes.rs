//! Reading a stored document's values in place from the doc store's bytes (tantivy's binary
//! document format), without building a `TantivyDocument`: a search result needs a few short
//! fields of a section, and decoding whole documents (an owned value per field, a byte field one
//! byte at a time, then copies of the strings) was a fifth of a fresh search's CPU.
//!
//! The format is tantivy's: the number of values (tantivy's VInt, whose last byte has the high
//! bit set), then per value the field number (u32, little-endian), a type code and the value.
//! Only the types a dalil schema stores are understood (text, u64, bytes); anything else, or
//! bytes that end early, make the reader give up, and the caller decodes the document the
//! ordinary way, so a change of tantivy's format costs speed, never a wrong answer.

use tantivy::directory::OwnedBytes;
use tantivy::schema::Field;
use tantivy::store::StoreReader;
use tantivy::{DocAddress, Searcher};

/// tantivy's type codes (`schema::document::type_codes`, crate-private there).
const TEXT_CODE: u8 = 0;
const U64_CODE: u8 = 1;
const BYTES_CODE: u8 = 4;

/// One stored value, borrowed from the document's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocValue<'a> {
    /// A text value's bytes (UTF-8 as written; checked by whoever reads it as text).
    Text(&'a [u8]),
    U64(u64),
    Bytes(&'a [u8]),
}

/// A stored document's bytes, as the doc store keeps them.
#[derive(Debug, Clone)]
pub struct DocBytes(OwnedBytes);

impl DocBytes {
    /// Every stored value in the order they were written; `None` when the bytes hold anything
    /// this reader does not know.
    pub fn values(&self) -> Option<Vec<(Field, DocValue<'_>)>> {
        parse(self.0.as_slice())
    }
}

/// The doc store readers of one build's segments, for reading documents' bytes.
pub(crate) struct DocStores {
    /// The searcher generation the readers belong to (segment numbers are its).
    generation: u64,
    readers: Vec<StoreReader>,
}

/// Decompressed doc store blocks a build's readers keep in all, shared out by the segments'
/// documents: about 32 MiB of tantivy's 16 KiB blocks. A small help center's whole store fits,
/// so its hits never decompress a block twice; with tantivy's 100 per segment the relevance
/// benchmark's hits kept decompressing blocks again (docs/PERFORMANCE.md).
const CACHED_BLOCKS: usize = 2048;
/// Fewest blocks a segment's reader keeps (tantivy's default).
const MIN_CACHED_BLOCKS: usize = 100;

impl DocStores {
    /// Readers of every segment of `searcher`; `None` if one cannot be opened (documents are
    /// then read the ordinary way).
    pub(crate) fn open(searcher: &Searcher) -> Option<DocStores> {
        let segments = searcher.segment_readers();
        let docs: u64 = segments.iter().map(|s| u64::from(s.max_doc())).sum();
        let readers = segments
            .iter()
            .map(|s| {
                let share = (CACHED_BLOCKS as u64 * u64::from(s.max_doc()))
                    .checked_div(docs)
                    .unwrap_or(0);
                let blocks = usize::try_from(share)
                    .unwrap_or(CACHED_BLOCKS)
                    .max(MIN_CACHED_BLOCKS);
                s.get_store_reader(blocks).ok()
            })
            .collect::<Option<Vec<_>>>()?;
        Some(DocStores {
            generation: searcher.generation().generation_id(),
            readers,
        })
    }

    /// The stored bytes of the document at `addr` of `searcher`; `None` when the searcher is
    /// not the one these readers were opened for, or the store cannot be read.
    pub(crate) fn bytes(&self, searcher: &Searcher, addr: DocAddress) -> Option<DocBytes> {
        if searcher.generation().generation_id() != self.generation {
            return None;
        }
        let reader = self.readers.get(addr.segment_ord as usize)?;
        reader.get_document_bytes(addr.doc_id).ok().map(DocBytes)
    }
}

fn parse(bytes: &[u8]) -> Option<Vec<(Field, DocValue<'_>)>> {
    let mut r = Cursor { bytes, at: 0 };
    let count = usize::try_from(r.vint()?).ok()?;
    // Each value takes at least five bytes: never reserve for more than the bytes can hold.
    let mut values = Vec::with_capacity(count.min(bytes.len() / 5));
    for _ in 0..count {
        let field = Field::from_field_id(u32::from_le_bytes(r.take(4)?.try_into().ok()?));
        let value = match r.take(1)?[0] {
            TEXT_CODE => DocValue::Text(r.sized()?),
            U64_CODE => DocValue::U64(u64::from_le_bytes(r.take(8)?.try_into().ok()?)),
            BYTES_CODE => DocValue::Bytes(r.sized()?),
            _ => return None,
        };
        values.push((field, value));
    }
    Some(values)
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(slice)
    }

    /// tantivy's VInt: seven bits a byte, low bits first, the last byte's high bit set.
    fn vint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            n |= u64::from(b & 0x7f) << shift;
            if b >= 0x80 {
                return Some(n);
            }
        }
        None
    }

    /// A VInt length and that many bytes.
    fn sized(&mut self) -> Option<&'a [u8]> {
        let len = usize::try_from(self.vint()?).ok()?;
        self.take(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{Schema, STORED, STRING};
    use tantivy::{doc, Index, TantivyDocument};

    #[test]
    fn values_read_in_place_are_what_tantivy_stored() {
        let mut b = Schema::builder();
        let text = b.add_text_field("text", STORED);
        let key = b.add_text_field("key", STRING | STORED);
        let number = b.add_u64_field("number", STORED);
        let bytes = b.add_bytes_field("bytes", STORED);
        let index = Index::create_in_ram(b.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let long = "سحب الأموال ".repeat(40);
        let blob: Vec<u8> = (0..=255).collect();
        let mut d: TantivyDocument = doc!(
            text => "first",
            key => "en/fees#limits",
            number => 300_000_000_000u64,
            text => long.as_str(),
        );
        d.add_bytes(bytes, &blob);
        writer.add_document(d).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let stores = DocStores::open(&searcher).expect("opens");
        let stored = stores
            .bytes(&searcher, DocAddress::new(0, 0))
            .expect("reads");
        let values = stored.values().expect("parses");
        assert_eq!(
            values,
            vec![
                (text, DocValue::Text(b"first")),
                (key, DocValue::Text(b"en/fees#limits")),
                (number, DocValue::U64(300_000_000_000)),
                (text, DocValue::Text(long.as_bytes())),
                (bytes, DocValue::Bytes(&blob)),
            ]
        );
        // Cut short anywhere, the bytes are refused rather than misread.
        let whole = stored.0.as_slice();
        for end in 0..whole.len() {
            assert!(parse(&whole[..end]).is_none(), "cut at {end}");
        }
    }
}
