//! Percent-encoding (RFC 3986) of text in links: what a fragment's path and query carry.

/// Percent-encodes everything but unreserved characters, so any query survives e-mail and chat.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes percent escapes; malformed escapes and invalid UTF-8 are kept or replaced, never fatal.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_survives_a_round_trip() {
        for text in ["", "sky & «EHF» 100%", "a+b=c?d#e/f", "æøå 𝔘", "%41"] {
            assert_eq!(decode(&encode(text)), text);
        }
        assert_eq!(encode("1.6 krav"), "1.6%20krav");
    }

    #[test]
    fn garbled_escapes_do_not_panic() {
        for input in ["%", "%2", "%zz", "%E2%82", "%%%", "%ff%fe"] {
            let _ = decode(input);
        }
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("%E2%82"), "\u{FFFD}");
    }
}
