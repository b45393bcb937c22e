/// The kinds of token Go's template lexer produces.
enum TokenKind: Equatable, Sendable {
    case text, leftDelim, rightDelim, space, identifier, field, variable, dot, nilKeyword
    case string, rawString, charConstant, number, bool, char
    case assign, declare, pipe, leftParen, rightParen, eof
    /// A lexing failure; the token's value is the message.
    case error
    case keyword(Keyword)
}

/// The action keywords.
enum Keyword: String, Sendable, CaseIterable {
    case block, `break`, `continue`, define, `else`, end, `if`, range, template, with
}

/// One token: its kind, source text and byte offset.
struct Token: Sendable {
    var kind: TokenKind
    var value: String
    var pos: Int

    /// The token as Go's parser prints it in `unexpected …` messages.
    var goDescription: String {
        switch kind {
        case .eof: return "EOF"
        case .error: return value
        case .keyword, .dot, .nilKeyword: return "<\(value)>"
        default:
            let scalars = value.unicodeScalars
            if scalars.count > 10 {
                return GoQuote.quote(String(String.UnicodeScalarView(scalars.prefix(10)))) + "..."
            }
            return GoQuote.quote(value)
        }
    }
}

/// Splits template text into tokens the way Go's `text/template/parse` lexer does, including
/// trim markers (`{{- `, ` -}}`) and comments. A lexing error becomes a final `.error` token so the
/// parser reports it only when it gets there, as Go does.
struct Lexer {
    private let input: [UInt8]
    private var pos = 0
    private var start = 0
    private var parenDepth = 0
    private(set) var tokens: [Token] = []

    private static let leftDelim: [UInt8] = Array("{{".utf8)
    private static let rightDelim: [UInt8] = Array("}}".utf8)

    init(_ text: String) { input = Array(text.utf8) }

    /// Lexes the whole input; the last token is `.eof` or `.error`.
    static func tokenize(_ text: String) -> [Token] {
        var lexer = Lexer(text)
        lexer.run()
        return lexer.tokens
    }

    private mutating func run() {
        while true {
            guard lexText() else { return }
            guard lexAction() else { return }
        }
    }

    // MARK: text

    /// Emits text up to the next `{{`; returns false at the end of input.
    private mutating func lexText() -> Bool {
        guard let found = find(Self.leftDelim, from: pos) else {
            pos = input.count
            if pos > start { emit(.text) }
            emit(.eof)
            return false
        }
        var end = found
        if hasLeftTrimMarker(at: found + 2) {
            while end > start, isSpace(input[end - 1]) { end -= 1 }
        }
        if end > start {
            pos = end
            emit(.text)
        }
        pos = found
        start = found
        return true
    }

    // MARK: actions

    /// Lexes from `{{` to `}}`; returns false after an error or EOF.
    private mutating func lexAction() -> Bool {
        pos += 2
        let trim = hasLeftTrimMarker(at: pos)
        let afterMarker = trim ? 2 : 0
        if matches(Array("/*".utf8), at: pos + afterMarker) {
            pos += afterMarker
            start = pos
            return lexComment()
        }
        emit(.leftDelim)
        pos += afterMarker
        start = pos
        parenDepth = 0
        return lexInsideAction()
    }

    private mutating func lexComment() -> Bool {
        pos += 2
        guard let close = find(Array("*/".utf8), from: pos) else { return fail("unclosed comment") }
        pos = close + 2
        let (isDelim, trim) = atRightDelim()
        guard isDelim else { return fail("comment ends before closing delimiter") }
        pos += (trim ? 2 : 0) + 2
        if trim { skipLeadingSpace() }
        start = pos
        return true
    }

