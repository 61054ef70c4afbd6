//! Masking of personal data in queries and comments before anything is written: e-mail
//! addresses, IBANs, card numbers (Luhn-checked), phone numbers and long digit runs, with
//! digits in any of the scripts customers type (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹).
//!
//! Masking errs towards hiding: a date typed as `2026-11-20` looks like a phone number and is
//! masked as one. What a support lead needs from a query is its words, not its numbers.

/// What replaces an e-mail address.
pub const EMAIL: &str = "[email]";
/// What replaces an IBAN.
pub const IBAN: &str = "[iban]";
/// What replaces a card number.
pub const CARD: &str = "[card]";
/// What replaces a phone number.
pub const PHONE: &str = "[phone]";
/// What replaces any other run of many digits (account, order and document numbers).
pub const NUMBER: &str = "[number]";

/// Digits in one number at which it is masked even without separators or a `+`.
const LONG_RUN: usize = 6;
/// Digits a phone number has at least (international numbers have at most 15).
const PHONE_MIN: usize = 7;
const PHONE_MAX: usize = 15;

/// The value of a decimal digit in ASCII, Arabic-Indic or Persian (Extended Arabic-Indic).
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

/// Masks every piece of personal data in `text`.
pub fn mask(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = email_at(&chars, i) {
            out.push_str(EMAIL);
            i = end;
        } else if let Some(end) = iban_at(&chars, i) {
            out.push_str(IBAN);
            i = end;
        } else if let Some((end, kind)) = number_at(&chars, i) {
            out.push_str(kind);
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || "._%+-".contains(c)
}

/// The end of an e-mail address starting at `i`, if one does.
fn email_at(chars: &[char], i: usize) -> Option<usize> {
    if !is_local_char(chars[i]) || (i > 0 && is_local_char(chars[i - 1])) {
        return None;
    }
    let at = i + chars[i..].iter().take_while(|&&c| is_local_char(c)).count();
    if !matches!(chars.get(at), Some('@' | '＠')) {
        return None;
    }
    let i = at;
    let mut end = i + 1;
    while end < chars.len()
        && (chars[end].is_alphanumeric() || chars[end] == '-' || chars[end] == '.')
    {
        end += 1;
    }
    // A trailing dot ends the sentence, not the domain.
    while end > i + 1 && chars[end - 1] == '.' {
        end -= 1;
    }
    let domain = &chars[i + 1..end];
    let dot = domain.iter().position(|&c| c == '.')?;
    (dot > 0 && dot + 1 < domain.len()).then_some(end)
}

/// The end of an IBAN starting at `i`: two letters, two check digits, then 11 to 30 letters or
/// digits, in groups separated by single spaces.
fn iban_at(chars: &[char], i: usize) -> Option<usize> {
    if i > 0 && chars[i - 1].is_alphanumeric() {
        return None;
    }
    let letters = chars.get(i..i + 2)?;
    if !letters.iter().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let checks = chars.get(i + 2..i + 4)?;
    if !checks.iter().all(|&c| digit(c).is_some()) {
        return None;
    }
    let mut end = i + 4;
    let mut count = 4;
    // Characters since the last space: printed IBANs come in groups of four.
    let mut group = 4;
    loop {
        match chars.get(end) {
            Some(&c) if c.is_ascii_alphanumeric() || digit(c).is_some() => {
                end += 1;
                count += 1;
                group += 1;
            }
            Some(' ')
                if group == 4
                    && chars
                        .get(end + 1)
                        .is_some_and(|&c| c.is_ascii_alphanumeric() || digit(c).is_some()) =>
            {
                end += 1;
                group = 0;
            }
            _ => break,
        }
        if count > 34 {
            return None;
        }
    }
    // The part after the check digits must hold digits: a word is not an account number.
    let digits = chars[i + 4..end]
        .iter()
        .filter(|&&c| digit(c).is_some())
        .count();
    (count >= 15 && digits >= 6).then_some(end)
}

/// A number starting at `i` (an optional `+`, digits, single separators between digit groups)
/// that must be masked: its end and the placeholder.
fn number_at(chars: &[char], i: usize) -> Option<(usize, &'static str)> {
    let plus = chars[i] == '+';
    // An area code in brackets starts the number with its bracket.
    let first = if plus || chars[i] == '(' { i + 1 } else { i };
    digit(*chars.get(first)?)?;
    // Inside a word or a longer number: not the start of one.
    if i > 0 && (chars[i - 1].is_alphanumeric() || digit(chars[i - 1]).is_some()) {
        return None;
    }
    let mut digits = Vec::new();
    let mut separated = false;
    let mut end = first;
    while end < chars.len() {
        if let Some(d) = digit(chars[end]) {
            digits.push(d);
            end += 1;
        } else if matches!(chars[end], ' ' | '-' | '.' | '(' | ')' | '\u{a0}')
            && chars.get(end + 1).and_then(|&c| digit(c)).is_some()
        {
            separated = true;
            end += 1;
        } else if chars[end] == '(' || chars[end] == ')' {
            end += 1;
        } else {
            break;
        }
    }
    let n = digits.len();
    if (13..=19).contains(&n) && luhn(&digits) {
        return Some((end, CARD));
    }
    if (PHONE_MIN..=PHONE_MAX).contains(&n) && (plus || separated || digits[0] == 0) {
        return Some((end, PHONE));
    }
    if n >= LONG_RUN {
        return Some((end, NUMBER));
    }
    None
}

/// The Luhn checksum of card numbers.
fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(k, &d)| {
            if k % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes ASCII digits in another script.
    fn in_script(text: &str, zero: char) -> String {
        text.chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(zero as u32 + (c as u32 - '0' as u32)).unwrap(),
                _ => c,
            })
            .collect()
    }

    const SCRIPTS: [(&str, char); 3] = [("ascii", '0'), ("arabic-indic", '٠'), ("persian", '۰')];

    fn check_all_scripts(input: &str, expected: &str) {
        for (name, zero) in SCRIPTS {
            let text = in_script(input, zero);
            assert_eq!(mask(&text), expected, "{name}: {text}");
        }
    }

    #[test]
    fn emails_are_masked_in_every_script() {
        assert_eq!(
            mask("my mail is sam.lee+x@example.co.uk."),
            "my mail is [email]."
        );
        assert_eq!(mask("ایمیلم ali@mail.ir است"), "ایمیلم [email] است");
        assert_eq!(mask("بريدي محمد@مثال.شبكة"), "بريدي [email]");
        assert_eq!(
            mask("我的邮箱 wang@qq.com 收不到"),
            "我的邮箱 [email] 收不到"
        );
        check_all_scripts("id 12345@mail.com", "id [email]");
        // Not an address: no domain with a dot.
        assert_eq!(mask("@support or a@b"), "@support or a@b");
    }

    #[test]
    fn card_numbers_pass_luhn_in_every_script() {
        check_all_scripts("card 4111 1111 1111 1111 declined", "card [card] declined");
        check_all_scripts("card 4111-1111-1111-1111", "card [card]");
        check_all_scripts("5500005555555559", "[card]");
        // Fails Luhn: still a long digit run, masked as a number, never shown.
        check_all_scripts("4111111111111112", "[number]");
    }

    #[test]
    fn phone_numbers_are_masked_in_every_script() {
        check_all_scripts("call +44 20 7946 0958 please", "call [phone] please");
        check_all_scripts("رقمي 0912 345 6789", "رقمي [phone]");
        check_all_scripts("tel (021) 555-0199", "tel [phone]");
        check_all_scripts("09123456789", "[phone]");
    }

    #[test]
    fn ibans_are_masked_in_every_script() {
        check_all_scripts("IBAN GB82 WEST 1234 5698 7654 32 ok", "IBAN [iban] ok");
        check_all_scripts("شبا IR820540102680020817909002", "شبا [iban]");
        check_all_scripts("de89370400440532013000", "[iban]");
    }

    #[test]
    fn long_digit_runs_are_masked_in_every_script() {
        check_all_scripts("order 123456 missing", "order [number] missing");
        check_all_scripts("سفارش 98765432", "سفارش [number]");
        check_all_scripts("订单 7654321", "订单 [number]");
    }

    #[test]
    fn ordinary_queries_are_kept() {
        for q in [
            "withdrawal fee 2fa",
            "withdraw 500 USDT",
            "کارمزد برداشت ۵۰ دلار",
            "رسوم السحب ١٠٠",
            "提领要几天 3天",
            "top 10,000 limit",
            "a-b 1.5%",
            "AB12 is a code",
        ] {
            assert_eq!(mask(q), q);
        }
    }
}
