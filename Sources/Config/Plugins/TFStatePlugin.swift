import Foundation

/// `tfstate ADDRESS` and `tfstatef FORMAT ARGS…` over one state loaded up front, so lookups never
/// block on I/O.
struct TFStatePlugin: Sendable {
    let state: TFState

    /// The two functions.
    var functions: [String: PluginFunction] {
        [
            "tfstate": { args in
                guard args.count == 1 else {
                    throw PluginError.badArguments(
                        function: "tfstate", reason: "takes 1 argument (an address), got \(args.count)")
                }
                return try state.lookup(args[0])
            },
            "tfstatef": { args in
                guard let format = args.first else {
                    throw PluginError.badArguments(function: "tfstatef", reason: "takes a format and its arguments")
                }
                return try state.lookup(GoFormat.sprintf(format, Array(args.dropFirst())))
            },
        ]
    }
}

/// The subset of Go's `fmt.Sprintf` that tfstate addresses need, over string arguments:
/// `%s` `%v` `%d` (the argument as written), `%q` (double-quoted) and `%%`.
///
/// Missing arguments print `%!v(MISSING)` and extra ones `%!(EXTRA …)` as Go does, so a wrong
/// address shows up in the not-found error rather than silently.
enum GoFormat {
    /// Formats `format` with `args`.
    static func sprintf(_ format: String, _ args: [String]) -> String {
        var out = ""
        var remaining = args[...]
        var characters = format[...]
        while let character = characters.popFirst() {
            guard character == "%", let verb = characters.popFirst() else {
                out.append(character)
                continue
            }
            if verb == "%" {
                out.append("%")
                continue
            }
            guard let argument = remaining.popFirst() else {
                out += "%!\(verb)(MISSING)"
                continue
            }
            switch verb {
            case "q":
                out +=
                    "\""
                    + argument.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            case "s", "v", "d": out += argument
            default: out += "%!\(verb)(string=\(argument))"
            }
        }
        if !remaining.isEmpty {
            out += "%!(EXTRA " + remaining.map { "string=\($0)" }.joined(separator: ", ") + ")"
        }
        return out
    }
}
