import Documents

extension FunctionMap {
    /// The functions kayac/go-config gives ecspresso and ecschedule templates: `env`, `must_env`,
    /// `json_escape`, reading variables from `environment` (never from the process).
    ///
    /// - `env A B … LAST`: the first argument naming a set, non-empty variable gives its value; each
    ///   unresolved argument becomes the candidate, so the result is the last argument literally.
    ///   `env "A"` with A unset is `"A"`; `env "A" ""` is `""`.
    /// - `must_env NAME`: the value, even if empty; unset throws
    ///   `TemplateCallError.missingEnvironmentVariable`, which rendering turns into
    ///   `TemplateError.missingEnvironmentVariable`.
    /// - `json_escape S`: Go's `json.Marshal(S)` without the surrounding quotes.
    public static func config(environment: [String: String]) -> FunctionMap {
        FunctionMap([
            "env": { args in
                var value = ""
                for name in try strings(args) {
                    if let found = environment[name], !found.isEmpty { return .string(found) }
                    value = name
                }
                return .string(value)
            },
            "must_env": { args in
                let names = try strings(args)
                guard names.count == 1 else {
                    throw TemplateCallError.badArguments("wrong number of args for must_env: want 1 got \(names.count)")
                }
                guard let value = environment[names[0]] else {
                    throw TemplateCallError.missingEnvironmentVariable(name: names[0])
                }
                return .string(value)
            },
            "json_escape": { args in
                let texts = try strings(args)
                guard texts.count == 1 else {
                    throw TemplateCallError.badArguments(
                        "wrong number of args for json_escape: want 1 got \(texts.count)")
                }
                return .string(jsonEscape(texts[0]))
            },
        ])
    }

    /// Go's `json.Marshal` of a string, without the quotes: escapes `"` `\`, control characters,
    /// `<` `>` `&` (as `\u003c` …) and U+2028/U+2029 — the same writer `render` uses.
    static func jsonEscape(_ text: String) -> String {
        String(JSONWriter.compact.string(.string(text)).dropFirst().dropLast())
    }

    /// The arguments as strings, failing like Go's typed parameters do.
    private static func strings(_ args: [TemplateValue]) throws -> [String] {
        try args.map { arg in
            guard case .string(let text) = arg else {
                throw TemplateCallError.badArguments("wrong type for value; expected string; got \(arg.goTypeName)")
            }
            return text
        }
    }
}