    private mutating func lexInsideAction() -> Bool {
        while true {
            let (isDelim, trim) = atRightDelim()
            if isDelim {
                if parenDepth != 0 { return fail("unclosed left paren") }
                if trim {
                    pos += 2
                    start = pos
                }
                pos += 2
                emit(.rightDelim)
                if trim {
                    skipLeadingSpace()
                    start = pos
                }
                return true
            }
            guard pos < input.count else { return fail("unclosed action") }
            let byte = input[pos]
            pos += 1
            switch byte {
            case _ where isSpace(byte):
                pos -= 1
                lexSpace()
            case UInt8(ascii: "="): emit(.assign)
            case UInt8(ascii: ":"):
                guard pos < input.count, input[pos] == UInt8(ascii: "=") else { return fail("expected :=") }
                pos += 1
                emit(.declare)
            case UInt8(ascii: "|"): emit(.pipe)
            case UInt8(ascii: "\""):
                guard lexQuote() else { return false }
            case UInt8(ascii: "`"):
                guard let close = input[pos...].firstIndex(of: UInt8(ascii: "`")) else {
                    return fail("unterminated raw quoted string")
                }
                pos = close + 1
                emit(.rawString)
            case UInt8(ascii: "$"):
                guard lexFieldOrVariable(.variable) else { return false }
            case UInt8(ascii: "'"):
                guard lexChar() else { return false }
            case UInt8(ascii: "."):
                if pos < input.count, !isDigit(input[pos]) {
                    guard lexFieldOrVariable(.field) else { return false }
                } else {
                    pos -= 1
                    guard lexNumber() else { return false }
                }
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                pos -= 1
                guard lexNumber() else { return false }
            case UInt8(ascii: "("):
                parenDepth += 1
                emit(.leftParen)
            case UInt8(ascii: ")"):
                parenDepth -= 1
                if parenDepth < 0 { return fail("unexpected right paren") }
                emit(.rightParen)
            default:
                pos -= 1
                let (scalar, width) = scalarAt(pos)
                if isAlphaNumeric(scalar) {
                    guard lexIdentifier() else { return false }
                } else if scalar.isASCII, scalar.value >= 0x20, scalar.value < 0x7F {
                    pos += 1
                    emit(.char)
                } else {
                    pos += width
                    return fail("unrecognized character in action: \(GoQuote.unicodeDescription(scalar))")
                }
            }
        }
    }

    private mutating func lexSpace() {
        var count = 0
        while pos < input.count, isSpace(input[pos]) {
            pos += 1
            count += 1
        }
        // A space followed by "-}}" belongs to the trim marker.
        if matches(Array("-".utf8) + Self.rightDelim, at: pos) {
            pos -= 1
            if count == 1 {
                start = pos
                return
            }
        }
        emit(.space)
    }

    private mutating func lexQuote() -> Bool {
        lexEscaped(until: UInt8(ascii: "\""), as: .string, what: "quoted string")
    }

    private mutating func lexChar() -> Bool {
        lexEscaped(until: UInt8(ascii: "'"), as: .charConstant, what: "character constant")
    }

