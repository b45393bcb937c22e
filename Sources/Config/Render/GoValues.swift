/// Numbers and timestamps spelt the way ecspresso's Go round trip prints them.
enum GoValues {
    /// A JSON number as `encoding/json` prints it after decoding into `float64`: integers plainly,
    /// shortest round-trip digits, exponent form below 1e-6 and from 1e21 (`1e-7`, `1e+21`).
    static func number(_ text: String) -> String {
        guard let value = Double(text), value.isFinite else { return text }
        return float64(value)
    }

    /// Go's `encoding/json` float64 text (ES6 number-to-string, with `e-07` cleaned to `e-7`).
    static func float64(_ value: Double) -> String {
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        let (digits, point) = shortestDigits(magnitude)
        if magnitude >= 1e-6, magnitude < 1e21 {
            if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
            if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
            let split = digits.index(digits.startIndex, offsetBy: point)
            return sign + digits[..<split] + "." + digits[split...]
        }
        let exponent = point - 1
        let mantissa = digits.count > 1 ? "\(digits.prefix(1)).\(digits.dropFirst())" : digits
        let exponentText =
            exponent < 0 ? "-\(-exponent)" : (exponent < 10 ? "+0\(exponent)" : "+\(exponent)")
        return sign + mantissa + "e" + exponentText
    }

    /// The shortest round-trip significant digits of a positive finite `value` and the position of the
    /// decimal point relative to them (`0.0012` → ("12", -2); `1500` → ("15", 4)).
    static func shortestDigits(_ value: Double) -> (digits: String, point: Int) {
        let text = "\(value)"
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = String(pieces[0])
        let fraction = pieces.count == 2 ? String(pieces[1]) : ""
        var digits = Substring(integerPart + fraction)
        var point = integerPart.count + exponent
        while digits.first == "0" {
            digits = digits.dropFirst()
            point -= 1
        }
        while digits.last == "0" { digits = digits.dropLast() }
        return (digits.isEmpty ? "0" : String(digits), point)
    }

    /// An RFC 3339 timestamp as Go's `time.Time` marshals it after parsing: fraction without trailing
    /// zeros, `Z` for a zero offset. Nil when `text` is not RFC 3339.
    static func timestamp(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 20, scalars[10] == "T" || scalars[10] == "t" else { return nil }
        let dateTime = String(String.UnicodeScalarView(scalars[0..<19]))
        var index = 19
        var fraction = ""
        if scalars[index] == "." {
            index += 1
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                fraction.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard !fraction.isEmpty else { return nil }
        }
        let zone = String(String.UnicodeScalarView(scalars[index...]))
        let offset: String
        switch zone {
        case "Z", "z", "+00:00", "-00:00": offset = "Z"
        default:
            guard zone.count == 6, zone.first == "+" || zone.first == "-" else { return nil }
            offset = zone
        }
        while fraction.last == "0" { fraction.removeLast() }
        let date = dateTime.prefix(10) + "T" + dateTime.dropFirst(11)
        return date + (fraction.isEmpty ? "" : "." + fraction) + offset
    }
}
