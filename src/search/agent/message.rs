//! Cleaning a customer's message before it becomes a query: quoted replies, reply headers and
//! signatures say nothing about the question.

/// The part of a message that is the customer's own words.
pub fn customer_words(text: &str) -> String {
    let mut kept = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if is_signature_start(trimmed) {
            break;
        }
        if trimmed.starts_with('>') || is_reply_header(trimmed) {
            continue;
        }
        kept.push(line);
    }
    let joined = kept.join("\n");
    // A message that is nothing but quotes is still better searched than dropped.
    if joined.trim().is_empty() {
        text.to_string()
    } else {
        joined
    }
}

fn is_signature_start(line: &str) -> bool {
    line == "--"
        || line == "-- "
        || line == "—"
        || line.starts_with("Sent from my")
        || line.starts_with("Get Outlook for")
}

fn is_reply_header(line: &str) -> bool {
    let lower = line.to_lowercase();
    (lower.starts_with("on ") && lower.ends_with("wrote:"))
        || lower.starts_with("from:")
        || lower.starts_with("sent:")
        || lower.starts_with("to:")
        || lower.starts_with("subject:")
        || lower.starts_with("-----original message")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_quotes_headers_and_signature() {
        let msg = "Hi,\nmy withdrawal is pending.\nOn Mon, Support wrote:\n> We received your request\n--\nSara\nSent from my phone";
        assert_eq!(customer_words(msg), "Hi,\nmy withdrawal is pending.");
    }

    #[test]
    fn keeps_all_quotes_when_nothing_else_is_there() {
        assert_eq!(customer_words("> only a quote"), "> only a quote");
    }
}
