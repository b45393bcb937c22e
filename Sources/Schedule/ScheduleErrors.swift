/// Rules whose schedule expressions are invalid, reported together as ecschedule's `cronValidate` does.
public struct ScheduleExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One invalid rule.
    public struct Failure: Sendable, Equatable {
        /// The rule's name.
        public var rule: String
        /// What is wrong with its expression.
        public var message: String

        /// Creates a failure.
        public init(rule: String, message: String) {
            self.rule = rule
            self.message = message
        }
    }

    /// The config file.
    public var path: String
    /// Every invalid rule, in file order.
    public var failures: [Failure]

    /// Creates the error.
    public init(path: String, failures: [Failure]) {
        self.path = path
        self.failures = failures
    }

    /// ecschedule's exact lines, after the file name, followed by a hint.
    public var description: String {
        "\(path): " + body
            + "\n(hint: rules take cron(minutes hours day-of-month month day-of-week year) with '?' in one day field, "
            + "or rate(5 minutes))"
    }

    /// ecschedule's message: a header line, then one tab-indented line per rule.
    public var body: String {
        (["schedule expression validation errors:"] + failures.map { "\trule \"\($0.rule)\": \($0.message)" })
            .joined(separator: "\n")
    }
}

/// A rule used a `must_env` variable that was not set when the config was loaded.
public struct UnresolvedEnvironmentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rule's name.
    public var rule: String
    /// The unset variables, in field order.
    public var variables: [String]

    /// Creates the error.
    public init(rule: String, variables: [String]) {
        self.rule = rule
        self.variables = variables
    }

    /// ecschedule's `validateEnv` wording (`environment variable X is not defined`,
    /// `environment variables X and Y are not defined`).
    public var message: String {
        variables.count == 1
            ? "environment variable \(variables[0]) is not defined"
            : "environment variables \(variables.joined(separator: " and ")) are not defined"
    }

    /// The message with the rule and a hint.
    public var description: String {
        "rule \"\(rule)\": \(message) (hint: export \(variables.map { "\($0)=…" }.joined(separator: " ")) and run again)"
    }
}

/// A malformed `-ext-str`/`-ext-code` value, worded as ecschedule v0.20.0.
public struct ScheduleExtVarError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message (`empty key in "=v"`, `empty key`, `environment variable "K" is not defined`).
    public var message: String

    /// Creates the error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// ecschedule's `-ext-str`/`-ext-code` syntax: `key=value` (split at the first `=`), or a bare
/// `key` that takes the environment variable `key`; the last occurrence of a key wins.
public enum ScheduleExtVars {
    /// Parses the flag values into bindings.
    public static func parse(_ values: [String], environment: [String: String]) throws(ScheduleExtVarError)
        -> [String: String]
    {
        var result: [String: String] = [:]
        for value in values {
            if let equals = value.firstIndex(of: "=") {
                let key = String(value[..<equals])
                guard !key.isEmpty else { throw ScheduleExtVarError("empty key in \"\(value)\"") }
                result[key] = String(value[value.index(after: equals)...])
            } else {
                guard !value.isEmpty else { throw ScheduleExtVarError("empty key") }
                guard let fromEnvironment = environment[value] else {
                    throw ScheduleExtVarError("environment variable \"\(value)\" is not defined")
                }
                result[value] = fromEnvironment
            }
        }
        return result
    }
}
