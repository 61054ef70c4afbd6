//! Every language's analyzer on arbitrary text: never a panic, offsets on char boundaries
//! within the text and in order, positions never decreasing.
#![no_main]

use dalil::analysis::{analyze, analyze_exact};
use dalil::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for lang in Lang::ALL {
        for tokens in [analyze(lang, text), analyze_exact(lang, text)] {
            let mut last_position = 0;
            for t in &tokens {
                assert!(
                    t.offset_from <= t.offset_to && t.offset_to <= text.len(),
                    "{t:?}"
                );
                assert!(text.is_char_boundary(t.offset_from), "{t:?}");
                assert!(text.is_char_boundary(t.offset_to), "{t:?}");
                assert!(t.position >= last_position, "{t:?}");
                assert!(!t.text.is_empty(), "{t:?}");
                last_position = t.position;
            }
        }
    }
});
