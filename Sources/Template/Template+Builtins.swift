/// Go's predefined template functions, with Go's error texts.
enum Builtins {
    /// Every predefined function name.
    static let names = [
        "and", "call", "eq", "ge", "gt", "html", "index", "js", "le", "len", "lt", "ne", "not", "or", "print",
        "printf", "println", "slice", "urlquery",
    ]

    /// Go's argument-count rule for a built-in: exactly `count`, or at least `count` when variadic.
    static func arity(of name: String) -> (count: Int, variadic: Bool)? {
        switch name {
        case "not", "len": (1, false)
        case "ne", "lt", "le", "gt", "ge": (2, false)
        case "and", "or", "eq", "index", "slice", "printf", "call": (1, true)
        case "print", "println", "html", "js", "urlquery": (0, true)
        default: nil
        }
    }

    /// The eager implementation of a built-in (the executor short-circuits `and`/`or` itself).
    static func function(named name: String) -> TemplateFunction? {
        switch name {
        case "and": { args in args.first(where: { !$0.isTruthy }) ?? args.last ?? .null }
        case "or": { args in args.first(where: \.isTruthy) ?? args.last ?? .null }
        case "not": { args in .bool(!(args.first?.isTruthy ?? false)) }
        case "len": { args in try length(args[0]) }
        case "index": { args in try index(args[0], Array(args.dropFirst())) }
        case "slice": { args in try slice(args[0], Array(args.dropFirst())) }
        case "print": { args in .string(GoFormatter.sprint(args)) }
        case "println": { args in .string(GoFormatter.sprintln(args)) }
        case "printf":
            { args in
                guard case .string(let format) = args[0] else {
                    throw TemplateCallError.badArguments(
                        "wrong type for value; expected string; got \(args[0].goTypeName)")
                }
                return .string(GoFormatter.sprintf(format, Array(args.dropFirst())))
            }
        case "eq": { args in .bool(try equal(args[0], Array(args.dropFirst()))) }
        case "ne": { args in .bool(!(try equal(args[0], [args[1]]))) }
        case "lt": { args in .bool(try less(args[0], args[1])) }
        case "le": { args in .bool(try less(args[0], args[1]) || equal(args[0], [args[1]])) }
        case "gt": { args in .bool(!(try less(args[0], args[1]) || equal(args[0], [args[1]]))) }
        case "ge": { args in .bool(!(try less(args[0], args[1]))) }
        case "html": { args in .string(Escapers.html(joined(args))) }
        case "js": { args in .string(Escapers.js(joined(args))) }
        case "urlquery": { args in .string(Escapers.queryEscape(joined(args))) }
        case "call":
            { args in
                if args[0].isNil { throw TemplateCallError.failed("call of nil") }
                throw TemplateCallError.failed("non-function of type \(args[0].goTypeName)")
            }
        default: nil
        }
    }

    /// Go's `evalArgs` for the escapers: a lone string as is, anything else through `fmt.Sprint`.
    private static func joined(_ args: [TemplateValue]) -> String {
        if args.count == 1, case .string(let text) = args[0] { return text }
        return GoFormatter.sprint(args)
    }

    private static func length(_ item: TemplateValue) throws -> TemplateValue {
        switch item {
        case .string(let text): return .int(text.utf8.count)
        case .array(let elements): return .int(elements.count)
        case .map(let entries): return .int(entries.count)
        case .missing, .null: throw TemplateCallError.failed("reflect: call of reflect.Value.Type on zero Value")
        default: throw TemplateCallError.failed("len of type \(item.goTypeName)")
        }
    }

    private static func indexValue(_ index: TemplateValue, length: Int, allowEnd: Bool) throws -> Int {
        guard case .int(let position) = index else {
            if index.isNil { throw TemplateCallError.failed("cannot index slice/array with nil") }
            throw TemplateCallError.failed("cannot index slice/array with type \(index.goTypeName)")
        }
        if position < 0 || position > length || (!allowEnd && position == length) {
            throw TemplateCallError.failed("index out of range: \(position)")
        }
        return position
    }

