/// One problem found in a task or service definition before any AWS call.
///
/// `description` reads like a compiler diagnostic:
/// `ecs-task-def.json: containerDefinitions[0].memoryReservaton: unknown key (did you mean "memoryReservation"?)`.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// The definition file the issue is in.
    public var path: String
    /// Where in the document: `containerDefinitions[0].portMappings[1].containerPort`,
    /// `dockerLabels["com.example"]`, or `(top level)`.
    public var keyPath: String
    /// What is wrong (`unknown key`, `expected integer, found string "512"` …).
    public var message: String
    /// How to fix it (`did you mean "memoryReservation"?`), if there is a likely fix.
    public var hint: String?

    /// Creates an issue.
    public init(path: String, keyPath: String, message: String, hint: String? = nil) {
        self.path = path
        self.keyPath = keyPath
        self.message = message
        self.hint = hint
    }

    /// `FILE: KEY.PATH: message (hint)`.
    public var description: String {
        "\(path): \(keyPath): \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}

/// Every issue found in the definitions of one deploy, thrown once so the user sees them all.
public struct ValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The issues, in document order; never empty when thrown by ``check(_:)``.
    public var issues: [ValidationIssue]

    /// Creates an error carrying `issues`.
    public init(issues: [ValidationIssue]) { self.issues = issues }

    /// One line per issue.
    public var description: String { issues.map(\.description).joined(separator: "\n") }

    /// The files with issues, in the order they first appear.
    public var paths: [String] {
        var seen: Set<String> = []
        return issues.map(\.path).filter { seen.insert($0).inserted }
    }

    /// A one-line headline for the list, e.g. `2 problems in ecs-task-def.json`.
    public var summary: String {
        let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
        return "\(count) in \(paths.joined(separator: ", "))"
    }

    /// Throws a `ValidationError` carrying `issues` unless the list is empty.
    public static func check(_ issues: [ValidationIssue]) throws(ValidationError) {
        if !issues.isEmpty { throw ValidationError(issues: issues) }
    }
}
