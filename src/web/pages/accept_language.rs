//! Choosing a page language from the `Accept-Language` request header (RFC 9110 §12.5.4).

use crate::lang::Lang;

/// The configured language the client prefers most, or English.
///
/// Ranges are taken in order of their `q` weight (ties keep header order); `q=0` means "not
/// this one"; region subtags are ignored (`fa-IR` is Persian, `zh-TW` Chinese); `*` stands for
/// any language not otherwise named. A malformed header is ignored rather than refused.
pub fn preferred_lang(header: Option<&str>) -> Lang {
    preferred_among(header, &Lang::ALL, Lang::En)
}

/// The language among `langs` (a help center's published ones) the client prefers most, or
/// `fallback`; read like [`preferred_lang`].
pub fn preferred_among(header: Option<&str>, langs: &[Lang], fallback: Lang) -> Lang {
    let Some(header) = header else {
        return fallback;
    };
    let offered = |tag: &str| Lang::from_code(tag).filter(|l| langs.contains(l));
    let mut ranges: Vec<(&str, u16, usize)> = header
        .split(',')
        .take(64)
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() {
                return None;
            }
            let q = pieces
                .find_map(|p| {
                    let (k, v) = p.split_once('=')?;
                    k.trim()
                        .eq_ignore_ascii_case("q")
                        .then(|| parse_q(v.trim()))
                })
                .unwrap_or(Some(1000))?;
            Some((tag, q, i))
        })
        .collect();
    ranges.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let refused: Vec<Lang> = ranges
        .iter()
        .filter(|r| r.1 == 0)
        .filter_map(|r| Lang::from_code(r.0))
        .collect();
    for (tag, q, _) in &ranges {
        if *q == 0 {
            break;
        }
        if *tag == "*" {
            if let Some(l) = langs.iter().copied().find(|l| {
                !refused.contains(l) && !ranges.iter().any(|r| Lang::from_code(r.0) == Some(*l))
            }) {
                return l;
            }
            continue;
        }
        if let Some(lang) = offered(tag) {
            return lang;
        }
    }
    fallback
}

/// Parses a weight (`0`, `0.5`, `1.000`) into thousandths; `None` when malformed.
fn parse_q(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = match int {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    if !frac.is_empty() {
        let digits: u16 = frac.parse().ok()?;
        let scaled = digits * 10u16.pow(3 - frac.len() as u32);
        if thousandths == 1000 && scaled != 0 {
            return None;
        }
        thousandths += scaled;
    }
    Some(thousandths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_highest_weight_configured_language() {
        assert_eq!(preferred_lang(None), Lang::En);
        assert_eq!(preferred_lang(Some("")), Lang::En);
        assert_eq!(preferred_lang(Some("ar")), Lang::Ar);
        assert_eq!(preferred_lang(Some("fa-IR,fa;q=0.9,en;q=0.8")), Lang::Fa);
        assert_eq!(preferred_lang(Some("en;q=0.5, zh-CN;q=0.9")), Lang::Zh);
        assert_eq!(preferred_lang(Some("de-DE,de;q=0.9,ar;q=0.3")), Lang::Ar);
        assert_eq!(preferred_lang(Some("de, fr")), Lang::En);
        assert_eq!(preferred_lang(Some("zh-TW")), Lang::Zh);
        assert_eq!(preferred_lang(Some("AR-eg")), Lang::Ar);
    }

    #[test]
    fn ties_keep_header_order_and_q0_refuses() {
        assert_eq!(preferred_lang(Some("fa;q=0.8, ar;q=0.8")), Lang::Fa);
        assert_eq!(preferred_lang(Some("ar;q=0, fa;q=0.1")), Lang::Fa);
        assert_eq!(preferred_lang(Some("ar;q=0")), Lang::En);
    }

    #[test]
    fn wildcard_means_any_other_language() {
        assert_eq!(preferred_lang(Some("de, *;q=0.5")), Lang::En);
        assert_eq!(preferred_lang(Some("en;q=0, *;q=0.5")), Lang::Ar);
        assert_eq!(preferred_lang(Some("*")), Lang::En);
    }

    #[test]
    fn malformed_weights_are_ignored() {
        assert_eq!(preferred_lang(Some("ar;q=2, fa;q=0.5")), Lang::Fa);
        assert_eq!(preferred_lang(Some("ar;q=abc, zh")), Lang::Zh);
        assert_eq!(preferred_lang(Some("ar;q=0.12345, zh;q=0.1")), Lang::Zh);
        assert_eq!(preferred_lang(Some(";;;,,,")), Lang::En);
        assert_eq!(parse_q("0.5"), Some(500));
        assert_eq!(parse_q("1.000"), Some(1000));
        assert_eq!(parse_q("1.5"), None);
        assert_eq!(parse_q("0.05"), Some(50));
    }
}
