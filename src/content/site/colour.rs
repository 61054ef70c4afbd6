//! Brand colours: `#rrggbb` parsing, WCAG contrast ratios, and the shades derived from one
//! brand colour (hover, soft background), so that a site file names one colour and every use of
//! it on the pages stays readable.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Contrast WCAG 2.1 AA asks of normal-size text.
pub const MIN_CONTRAST: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The page background and card surface of the light theme (`--bg`, `--surface` in app.css),
/// the text on buttons (white): what the brand colour is shown on or under.
pub const PAGE_BACKGROUND: Rgb = Rgb(0xf5, 0xf7, 0xfb);
/// White: the card surface and the text of buttons filled with the brand colour.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

impl Rgb {
    /// Parses `#rrggbb` or `#rgb` (case-insensitive).
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
            }
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            _ => None,
        }
    }

    /// Relative luminance (WCAG 2.1).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Contrast ratio between two colours, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// This colour mixed with `other`, `t` of the way towards it (0 to 1).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| {
            let v = f64::from(a) + (f64::from(b) - f64::from(a)) * t;
            v.round().clamp(0.0, 255.0) as u8
        };
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The brand colour and the shades the pages derive from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Palette {
    /// Links, buttons, the focus of cards (`--primary`).
    pub primary: Rgb,
    /// Hovered buttons and links (`--primary-strong`).
    pub strong: Rgb,
    /// Tinted backgrounds under text in the brand colour (`--primary-soft`).
    pub soft: Rgb,
}

/// Where the brand colour is too light: the surface it was checked against and the ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TooLight {
    /// What the colour was checked against, for the message.
    pub against: &'static str,
    pub ratio: f64,
    /// The lightest darker shade of the colour that passes every check.
    pub suggestion: Rgb,
}

impl Palette {
    /// The palette of a brand colour, when text in it (links on the page background and on its
    /// soft tint) and white text on it (buttons) all reach [`MIN_CONTRAST`].
    pub fn of(primary: Rgb) -> Result<Palette, TooLight> {
        let palette = Palette::derive(primary);
        match palette.worst() {
            None => Ok(palette),
            Some((against, ratio)) => Err(TooLight {
                against,
                ratio,
                suggestion: lightest_passing_shade(primary),
            }),
        }
    }

    fn derive(primary: Rgb) -> Palette {
        Palette {
            primary,
            strong: primary.mix(Rgb(0, 0, 0), 0.28),
            soft: primary.mix(WHITE, 0.88),
        }
    }

    /// The first check that fails, with its ratio.
    fn worst(&self) -> Option<(&'static str, f64)> {
        [
            ("white button text", self.primary.contrast(WHITE)),
            (
                "the page background",
                self.primary.contrast(PAGE_BACKGROUND),
            ),
            ("its own light tint", self.primary.contrast(self.soft)),
        ]
        .into_iter()
        .find(|&(_, ratio)| ratio < MIN_CONTRAST)
    }
}

/// The colour darkened step by step until its palette passes (black always does).
fn lightest_passing_shade(colour: Rgb) -> Rgb {
    (1..=20)
        .map(|step| colour.mix(Rgb(0, 0, 0), f64::from(step) * 0.05))
        .find(|c| Palette::derive(*c).worst().is_none())
        .unwrap_or(Rgb(0, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hex_colours() {
        assert_eq!(Rgb::parse("#1f4e8c"), Some(Rgb(0x1f, 0x4e, 0x8c)));
        assert_eq!(Rgb::parse("#FFF"), Some(WHITE));
        for bad in ["1f4e8c", "#1f4e8", "#ggg", "blue", "#1f4e8c00", "#é12"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0x1f, 0x4e, 0x8c).to_string(), "#1f4e8c");
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((Rgb(0, 0, 0).contrast(WHITE) - 21.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1 grey.
        assert!((Rgb(0x76, 0x76, 0x76).contrast(WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn a_dark_brand_colour_passes_and_a_light_one_gets_a_darker_suggestion() {
        assert!(Palette::of(Rgb(0x1f, 0x4e, 0x8c)).is_ok());
        let err = Palette::of(Rgb(0x66, 0xaa, 0xff)).unwrap_err();
        assert!(err.ratio < MIN_CONTRAST);
        assert!(Palette::of(err.suggestion).is_ok(), "{}", err.suggestion);
    }
}
