/// Go's string quoting and unquoting (`strconv.Quote`, `strconv.Unquote`) for literals and messages.
enum GoQuote {
    /// `strconv.Quote`: a double-quoted Go string literal; `asciiOnly` is `QuoteToASCII`.
    static func quote(_ text: String, asciiOnly: Bool = false) -> String {
        var out = "\""
        for scalar in text.unicodeScalars { out += escape(scalar, quote: "\"", asciiOnly: asciiOnly) }
        return out + "\""
    }

    /// `strconv.QuoteRune`: a single-quoted Go rune literal.
    static func quoteRune(_ scalar: Unicode.Scalar, asciiOnly: Bool = false) -> String {
        "'" + escape(scalar, quote: "'", asciiOnly: asciiOnly) + "'"
    }

    /// `%#U` of a rune: `U+002F '/'`.
    static func unicodeDescription(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return isPrint(scalar) ? "\(code) '\(Character(scalar))'" : code
    }

    /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    static func isPrint(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
            .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static func escape(_ scalar: Unicode.Scalar, quote: Unicode.Scalar, asciiOnly: Bool) -> String {
        if scalar == quote || scalar == "\\" { return "\\" + String(scalar) }
        if asciiOnly ? (scalar.isASCII && isPrint(scalar)) : isPrint(scalar) { return String(scalar) }
        switch scalar {
        case "\u{07}": return "\\a"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{0B}": return "\\v"
        default: break
        }
        let value = scalar.value
        if value < 0x20 || value == 0x7F { return "\\x" + hex(value, width: 2) }
        if value < 0x10000 { return "\\u" + hex(value, width: 4) }
        return "\\U" + hex(value, width: 8)
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `strconv.Unquote` for `"…"` and `` `…` `` literals; nil when the literal is malformed.
    static func unquote(_ literal: String) -> String? {
        let bytes = Array(literal.utf8)
        guard bytes.count >= 2, let first = bytes.first, first == bytes.last else { return nil }
        let body = bytes[1..<(bytes.count - 1)]
        if first == UInt8(ascii: "`") {
            guard !body.contains(UInt8(ascii: "`")) else { return nil }
            return String(decoding: body.filter { $0 != 0x0D }, as: UTF8.self)
        }
        guard first == UInt8(ascii: "\"") else { return nil }
        var out: [UInt8] = []
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            if byte == UInt8(ascii: "\"") || byte == 0x0A { return nil }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let (decoded, next) = unescape(body, at: index + 1, quote: UInt8(ascii: "\"")) else { return nil }
            out += decoded
            index = next
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The rune of a `'x'` character literal; nil when malformed.
    static func unquoteChar(_ literal: String) -> UInt32? {
        let bytes = Array(literal.utf8)
        guard bytes.count >= 3, bytes.first == UInt8(ascii: "'"), bytes.last == UInt8(ascii: "'") else { return nil }
        let body = bytes[1..<(bytes.count - 1)]
        if body.first == UInt8(ascii: "\\") {
            guard let (decoded, next) = unescape(body, at: body.startIndex + 1, quote: UInt8(ascii: "'")),
                next == body.endIndex
            else { return nil }
            if decoded.count == 1 { return UInt32(decoded[0]) }
            return String(decoding: decoded, as: UTF8.self).unicodeScalars.first?.value
        }
        let scalars = String(decoding: body, as: UTF8.self).unicodeScalars
        guard scalars.count == 1, body.first != UInt8(ascii: "'") else { return nil }
        return scalars.first?.value
    }

    /// Decodes one escape after a backslash; returns its UTF-8 bytes and the index after it.
    private static func unescape(_ body: ArraySlice<UInt8>, at index: Int, quote: UInt8) -> ([UInt8], Int)? {
        guard index < body.endIndex else { return nil }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "v"): 0x0B, UInt8(ascii: "\\"): 0x5C,
        ]
        let byte = body[index]
        if let mapped = simple[byte] { return ([mapped], index + 1) }
        if byte == quote { return ([quote], index + 1) }
        func hexValue(_ count: Int) -> UInt32? {
            guard index + count < body.endIndex || index + count == body.endIndex,
                index + 1 + count <= body.endIndex
            else { return nil }
            let digits = String(decoding: body[(index + 1)..<(index + 1 + count)], as: UTF8.self)
            return UInt32(digits, radix: 16)
        }
        switch byte {
        case UInt8(ascii: "x"):
            guard let value = hexValue(2) else { return nil }
            return ([UInt8(value)], index + 3)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = byte == UInt8(ascii: "u") ? 4 : 8
            guard let value = hexValue(count), let scalar = Unicode.Scalar(value) else { return nil }
            return (Array(String(scalar).utf8), index + 1 + count)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard index + 3 <= body.endIndex,
                let value = UInt32(String(decoding: body[index..<(index + 3)], as: UTF8.self), radix: 8), value < 256
            else { return nil }
            return ([UInt8(value)], index + 3)
        default:
            return nil
        }
    }
}

/// Go number literal parsing (`strconv.ParseInt(s, 0, 64)`, `ParseFloat`) as the template parser uses it.
enum GoNumber {
    /// The literal's value as Go's `idealConstant` would choose it; nil when it is not a number.
    static func parse(_ text: String) -> NumberValue? {
        if let value = parseInt(text) {
            let lower = text.lowercased()
            let isHex = lower.hasPrefix("0x") || lower.hasPrefix("-0x") || lower.hasPrefix("+0x")
            if !isHex && text.contains(where: { ".eEpP".contains($0) }) { return .double(Double(value)) }
            return .int(value)
        }
        if parseUnsigned(text) != nil { return .overflow }
        guard text.contains(where: { ".eEpP".contains($0) }) else { return nil }
        var cleaned = text.replacingOccurrences(of: "_", with: "")
        if cleaned.hasPrefix("+") { cleaned.removeFirst() }
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return .double(value)
    }

    private static func parseInt(_ text: String) -> Int? {
        var body = Substring(text)
        var negative = false
        if body.hasPrefix("+") || body.hasPrefix("-") {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        guard let magnitude = parseUnsigned(String(body)) else { return nil }
        if negative {
            return magnitude <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
    }

    private static func parseUnsigned(_ text: String) -> UInt64? {
        var body = Substring(text)
        var radix = 10
        let lower = body.lowercased()
        if lower.hasPrefix("0x") {
            radix = 16
            body = body.dropFirst(2)
        } else if lower.hasPrefix("0o") {
            radix = 8
            body = body.dropFirst(2)
        } else if lower.hasPrefix("0b") {
            radix = 2
            body = body.dropFirst(2)
        } else if body.count > 1 && body.hasPrefix("0") {
            radix = 8
            body = body.dropFirst()
        }
        // Underscores may only separate digits.
        if body.hasPrefix("_") && radix == 10 || body.hasSuffix("_") || body.contains("__") { return nil }
        let digits = body.replacingOccurrences(of: "_", with: "")
        guard !digits.isEmpty else { return nil }
        return UInt64(digits, radix: radix)
    }
}

extension StringProtocol {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
