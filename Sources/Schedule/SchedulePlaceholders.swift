import Foundation
import Template

/// The `ecschedule::<NAME>` text the first template pass leaves for an unset `must_env` variable.
public enum MustEnvPlaceholder {
    /// The placeholder for `name`.
    public static func text(for name: String) -> String { "ecschedule::<\(name)>" }

    /// The variable names of every placeholder in `text`, in order (ecschedule's `ecschedule::<([^>]+)>`).
    public static func names(in text: String) -> [String] {
        guard text.contains("ecschedule::<") else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static let pattern = try! NSRegularExpression(pattern: "ecschedule::<([^>\\n]+)>")
}

/// ecschedule's first template pass: `env`, a lazy `must_env`, and placeholders for the plugin
/// functions, which only exist once the config's `plugins` have been read.
enum FirstPassFunctions {
    /// The functions of pass 1, reading variables from `environment`.
    static func map(environment: [String: String]) -> FunctionMap {
        var map = FunctionMap.config(environment: environment)
        map["json_escape"] = nil
        map["must_env"] = { args in
            guard args.count == 1 else {
                throw TemplateCallError.badArguments("wrong number of args for must_env: want 1 got \(args.count)")
            }
            guard case .string(let name) = args[0] else {
                throw TemplateCallError.badArguments("wrong type for value; expected string; got \(args[0])")
            }
            return .string(environment[name] ?? MustEnvPlaceholder.text(for: name))
        }
        map["tfstate"] = { args in .string("ecschedule::tfstate::<\(quoted(args))>") }
        map["tfstatef"] = { args in .string("ecschedule::tfstatef::<\(quoted(args))>") }
        map["ssm"] = { args in
            guard let first = args.first else {
                throw TemplateCallError.badArguments("wrong number of args for ssm: want at least 1 got 0")
            }
            let rest = args.dropFirst().map(text).joined(separator: " ")
            return .string("ecschedule::ssm::<`\(text(first))`\(rest.isEmpty ? "" : " " + rest)>")
        }
        map["plugin"] = { args in
            guard let first = args.first else {
                throw TemplateCallError.badArguments("wrong number of args for plugin: want at least 1 got 0")
            }
            return .string("ecschedule::\(text(first))::<\(quoted(Array(args.dropFirst())))>")
        }
        return map
    }

    /// Arguments as Go raw strings separated by spaces: `` `a` `b` ``.
    static func quoted(_ args: [TemplateValue]) -> String {
        args.map { "`\(text($0))`" }.joined(separator: " ")
    }

    static func text(_ value: TemplateValue) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        default: ""
        }
    }
}

/// Turns pass-1 plugin placeholders back into template calls before pass 2, with ecschedule's
/// greedy regexes (so, as there, only one plugin call per line is restored: bug B15).
enum PlaceholderRestorer {
    static let rules: [(NSRegularExpression, String)] = [
        (try! NSRegularExpression(pattern: "ecschedule::(.*?tfstate)::<`(.*)`>"), "{{ $1 `$2` }}"),
        (try! NSRegularExpression(pattern: "ecschedule::(.*?tfstatef)::<`(.*)`>"), "{{ $1 `$2` }}"),
        (try! NSRegularExpression(pattern: "ecschedule::(.*?ssm)::<(.*)>"), "{{ $1 $2 }}"),
    ]

    /// `text` with every recognised placeholder made a template call again.
    static func restore(_ text: String) -> String {
        guard text.contains("ecschedule::") else { return text }
        var result = text
        for (pattern, template) in rules {
            let range = NSRange(result.startIndex..., in: result)
            result = pattern.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }

    /// Plugin-call placeholders still present after pass 2: `(line, function name)`.
    static func leftovers(in text: String) -> [(line: Int, function: String)] {
        guard text.contains("ecschedule::") else { return [] }
        var found: [(Int, String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            let range = NSRange(line.startIndex..., in: line)
            for match in leftover.matches(in: line, range: range) {
                if let name = Range(match.range(at: 1), in: line) { found.append((index + 1, String(line[name]))) }
            }
        }
        return found
    }

    static let leftover = try! NSRegularExpression(pattern: "ecschedule::([^<>:\\s]+)::<")
}
