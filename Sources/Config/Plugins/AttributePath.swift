import Documents

/// The attribute part of a tfstate address after the resource: a jq-like path of `.name`,
/// `["key"]`, `.["key"]` and `[N]` steps (negative `N` counts from the end).
///
/// Names may contain `-` (`.foo-bar`), which jq itself would need quoted.
struct AttributePath: Sendable, Equatable {
    /// One step of the path.
    enum Step: Sendable, Equatable {
        /// An object member.
        case key(String)
        /// An array element.
        case index(Int)
    }

    /// The steps in order.
    var steps: [Step]

    /// Parses a path; `nil` when it is not well formed (an unclosed bracket, `[abc]`, `..`).
    init?(_ text: Substring) {
        var steps: [Step] = []
        var rest = text[...]
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                if rest.first == "[" { continue }
                let name = rest.prefix { $0 != "." && $0 != "[" }
                guard !name.isEmpty else { return nil }
                steps.append(.key(String(name)))
                rest = rest.dropFirst(name.count)
            } else if first == "[" {
                guard let (step, after) = Self.bracket(rest) else { return nil }
                steps.append(step)
                rest = after
            } else {
                return nil
            }
        }
        self.steps = steps
    }

    /// Parses `[N]` or `["key"]` at the start of `text`.
    private static func bracket(_ text: Substring) -> (Step, Substring)? {
        let inner = text.dropFirst()
        if inner.first == "\"" {
            var key = ""
            var escaped = false
            var position = inner.index(after: inner.startIndex)
            while position < inner.endIndex {
                let character = inner[position]
                position = inner.index(after: position)
                if escaped {
                    key.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    guard position < inner.endIndex, inner[position] == "]" else { return nil }
                    return (.key(key), inner[inner.index(after: position)...])
                } else {
                    key.append(character)
                }
            }
            return nil
        }
        guard let close = inner.firstIndex(of: "]"), let number = Int(inner[..<close]) else { return nil }
        return (.index(number), inner[inner.index(after: close)...])
    }

    /// Walks the path from `value`; `nil` when a step is missing or meets the wrong kind of value.
    func resolve(in value: JSONValue) -> JSONValue? {
        var current = value
        for step in steps {
            switch (step, current) {
            case (.key(let name), .object(let object)):
                guard let next = object[name] else { return nil }
                current = next
            case (.index(let position), .array(let elements)):
                let resolved = position < 0 ? elements.count + position : position
                guard elements.indices.contains(resolved) else { return nil }
                current = elements[resolved]
            default:
                return nil
            }
        }
        return current
    }
}