    private static func index(_ item: TemplateValue, _ indexes: [TemplateValue]) throws -> TemplateValue {
        if item.isNil { throw TemplateCallError.failed("index of untyped nil") }
        var current = item
        for index in indexes {
            switch current {
            case .array(let elements):
                current = elements[try indexValue(index, length: elements.count, allowEnd: false)]
            case .string(let text):
                let bytes = Array(text.utf8)
                current = .int(Int(bytes[try indexValue(index, length: bytes.count, allowEnd: false)]))
            case .map(let entries):
                guard case .string(let key) = index else {
                    if index.isNil { throw TemplateCallError.failed("value is nil; should be of type string") }
                    throw TemplateCallError.failed("value has type \(index.goTypeName); should be string")
                }
                current = entries[key] ?? .null
            case .missing, .null: throw TemplateCallError.failed("index of nil pointer")
            default: throw TemplateCallError.failed("can't index item of type \(current.goTypeName)")
            }
        }
        return current
    }

    private static func slice(_ item: TemplateValue, _ indexes: [TemplateValue]) throws -> TemplateValue {
        if item.isNil { throw TemplateCallError.failed("slice of untyped nil") }
        if indexes.count > 3 { throw TemplateCallError.failed("too many slice indexes: \(indexes.count)") }
        let length: Int
        switch item {
        case .string(let text):
            if indexes.count == 3 { throw TemplateCallError.failed("cannot 3-index slice a string") }
            length = text.utf8.count
        case .array(let elements): length = elements.count
        default: throw TemplateCallError.failed("can't slice item of type \(item.goTypeName)")
        }
        var bounds = [0, length, length]
        for (offset, index) in indexes.enumerated() {
            bounds[offset] = try indexValue(index, length: length, allowEnd: true)
        }
        if bounds[0] > bounds[1] { throw TemplateCallError.failed("invalid slice index: \(bounds[0]) > \(bounds[1])") }
        if indexes.count == 3, bounds[1] > bounds[2] {
            throw TemplateCallError.failed("invalid slice index: \(bounds[1]) > \(bounds[2])")
        }
        switch item {
        case .string(let text):
            return .string(String(decoding: Array(text.utf8)[bounds[0]..<bounds[1]], as: UTF8.self))
        case .array(let elements): return .array(Array(elements[bounds[0]..<bounds[1]]))
        default: return item
        }
    }

    /// Go's `basicKind` classes for comparisons.
    private enum Kind { case bool, int, float, string, other, none }

    private static func kind(_ value: TemplateValue) -> Kind {
        switch value {
        case .bool: .bool
        case .int: .int
        case .double: .float
        case .string: .string
        case .missing, .null: .none
        case .array, .map: .other
        }
    }

    private static func equal(_ first: TemplateValue, _ others: [TemplateValue]) throws -> Bool {
        if others.isEmpty { throw TemplateCallError.failed("missing argument for comparison") }
        for other in others {
            let (left, right) = (kind(first), kind(other))
            if left != right {
                if !first.isNil && !other.isNil { throw TemplateCallError.failed("incompatible types for comparison") }
                continue
            }
            switch left {
            case .other:
                throw TemplateCallError.failed(
                    "non-comparable type \(GoFormatter.sprint([other])): \(other.goTypeName)")
            case .none: return true
            default: if first == other { return true }
            }
        }
        return false
    }

    private static func less(_ first: TemplateValue, _ second: TemplateValue) throws -> Bool {
        let (left, right) = (kind(first), kind(second))
        if left == .other || left == .none || right == .other || right == .none {
            throw TemplateCallError.failed("invalid type for comparison")
        }
        if left != right { throw TemplateCallError.failed("incompatible types for comparison") }
        switch (first, second) {
        case (.int(let a), .int(let b)): return a < b
        case (.double(let a), .double(let b)): return a < b
        case (.string(let a), .string(let b)): return Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
        default: throw TemplateCallError.failed("invalid type for comparison")
        }
    }
}

/// Go's `template.HTMLEscapeString`, `JSEscapeString` and `url.QueryEscape`.
enum Escapers {
    /// Escapes `<>&'"` as HTML entities and NUL as U+FFFD.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes quotes, backslash, `<>&=` and control characters for JavaScript.
    static func js(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "<": out += "\\u003C"
            case ">": out += "\\u003E"
            case "&": out += "\\u0026"
            case "=": out += "\\u003D"
            default:
                if scalar.value < 0x20 {
                    out +=
                        "\\u00" + String(scalar.value >> 4, radix: 16, uppercase: true)
                        + String(scalar.value & 0x0F, radix: 16, uppercase: true)
                } else if scalar.value >= 0x80 && !GoQuote.isPrint(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `url.QueryEscape`: space as `+`, unreserved `A-Za-z0-9-_.~` kept, the rest `%XX`.
    static func queryEscape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "): out += "+"
            default:
                out += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
