//! Brand colours: `#rrggbb` parsing, WCAG contrast ratios, and the shades derived from one
//! brand colour (hover, soft background, text on it) for the light and the dark theme, so that a
//! site file names one colour and every use of it on the pages stays readable in both.
//!
//! The dark theme's brand colour is the light one lightened in OKLab (a perceptual space: the
//! hue stays, the chroma shrinks only as far as sRGB's gamut forces it) until it reaches
//! [`MIN_CONTRAST`] against the dark page and card backgrounds, unless the site names its own.

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
/// The page background of the dark theme (`--bg` under `prefers-color-scheme: dark`), also the
/// text of buttons filled with the dark theme's (light) brand colour.
pub const DARK_BACKGROUND: Rgb = Rgb(0x0f, 0x14, 0x1d);
/// The card surface of the dark theme (`--surface` under `prefers-color-scheme: dark`).
pub const DARK_SURFACE: Rgb = Rgb(0x18, 0x20, 0x30);

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
    /// The dark theme's brand colour when the site names one (`colors.primary_dark`); `None`
    /// derives it from `primary`. Optional in stored indexes, which older versions wrote
    /// without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dark_primary: Option<Rgb>,
}

/// One theme's brand shades, as the stylesheet's variables take them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shades {
    /// `--primary`: links, button backgrounds.
    pub primary: Rgb,
    /// `--primary-strong`: hovered links and buttons.
    pub strong: Rgb,
    /// `--primary-soft`: tinted backgrounds under text in the brand colour.
    pub soft: Rgb,
    /// `--on-primary`: the text of buttons filled with the brand colour.
    pub on_primary: Rgb,
}

impl Shades {
    /// The dark theme's shades around a (light enough) brand colour: hover goes lighter, the
    /// tint is the colour faded into the dark card surface, button text is the dark page colour.
    pub fn dark(primary: Rgb) -> Shades {
        Shades {
            primary,
            strong: primary.mix(WHITE, 0.3),
            soft: primary.mix(DARK_SURFACE, 0.8),
            on_primary: DARK_BACKGROUND,
        }
    }

    /// Every pair the dark theme shows text in, with its ratio.
    fn dark_checks(&self) -> [(&'static str, f64); 5] {
        [
            (
                "the dark page background",
                self.primary.contrast(DARK_BACKGROUND),
            ),
            ("the dark card surface", self.primary.contrast(DARK_SURFACE)),
            ("its own dark tint", self.primary.contrast(self.soft)),
            ("its button text", self.on_primary.contrast(self.primary)),
            (
                "its button text when hovered",
                self.on_primary.contrast(self.strong),
            ),
        ]
    }

    /// The first dark-theme check that fails, with its ratio.
    fn dark_problem(&self) -> Option<(&'static str, f64)> {
        self.dark_checks()
            .into_iter()
            .find(|&(_, ratio)| ratio < MIN_CONTRAST)
    }
}

/// Where a dark-theme brand colour is too dark: the surface it was checked against, the ratio
/// and the darkest lighter shade of it that passes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TooDark {
    /// What the colour was checked against, for the message.
    pub against: &'static str,
    pub ratio: f64,
    /// The colour lightened (in OKLab) until every dark-theme check passes.
    pub suggestion: Rgb,
}

/// Checks a dark-theme brand colour a site names (`colors.primary_dark`).
pub fn check_dark(primary: Rgb) -> Result<Rgb, TooDark> {
    match Shades::dark(primary).dark_problem() {
        None => Ok(primary),
        Some((against, ratio)) => Err(TooDark {
            against,
            ratio,
            suggestion: lighten_until_readable(primary),
        }),
    }
}

