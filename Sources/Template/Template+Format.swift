import Foundation

/// Go's `fmt` printing (`Sprint`, `Sprintln`, `Sprintf`) over template values.
struct GoFormatter {
    private struct Flags {
        var minus = false, plus = false, sharp = false, space = false, zero = false
        var width: Int?
        var precision: Int?
    }

    private var out = ""
    private var flags = Flags()

    /// `fmt.Sprint`: a space between operands when neither side is a string.
    static func sprint(_ args: [TemplateValue]) -> String {
        var formatter = GoFormatter()
        var previousIsString = false
        for (offset, arg) in args.enumerated() {
            let isString: Bool
            if case .string = arg { isString = true } else { isString = false }
            if offset > 0 && !isString && !previousIsString { formatter.out += " " }
            formatter.printArg(arg.asArgument, verb: "v")
            previousIsString = isString
        }
        return formatter.out
    }

    /// `fmt.Sprintln`: operands always separated by spaces, then a newline.
    static func sprintln(_ args: [TemplateValue]) -> String {
        var formatter = GoFormatter()
        for (offset, arg) in args.enumerated() {
            if offset > 0 { formatter.out += " " }
            formatter.printArg(arg.asArgument, verb: "v")
        }
        return formatter.out + "\n"
    }

    /// `fmt.Sprintf`, including Go's `%!verb(type=value)`, `(MISSING)` and `%!(EXTRA …)` markers.
    static func sprintf(_ format: String, _ args: [TemplateValue]) -> String {
        var formatter = GoFormatter()
        formatter.doPrintf(Array(format.unicodeScalars), args.map(\.asArgument))
        return formatter.out
    }

    // MARK: printf

    private mutating func doPrintf(_ format: [Unicode.Scalar], _ args: [TemplateValue]) {
        var argNum = 0
        var index = 0
        while index < format.count {
            if format[index] != "%" {
                out.unicodeScalars.append(format[index])
                index += 1
                continue
            }
            index += 1
            flags = Flags()
            flagLoop: while index < format.count {
                switch format[index] {
                case "#": flags.sharp = true
                case "0": flags.zero = !flags.minus
                case "+": flags.plus = true
                case "-":
                    flags.minus = true
                    flags.zero = false
                case " ": flags.space = true
                default: break flagLoop
                }
                index += 1
            }
            if index < format.count, format[index] == "*" {
                index += 1
                if argNum < args.count, case .int(let width) = args[argNum] {
                    flags.width = abs(width)
                    if width < 0 {
                        flags.minus = true
                        flags.zero = false
                    }
                } else {
                    out += "%!(BADWIDTH)"
                }
                argNum += 1
            } else {
                flags.width = readNumber(format, &index)
            }
            if index < format.count, format[index] == "." {
                index += 1
                if index < format.count, format[index] == "*" {
                    index += 1
                    if argNum < args.count, case .int(let precision) = args[argNum], precision >= 0 {
                        flags.precision = precision
                    } else {
                        out += "%!(BADPREC)"
                    }
                    argNum += 1
                } else {
                    flags.precision = readNumber(format, &index) ?? 0
                }
            }
            guard index < format.count else {
                out += "%!(NOVERB)"
                break
            }
            let verb = format[index]
            index += 1
            if verb == "%" {
                out += "%"
            } else if argNum >= args.count {
                out += "%!" + String(verb) + "(MISSING)"
            } else {
                printArg(args[argNum], verb: verb)
                argNum += 1
            }
        }
        if argNum < args.count {
            flags = Flags()
            out += "%!(EXTRA "
            for (offset, arg) in args[argNum...].enumerated() {
                if offset > 0 { out += ", " }
                if arg.isNil {
                    out += "<nil>"
                } else {
                    out += arg.goTypeName + "="
                    printArg(arg, verb: "v")
                }
            }
            out += ")"
        }
    }

    private func readNumber(_ format: [Unicode.Scalar], _ index: inout Int) -> Int? {
        var value: Int?
        while index < format.count, let digit = Int(String(format[index])), format[index].isASCII {
            value = (value ?? 0) * 10 + digit
            index += 1
        }
        return value
    }