    /// Scans to `terminator`, skipping backslash escapes; a newline or the end of input is Go's
    /// "unterminated …" error.
    private mutating func lexEscaped(until terminator: UInt8, as kind: TokenKind, what: String) -> Bool {
        while true {
            guard pos < input.count else { return fail("unterminated \(what)") }
            let byte = input[pos]
            pos += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard pos < input.count, input[pos] != UInt8(ascii: "\n") else { return fail("unterminated \(what)") }
                pos += 1
            case UInt8(ascii: "\n"): return fail("unterminated \(what)")
            case terminator:
                emit(kind)
                return true
            default: break
            }
        }
    }

    private mutating func lexNumber() -> Bool {
        // Accept a superset of Go number syntax; the parser validates it.
        if pos < input.count, input[pos] == UInt8(ascii: "+") || input[pos] == UInt8(ascii: "-") { pos += 1 }
        var digits = "0123456789_"
        if matches(Array("0x".utf8), at: pos) || matches(Array("0X".utf8), at: pos) {
            pos += 2
            digits = "0123456789abcdefABCDEF_"
        } else if matches(Array("0o".utf8), at: pos) || matches(Array("0O".utf8), at: pos) {
            pos += 2
            digits = "01234567_"
        } else if matches(Array("0b".utf8), at: pos) || matches(Array("0B".utf8), at: pos) {
            pos += 2
            digits = "01_"
        }
        let isHex = digits.count > 20
        accept(digits)
        if accept(".") { accept(digits) }
        if isHex ? accept("pP") : accept("eE") {
            accept("+-")
            accept("0123456789_")
        }
        accept("i")
        if pos < input.count, isAlphaNumeric(scalarAt(pos).scalar) {
            pos += scalarAt(pos).width
            return fail("bad number syntax: \(GoQuote.quote(currentText))")
        }
        emit(.number)
        return true
    }

    private mutating func lexFieldOrVariable(_ kind: TokenKind) -> Bool {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return true
        }
        while pos < input.count {
            let (scalar, width) = scalarAt(pos)
            guard isAlphaNumeric(scalar) else { break }
            pos += width
        }
        guard atTerminator() else {
            return fail("bad character \(GoQuote.unicodeDescription(scalarAt(pos).scalar))")
        }
        emit(kind)
        return true
    }

    private mutating func lexIdentifier() -> Bool {
        while pos < input.count {
            let (scalar, width) = scalarAt(pos)
            guard isAlphaNumeric(scalar) else { break }
            pos += width
        }
        guard atTerminator() else {
            return fail("bad character \(GoQuote.unicodeDescription(scalarAt(pos).scalar))")
        }
        let word = currentText
        if let keyword = Keyword(rawValue: word) {
            emit(.keyword(keyword))
        } else if word == "nil" {
            emit(.nilKeyword)
        } else if word == "true" || word == "false" {
            emit(.bool)
        } else {
            emit(.identifier)
        }
        return true
    }

    // MARK: helpers

    private var currentText: String { String(decoding: input[start..<pos], as: UTF8.self) }

    private mutating func emit(_ kind: TokenKind) {
        tokens.append(Token(kind: kind, value: currentText, pos: start))
        start = pos
    }

    private mutating func fail(_ message: String) -> Bool {
        tokens.append(Token(kind: .error, value: message, pos: start))
        return false
    }

    @discardableResult
    private mutating func accept(_ set: String) -> Bool {
        var any = false
        while pos < input.count, set.utf8.contains(input[pos]) {
            pos += 1
            any = true
        }
        return any
    }

    private mutating func skipLeadingSpace() {
        while pos < input.count, isSpace(input[pos]) { pos += 1 }
    }

    private func atRightDelim() -> (isDelim: Bool, trim: Bool) {
        if pos + 1 < input.count, isSpace(input[pos]), input[pos + 1] == UInt8(ascii: "-"),
            matches(Self.rightDelim, at: pos + 2)
        {
            return (true, true)
        }
        return (matches(Self.rightDelim, at: pos), false)
    }

    private func atTerminator() -> Bool {
        guard pos < input.count else { return true }
        let byte = input[pos]
        if isSpace(byte) { return true }
        if ".,|:)(".utf8.contains(byte) { return true }
        return matches(Self.rightDelim, at: pos)
    }

    private func hasLeftTrimMarker(at index: Int) -> Bool {
        index + 1 < input.count && input[index] == UInt8(ascii: "-") && isSpace(input[index + 1])
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= input.count else { return false }
        return input[index..<index + pattern.count].elementsEqual(pattern)
    }

    private func find(_ pattern: [UInt8], from index: Int) -> Int? {
        var candidate = index
        while candidate + pattern.count <= input.count {
            if matches(pattern, at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    private func scalarAt(_ index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        guard index < input.count else { return ("\u{0}", 0) }
        let lead = input[index]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(index + width, input.count)
        let decoded = String(decoding: input[index..<end], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
        return (decoded, end - index)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func isAlphaNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                || (scalar >= "0" && scalar <= "9")
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }
}
