/// Validates EventBridge rule schedule expressions as ecschedule does at load (`cronValidate`, built
/// on winebarrel/cronplan), plus a real `rate()` check that ecschedule skips.
public enum ScheduleExpression {
    /// Why `expression` is not a valid rule schedule expression, or nil when it is.
    ///
    /// - `cron(…)`: exactly six space-separated fields (minutes hours day-of-month month day-of-week
    ///   year), EventBridge ranges, `L`/`W`/`#`, years 1970–2199, and `?` in exactly one day field.
    /// - `rate(N unit)`: N a positive integer; unit `minute`/`hour`/`day` when N is 1, plural otherwise.
    public static func problem(in expression: String) -> String? {
        if expression.hasPrefix("rate("), expression.hasSuffix(")") {
            return rateProblem(String(expression.dropFirst(5).dropLast()), expression: expression)
        }
        guard expression.hasPrefix("cron("), expression.hasSuffix(")"), expression.count >= 6 else {
            return "invalid expression: \(goQuote(expression))"
        }
        let body = String(expression.dropFirst(5).dropLast())
        if body.first?.isWhitespace == true || body.last?.isWhitespace == true {
            return "trailing or leading spaces are not allowed inside parentheses: \(goQuote(expression))"
        }
        return CronFields.problem(in: body)
    }

    static func rateProblem(_ body: String, expression: String) -> String? {
        let parts = body.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, let value = Int(parts[0]), parts[0].allSatisfy(\.isASCII) else {
            return "invalid rate expression \(goQuote(expression)): write rate(<value> <unit>), e.g. rate(5 minutes)"
        }
        guard value > 0 else { return "invalid rate expression \(goQuote(expression)): the value must be at least 1" }
        let unit = String(parts[1])
        let singular = ["minute", "hour", "day"]
        let plural = ["minutes", "hours", "days"]
        if value == 1, !singular.contains(unit) {
            let hint = plural.contains(unit) ? "rate(1 \(unit.dropLast()))" : "minute, hour or day"
            return "invalid rate expression \(goQuote(expression)): a value of 1 takes a singular unit (\(hint))"
        }
        if value > 1, !plural.contains(unit) {
            let hint = singular.contains(unit) ? "rate(\(value) \(unit)s)" : "minutes, hours or days"
            return "invalid rate expression \(goQuote(expression)): a value above 1 takes a plural unit (\(hint))"
        }
        return nil
    }

    /// Go's `%q` for the ASCII strings expressions are made of.
    static func goQuote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}

/// The six fields of an EventBridge cron expression, checked with cronplan's rules and messages.
enum CronFields {
    static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    static let weekdays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

    struct Field {
        let name: String
        let range: ClosedRange<Int>
        var names: [String] = []
        var message: String { "\(name) must be \(range.lowerBound)-\(range.upperBound)" }
    }

    static let fields = [
        Field(name: "minute", range: 0...59), Field(name: "hour", range: 0...23),
        Field(name: "day-of-month", range: 1...31), Field(name: "month", range: 1...12, names: months),
        Field(name: "day-of-week", range: 1...7, names: weekdays), Field(name: "year", range: 1970...2199),
    ]

    static func problem(in body: String) -> String? {
        let parts = body.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count == 6 else {
            return "a cron expression has 6 fields (minutes hours day-of-month month day-of-week year), "
                + "found \(parts.count): \"\(body)\""
        }
        for (field, text) in zip(fields, parts)
        where text != "?" || !["day-of-month", "day-of-week"].contains(field.name) {
            if let problem = fieldProblem(text, field) { return problem }
        }
        switch (parts[2] == "?", parts[4] == "?") {
        case (true, true): return "'?' cannot be set to both day-of-month and day-of-week"
        case (false, false): return "either day-of-month or day-of-week must be '?'"
        default: return nil
        }
    }

    static func fieldProblem(_ text: String, _ field: Field) -> String? {
        for item in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            if let problem = itemProblem(item, field) { return problem }
        }
        return nil
    }

    static func itemProblem(_ item: String, _ field: Field) -> String? {
        let invalid = "invalid \(field.name) field \"\(item)\""
        var base = item
        if let slash = item.firstIndex(of: "/") {
            base = String(item[..<slash])
            guard let step = Int(item[item.index(after: slash)...]), step > 0 else { return invalid }
        }
        if base == "*" { return nil }
        if field.name == "day-of-month" {
            if base == "L" || base == "LW" { return nil }
            if base.hasPrefix("L-"), let offset = Int(base.dropFirst(2)) {
                return (1...30).contains(offset) ? nil : "'L-<num>' must be 1-30 (value=\(offset))"
            }
            if base.hasSuffix("W"), let day = Int(base.dropLast()) {
                return (1...31).contains(day) ? nil : "'<num>W' must be 1-31 (value=\(day))"
            }
        }
        if field.name == "day-of-week" {
            if let hash = base.firstIndex(of: "#") {
                guard let nth = Int(base[base.index(after: hash)...]), (1...5).contains(nth) else { return invalid }
                return valueProblem(String(base[..<hash]), field)
            }
            if base.hasSuffix("L"), base.count > 1 { return valueProblem(String(base.dropLast()), field) }
        }
        let bounds = base.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard bounds.count <= 2, !bounds.contains(where: \.isEmpty) else { return invalid }
        for bound in bounds {
            if let problem = valueProblem(bound, field) { return problem }
        }
        return nil
    }

    static func valueProblem(_ text: String, _ field: Field) -> String? {
        if field.names.contains(text.uppercased()) { return nil }
        guard !text.isEmpty, text.allSatisfy(\.isASCII), let value = Int(text), !text.hasPrefix("+") else {
            return "invalid \(field.name) value \"\(text)\""
        }
        return field.range.contains(value) ? nil : "\(field.message) (value=\(value))"
    }
}