    // MARK: values

    private mutating func printArg(_ arg: TemplateValue, verb: Unicode.Scalar, depth: Int = 0) {
        switch arg {
        case .missing, .null:
            if depth > 0 || verb == "v" {
                pad("<nil>")
            } else if verb == "T" {
                pad("<nil>")
            } else {
                badVerb(arg, verb)
            }
            return
        default: break
        }
        if verb == "T" {
            pad(arg.goTypeName)
            return
        }
        switch arg {
        case .missing, .null: break
        case .bool(let value):
            if verb == "t" || verb == "v" { pad(value ? "true" : "false") } else { badVerb(arg, verb) }
        case .int(let value): formatInteger(value, verb: verb, arg: arg)
        case .double(let value): formatFloat(value, verb: verb, arg: arg)
        case .string(let value): formatString(value, verb: verb, arg: arg)
        case .array(let elements):
            out += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out += " " }
                printArg(element, verb: verb, depth: depth + 1)
            }
            out += "]"
        case .map(let entries):
            out += "map["
            for (offset, key) in entries.keys.sorted().enumerated() {
                if offset > 0 { out += " " }
                printArg(.string(key), verb: verb, depth: depth + 1)
                out += ":"
                printArg(entries[key]!, verb: verb, depth: depth + 1)
            }
            out += "]"
        }
    }

    private mutating func badVerb(_ arg: TemplateValue, _ verb: Unicode.Scalar) {
        out += "%!" + String(verb) + "("
        if arg.isNil {
            out += "<nil>"
        } else {
            out += arg.goTypeName + "="
            printArg(arg, verb: "v", depth: 1)
        }
        out += ")"
    }

    private mutating func pad(_ text: String) {
        let count = text.unicodeScalars.count
        guard let width = flags.width, width > count else {
            out += text
            return
        }
        let padding = String(repeating: flags.zero ? "0" : " ", count: width - count)
        if flags.minus {
            out += text + String(repeating: " ", count: width - count)
        } else {
            out += padding + text
        }
    }

    private mutating func formatString(_ value: String, verb: Unicode.Scalar, arg: TemplateValue) {
        var text = value
        if let precision = flags.precision, verb == "s" || verb == "v" || verb == "q" {
            text = String(String.UnicodeScalarView(value.unicodeScalars.prefix(precision)))
        }
        switch verb {
        case "s", "v": pad(text)
        case "q":
            if flags.sharp, !text.contains("`"), !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" })
            {
                pad("`" + text + "`")
            } else {
                pad(GoQuote.quote(text, asciiOnly: flags.plus))
            }
        case "x", "X":
            var bytes = Array(value.utf8)
            if let precision = flags.precision { bytes = Array(bytes.prefix(precision)) }
            let digits = verb == "x" ? "0123456789abcdef" : "0123456789ABCDEF"
            let table = Array(digits)
            var hex = ""
            for (offset, byte) in bytes.enumerated() {
                if flags.space && offset > 0 { hex += " " }
                if flags.sharp && (flags.space || offset == 0) { hex += verb == "x" ? "0x" : "0X" }
                hex.append(table[Int(byte >> 4)])
                hex.append(table[Int(byte & 0x0F)])
            }
            pad(hex)
        default: badVerb(arg, verb)
        }
    }

    private mutating func formatInteger(_ value: Int, verb: Unicode.Scalar, arg: TemplateValue) {
        let base: Int
        switch verb {
        case "v", "d": base = 10
        case "b": base = 2
        case "o", "O": base = 8
        case "x", "X": base = 16
        case "c":
            pad(Unicode.Scalar(UInt32(truncatingIfNeeded: value)).map { String($0) } ?? "\u{FFFD}")
            return
        case "q":
            let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)) ?? "\u{FFFD}"
            pad(GoQuote.quoteRune(scalar, asciiOnly: flags.plus))
            return
        case "U":
            let hex = String(value, radix: 16, uppercase: true)
            pad("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
            return
        default:
            badVerb(arg, verb)
            return
        }
        let negative = value < 0
        let magnitude = value.magnitude
        if flags.precision == 0 && magnitude == 0 {
            let zero = flags.zero
            flags.zero = false
            pad("")
            flags.zero = zero
            return
        }
        var digits = String(magnitude, radix: base, uppercase: verb == "X")
        var minimum = flags.precision ?? 0
        if flags.precision == nil, flags.zero, !flags.minus, let width = flags.width {
            minimum = width - ((negative || flags.plus || flags.space) ? 1 : 0)
        }
        if digits.count < minimum { digits = String(repeating: "0", count: minimum - digits.count) + digits }
        if flags.sharp {
            switch base {
            case 2: digits = "0b" + digits
            case 8: if !digits.hasPrefix("0") { digits = "0" + digits }
            case 16: digits = (verb == "X" ? "0X" : "0x") + digits
            default: break
            }
        }
        if verb == "O" { digits = "0o" + digits }
        if negative {
            digits = "-" + digits
        } else if flags.plus {
            digits = "+" + digits
        } else if flags.space {
            digits = " " + digits
        }
        let zero = flags.zero
        flags.zero = false
        pad(digits)
        flags.zero = zero
    }

    private mutating func formatFloat(_ value: Double, verb: Unicode.Scalar, arg: TemplateValue) {
        var body: String
        if value.isNaN {
            body = "NaN"
        } else if value.isInfinite {
            body = "Inf"
        } else {
            let magnitude = value.magnitude
            switch verb {
            case "v", "g", "G":
                if let precision = flags.precision {
                    body = String(format: "%.\(precision)\(verb == "G" ? "G" : "g")", magnitude)
                } else {
                    body = Self.shortest(magnitude, upper: verb == "G")
                }
            case "f", "F": body = String(format: "%.\(flags.precision ?? 6)f", magnitude)
            case "e", "E": body = String(format: "%.\(flags.precision ?? 6)\(verb == "E" ? "E" : "e")", magnitude)
            default:
                badVerb(arg, verb)
                return
            }
        }
        let negative = value.sign == .minus && !value.isNaN
        let sign = negative ? "-" : flags.plus ? "+" : flags.space ? " " : ""
        if flags.zero, !flags.minus, !value.isNaN, !value.isInfinite, let width = flags.width,
            width > sign.count + body.count
        {
            out += sign + String(repeating: "0", count: width - sign.count - body.count) + body
            return
        }
        let zero = flags.zero
        flags.zero = false
        pad(sign + body)
        flags.zero = zero
    }

    /// `strconv.FormatFloat(v, 'g', -1, 64)`, Go's `%v`: shortest digits, exponent form when the
    /// decimal exponent is below -4 or at least 6 (so `1e+06`, `123456`).
    static func shortest(_ value: Double, upper: Bool = false) -> String {
        let (digits, pointPosition) = decimalDigits(value)
        let exponent = pointPosition - 1
        if exponent < -4 || exponent >= 6 {
            var text = String(digits.first!)
            if digits.count > 1 { text += "." + digits.dropFirst() }
            let magnitude = abs(exponent)
            text += (upper ? "E" : "e") + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
            return text
        }
        if pointPosition <= 0 { return "0." + String(repeating: "0", count: -pointPosition) + digits }
        if pointPosition >= digits.count { return digits + String(repeating: "0", count: pointPosition - digits.count) }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return digits[..<split] + "." + digits[split...]
    }

    /// The shortest round-trip decimal digits of a finite non-negative value, and the decimal point
    /// position: value = 0.DIGITS × 10^point.
    private static func decimalDigits(_ value: Double) -> (String, Int) {
        if value == 0 { return ("0", 1) }
        let description = "\(value)"
        let parts = description.split(separator: "e")
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(pieces[0]) + (pieces.count > 1 ? String(pieces[1]) : "")
        exponent += pieces[0].count
        while digits.hasPrefix("0") {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        return (digits.isEmpty ? "0" : digits, exponent)
    }
}
