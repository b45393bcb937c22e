/// Parses and prints durations in Go's `time.ParseDuration` syntax (`10m`, `1h30m`, `300s`, `1.5h`).
public enum GoDuration {
    /// The seconds in `text`, or nil when it is not a Go duration.
    public static func seconds(_ text: String) -> Double? {
        let units: [(String, Double)] = [
            ("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600),
        ]
        var rest = Substring(text)
        var sign = 1.0
        if rest.first == "-" || rest.first == "+" {
            sign = rest.first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        if rest == "0" { return 0 }
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            guard let unit = units.sorted(by: { $0.0.count > $1.0.count }).first(where: { rest.hasPrefix($0.0) })
            else { return nil }
            rest = rest.dropFirst(unit.0.count)
            total += value * unit.1
        }
        return sign * total
    }

    /// Go's `Duration.String()` for whole and fractional seconds: `10m0s`, `1h30m0s`, `1.5s`.
    public static func string(seconds: Double) -> String {
        if seconds == 0 { return "0s" }
        var rest = seconds
        var out = ""
        if rest >= 3600 {
            let h = Int(rest / 3600)
            out += "\(h)h"
            rest -= Double(h) * 3600
        }
        if rest >= 60 || !out.isEmpty {
            let m = Int(rest / 60)
            out += "\(m)m"
            rest -= Double(m) * 60
        }
        let secondsText = rest == rest.rounded() ? String(Int(rest)) : String(rest)
        return out + secondsText + "s"
    }
}
