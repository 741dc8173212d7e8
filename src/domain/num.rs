//! Decimal formatting of figures, by hand: core's float formatting (`{:.1}`, `{}` on `f64`)
//! costs about 5 KB of compressed wasm, more than the rest of the engine's text output.
//! Rounding is half away from zero on the binary value, which differs from `{:.N}` only on
//! exact ties (0.25 → "0.3" here, "0.2" there); every figure in the app goes through here, so
//! the screen, the exports and the tests agree.

/// `x` with `places` decimals (at most 4). Not-a-number and infinities print as "–".
pub fn fixed(x: f64, places: u32) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let places = places.min(4);
    let scale = 10u64.pow(places);
    // Saturates above 1.8e19, far beyond any figure here.
    let scaled = (x.abs() * scale as f64).round() as u64;
    let mut s = String::new();
    if x < 0.0 && scaled != 0 {
        s.push('-');
    }
    s.push_str(&(scaled / scale).to_string());
    if places > 0 {
        let frac = (scaled % scale).to_string();
        s.push('.');
        for _ in frac.len()..places as usize {
            s.push('0');
        }
        s.push_str(&frac);
    }
    s
}

/// `x` with up to `places` decimals, trailing zeros dropped: 1.0 → "1", 1.50 → "1.5".
pub fn short(x: f64, places: u32) -> String {
    let mut s = fixed(x, places);
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_pads_rounds_and_signs() {
        assert_eq!(fixed(0.0, 1), "0.0");
        assert_eq!(fixed(4.46, 1), "4.5");
        assert_eq!(fixed(65.449, 1), "65.4");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(1.005, 0), "1");
        assert_eq!(fixed(99.96, 1), "100.0");
        assert_eq!(fixed(-2.25, 1), "-2.3");
        assert_eq!(fixed(-0.01, 1), "0.0");
        assert_eq!(fixed(1234.5678, 2), "1234.57");
        assert_eq!(fixed(f64::NAN, 1), "–");
    }

    #[test]
    fn short_drops_trailing_zeros() {
        assert_eq!(short(1.0, 2), "1");
        assert_eq!(short(1.5, 2), "1.5");
        assert_eq!(short(0.25, 2), "0.25");
        assert_eq!(short(1.104, 2), "1.1");
        assert_eq!(short(10.0, 0), "10");
    }
}