/// The colour lightened in OKLab, one hundredth of lightness at a time, until its dark shades
/// pass every check (white always does).
pub fn lighten_until_readable(colour: Rgb) -> Rgb {
    let [l0, a, b] = to_oklab(colour);
    let start = (l0 * 100.0).floor() as i32;
    (start.max(0)..=100)
        .map(|step| in_gamut(f64::from(step) / 100.0, a, b))
        .find(|c| Shades::dark(*c).dark_problem().is_none())
        .unwrap_or(WHITE)
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
            dark_primary: None,
        }
    }

    /// The light theme's shades (white text on buttons).
    pub fn light(&self) -> Shades {
        Shades {
            primary: self.primary,
            strong: self.strong,
            soft: self.soft,
            on_primary: WHITE,
        }
    }

    /// The dark theme's shades: around the site's own dark colour, else around the brand
    /// colour lightened until it is readable on the dark backgrounds.
    pub fn dark(&self) -> Shades {
        Shades::dark(
            self.dark_primary
                .unwrap_or_else(|| lighten_until_readable(self.primary)),
        )
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

/// OKLab coordinates (L from 0 to 1) of an sRGB colour (Björn Ottosson's matrices).
fn to_oklab(c: Rgb) -> [f64; 3] {
    let linear = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (linear(c.0), linear(c.1), linear(c.2));
    let l = (0.412_221_470_8 * r + 0.536_332_536_3 * g + 0.051_445_992_9 * b).cbrt();
    let m = (0.211_903_498_2 * r + 0.680_699_545_1 * g + 0.107_396_956_6 * b).cbrt();
    let s = (0.088_302_461_9 * r + 0.281_718_837_6 * g + 0.629_978_700_5 * b).cbrt();
    [
        0.210_454_255_3 * l + 0.793_617_785_0 * m - 0.004_072_046_8 * s,
        1.977_998_495_1 * l - 2.428_592_205_0 * m + 0.450_593_709_9 * s,
        0.025_904_037_1 * l + 0.782_771_766_2 * m - 0.808_675_766_0 * s,
    ]
}

/// Linear sRGB of OKLab coordinates; outside 0..1 where the colour is outside sRGB's gamut.
fn oklab_to_linear([l, a, b]: [f64; 3]) -> [f64; 3] {
    let l_ = (l + 0.396_337_777_4 * a + 0.215_803_757_3 * b).powi(3);
    let m_ = (l - 0.105_561_345_8 * a - 0.063_854_172_8 * b).powi(3);
    let s_ = (l - 0.089_484_177_5 * a - 1.291_485_548_0 * b).powi(3);
    [
        4.076_741_662_1 * l_ - 3.307_711_591_3 * m_ + 0.230_969_929_2 * s_,
        -1.268_438_004_6 * l_ + 2.609_757_401_1 * m_ - 0.341_319_396_5 * s_,
        -0.004_196_086_3 * l_ - 0.703_418_614_7 * m_ + 1.707_614_701_0 * s_,
    ]
}

/// The colour of lightness `l` and the hue of `(a, b)`, with as much of that chroma as sRGB
/// can show (halving the interval twelve times), so lightening never shifts the hue.
fn in_gamut(l: f64, a: f64, b: f64) -> Rgb {
    let fits = |k: f64| {
        oklab_to_linear([l, a * k, b * k])
            .iter()
            .all(|v| (-1e-6..=1.0 + 1e-6).contains(v))
    };
    let (mut lo, mut hi) = (0.0, 1.0);
    if fits(1.0) {
        lo = 1.0;
    } else {
        for _ in 0..12 {
            let mid = (lo + hi) / 2.0;
            if fits(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }
    let [r, g, b] = oklab_to_linear([l, a * lo, b * lo]);
    let encode = |v: f64| {
        let v = v.clamp(0.0, 1.0);
        let v = if v <= 0.003_130_8 {
            v * 12.92
        } else {
            1.055 * v.powf(1.0 / 2.4) - 0.055
        };
        (v * 255.0).round().clamp(0.0, 255.0) as u8
    };
    Rgb(encode(r), encode(g), encode(b))
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

    /// Every pair a theme shows text in reaches 4.5:1.
    fn assert_readable(shades: Shades, dark: bool, what: &str) {
        let pairs = if dark {
            shades.dark_checks().to_vec()
        } else {
            vec![
                (
                    "white on button",
                    shades.on_primary.contrast(shades.primary),
                ),
                ("white on hover", shades.on_primary.contrast(shades.strong)),
                ("page", shades.primary.contrast(PAGE_BACKGROUND)),
                ("card", shades.primary.contrast(WHITE)),
                ("tint", shades.primary.contrast(shades.soft)),
            ]
        };
        for (against, ratio) in pairs {
            assert!(
                ratio >= MIN_CONTRAST,
                "{what}: {} against {against} is {ratio:.2}:1",
                shades.primary
            );
        }
    }

    #[test]
    fn oklab_round_trips_srgb() {
        for c in [Rgb(0x1f, 0x4e, 0x8c), Rgb(255, 0, 0), Rgb(0, 0, 0), WHITE] {
            let [l, a, b] = to_oklab(c);
            assert_eq!(in_gamut(l, a, b), c);
        }
    }

    #[test]
    fn the_dark_theme_derives_a_readable_brand_colour_from_any_light_one() {
        for (what, hex) in [
            ("the bundled blue", "#1f4e8c"),
            ("too dark: nearly black", "#0a0a12"),
            ("too dark: navy", "#000033"),
            ("saturated red", "#ff0000"),
            ("saturated blue", "#0000ff"),
            ("saturated green", "#00a000"),
            ("too light: pale blue", "#e6f0ff"),
            ("too light: white", "#ffffff"),
            ("mid grey", "#767676"),
        ] {
            let brand = Rgb::parse(hex).expect("hex");
            let palette = Palette {
                dark_primary: None,
                ..Palette::derive(brand)
            };
            let dark = palette.dark();
            assert_readable(dark, true, what);
            if brand != WHITE && brand.luminance() < 0.5 {
                // Lightened, not replaced: the hue survives where there is one.
                let ([_, a0, b0], [_, a1, b1]) = (to_oklab(brand), to_oklab(dark.primary));
                if a0.hypot(b0) > 0.05 {
                    let turn = (b1.atan2(a1) - b0.atan2(a0)).abs();
                    let turn = turn.min(std::f64::consts::TAU - turn);
                    assert!(
                        turn < 0.35,
                        "{what}: hue turned {turn:.2} rad to {}",
                        dark.primary
                    );
                }
            }
        }
        // Every light palette the site file accepts is readable too.
        let light = Palette::of(Rgb(0x1f, 0x4e, 0x8c)).expect("passes");
        assert_readable(light.light(), false, "light");
    }

    #[test]
    fn a_named_dark_colour_is_checked_and_a_too_dark_one_gets_a_lighter_suggestion() {
        assert_eq!(check_dark(Rgb(0x8a, 0xb4, 0xf8)), Ok(Rgb(0x8a, 0xb4, 0xf8)));
        let err = check_dark(Rgb(0x1f, 0x4e, 0x8c)).unwrap_err();
        assert_eq!(err.against, "the dark page background");
        assert!(err.ratio < MIN_CONTRAST);
        assert_eq!(check_dark(err.suggestion), Ok(err.suggestion));
        assert_readable(Shades::dark(err.suggestion), true, "suggestion");
        let palette = Palette {
            dark_primary: Some(Rgb(0x8a, 0xb4, 0xf8)),
            ..Palette::derive(Rgb(0x1f, 0x4e, 0x8c))
        };
        assert_eq!(palette.dark().primary, Rgb(0x8a, 0xb4, 0xf8));
    }
}
