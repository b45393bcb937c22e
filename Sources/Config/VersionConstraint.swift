/// hashicorp/go-version style constraints (`>= 2.0, < 3`, `~> 2.1`), for `required_version`.
public struct VersionConstraint: Sendable, Equatable {
    /// One `OP VERSION` term.
    struct Term: Sendable, Equatable {
        var op: String
        var version: [Int]
        var prerelease: String
    }

    let terms: [Term]

    /// Parses a constraint; nil when it is malformed.
    public init?(_ text: String) {
        var terms: [Term] = []
        for part in text.split(separator: ",") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            let op = ["~>", ">=", "<=", "!=", ">", "<", "="].first { trimmed.hasPrefix($0) } ?? "="
            let rest = trimmed.dropFirst(trimmed.hasPrefix(op) ? op.count : 0).trimmingCharacters(in: .whitespaces)
            guard let parsed = Self.parseVersion(rest) else { return nil }
            terms.append(Term(op: op, version: parsed.numbers, prerelease: parsed.prerelease))
        }
        guard !terms.isEmpty else { return nil }
        self.terms = terms
    }

    /// `1.2.3`, `v2.0`, `2.3.3-beta+meta` → numeric segments and prerelease (build metadata ignored).
    static func parseVersion(_ text: String) -> (numbers: [Int], prerelease: String)? {
        var body = Substring(text)
        if body.first == "v" { body = body.dropFirst() }
        if let plus = body.firstIndex(of: "+") { body = body[..<plus] }
        var prerelease = ""
        if let dash = body.firstIndex(of: "-") {
            prerelease = String(body[body.index(after: dash)...])
            body = body[..<dash]
        }
        let numbers = body.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard !numbers.isEmpty, numbers.count <= 3, numbers.allSatisfy({ $0 != nil }) else { return nil }
        return (numbers.compactMap { $0 }, prerelease)
    }

    /// Whether `version` satisfies every term.
    public func isSatisfied(by version: String) -> Bool {
        guard let parsed = Self.parseVersion(version) else { return false }
        let current = Self.padded(parsed.numbers)
        return terms.allSatisfy { term in
            let wanted = Self.padded(term.version)
            if !parsed.prerelease.isEmpty, term.prerelease.isEmpty { return false }
            switch term.op {
            case "=": return current == wanted && parsed.prerelease == term.prerelease
            case "!=": return current != wanted || parsed.prerelease != term.prerelease
            case ">": return current.lexicographicallyPrecedes(wanted) == false && current != wanted
            case "<": return current.lexicographicallyPrecedes(wanted)
            case ">=": return !current.lexicographicallyPrecedes(wanted)
            case "<=": return current.lexicographicallyPrecedes(wanted) || current == wanted
            default:  // ~>: at least the version, below the next release of its second-to-last segment
                guard !current.lexicographicallyPrecedes(wanted) else { return false }
                let fixed = max(1, term.version.count - 1)
                return Array(current.prefix(fixed - 1)) == Array(wanted.prefix(fixed - 1))
                    && current[fixed - 1] == wanted[fixed - 1]
                    || (term.version.count == 1 && current[0] >= wanted[0])
            }
        }
    }

    static func padded(_ numbers: [Int]) -> [Int] { numbers + Array(repeating: 0, count: max(0, 3 - numbers.count)) }
}
