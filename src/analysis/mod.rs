//! Per-language analysis (filled in by the analysis work).
