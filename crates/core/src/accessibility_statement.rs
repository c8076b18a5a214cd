//! What the deploying agency tells the app about accessibility, read from `<meta>` tags in the
//! host page: the address of its tilgjengelighetserklæring and where users report problems.

/// `<meta name="rundskriv-tilgjengelighetserklaering" content="https://uustatus.no/…">`
pub const STATEMENT_META: &str = "rundskriv-tilgjengelighetserklaering";
/// `<meta name="rundskriv-kontakt" content="mailto:…">` or a web address (a contact form).
pub const CONTACT_META: &str = "rundskriv-kontakt";

fn has_scheme<'a>(value: &'a str, schemes: &[&str]) -> Option<&'a str> {
    let value = value.trim();
    let (scheme, rest) = value.split_once(':')?;
    let known = schemes.iter().any(|s| scheme.eq_ignore_ascii_case(s));
    // A tag is edited by hand: anything but a plain web or e-mail address (a `javascript:` URL,
    // a typo) is left out rather than turned into a link that runs code or leads nowhere.
    (known && rest.len() > 2 && !value.chars().any(|c| c.is_whitespace() || c.is_control())).then_some(value)
}

/// The statement's address, if `value` is a web address.
pub fn statement_address(value: &str) -> Option<&str> {
    has_scheme(value, &["https", "http"])
}

/// Where to report problems, if `value` is a web or e-mail address.
pub fn contact_address(value: &str) -> Option<&str> {
    has_scheme(value, &["https", "http", "mailto"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_and_mail_addresses_are_used_as_given() {
        let uustatus = "https://uustatus.no/nb/erklaringer/publisert/0000-1111";
        assert_eq!(statement_address(uustatus), Some(uustatus));
        assert_eq!(statement_address(&format!("  {uustatus}\n")), Some(uustatus));
        assert_eq!(
            contact_address("mailto:postmottak@example.no"),
            Some("mailto:postmottak@example.no")
        );
        assert_eq!(
            contact_address("HTTPS://example.no/kontakt"),
            Some("HTTPS://example.no/kontakt")
        );
    }

    #[test]
    fn anything_else_is_not_linked() {
        for bad in [
            "",
            "uustatus.no/erklaring",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,hei",
            "https:",
            "https://exa mple.no",
            "mailto:",
        ] {
            assert_eq!(contact_address(bad), None, "{bad}");
        }
        assert_eq!(
            statement_address("mailto:post@example.no"),
            None,
            "a statement is a web page"
        );
    }
}
