import Template

extension PluginSet {
    /// The plugin functions for the Go template engine, to merge with `FunctionMap.config(environment:)`.
    ///
    /// Arguments arrive as template values: strings pass through, numbers and booleans are printed
    /// as Go prints them (`ssm "/list" 1`), and `tfstatef` formats with the engine's own `printf`,
    /// so `tfstatef "aws_subnet.x[%d].id" 1` behaves exactly as in ecspresso. Failures read
    /// `error calling NAME: …` without repeating the function name.
    public var templateFunctions: FunctionMap {
        let builtins = FunctionMap.builtins
        let printf = builtins["printf"]
        let print = builtins["print"]
        var map = FunctionMap()
        for (name, function) in functions {
            if name.hasSuffix("tfstatef"), let printf, let lookup = functions[String(name.dropLast())] {
                map[name] = { args in
                    guard !args.isEmpty else {
                        throw TemplateCallError.badArguments("wrong number of args for \(name): want at least 1 got 0")
                    }
                    let address = try printf(args)
                    return try Self.call(lookup, [Self.text(address, print: print)])
                }
            } else {
                map[name] = { args in
                    try Self.call(function, try args.map { try Self.text($0, print: print) })
                }
            }
        }
        return map
    }

    /// Runs a string plugin function, turning `PluginError`s into template call failures.
    static func call(_ function: PluginFunction, _ args: [String]) throws -> TemplateValue {
        do {
            return .string(try function(args))
        } catch let error as PluginError {
            switch error {
            case .badArguments(_, let reason): throw TemplateCallError.failed(reason)
            case .notFound(_, let reason): throw TemplateCallError.failed(reason)
            case .lookupFailed(_, let name, let reason):
                throw TemplateCallError.failed("failed to look up \(name): \(reason)")
            default: throw TemplateCallError.failed(error.description)
            }
        }
    }

    /// A scalar argument as text; lists and maps are not valid plugin arguments.
    static func text(_ value: TemplateValue, print: TemplateFunction?) throws -> String {
        switch value {
        case .string(let text): return text
        case .array:
            throw TemplateCallError.failed("expected a string or number argument, got a list")
        case .map:
            throw TemplateCallError.failed("expected a string or number argument, got a map")
        default:
            guard let print, case .string(let text) = try print([value]) else { return "" }
            return text
        }
    }
}
