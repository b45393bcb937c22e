/// The AWS flavour of INI used by `~/.aws/config` and `~/.aws/credentials`.
///
/// Sections are `[name]`; properties `key = value`; lines starting with `#` or `;` are comments, as is
/// the rest of a value after ` #` or ` ;`. A property with an empty value followed by indented
/// lines holds sub-properties (`ecs =` / `  endpoint_url = …`), stored as `ecs.endpoint_url`.
struct INIFile: Sendable, Equatable {
    /// Sections by their full header text (`default`, `profile dev`, `sso-session corp`), in file order.
    var sections: [(name: String, properties: [String: String])]

    static func == (lhs: INIFile, rhs: INIFile) -> Bool {
        lhs.sections.map(\.name) == rhs.sections.map(\.name)
            && lhs.sections.map(\.properties) == rhs.sections.map(\.properties)
    }

    /// The properties of the last section with this exact name (later duplicates win key by key).
    func section(_ name: String) -> [String: String]? {
        var merged: [String: String]?
        for section in sections where section.name == name {
            merged = (merged ?? [:]).merging(section.properties) { _, new in new }
        }
        return merged
    }

    /// Parses INI text; malformed lines are skipped, as the AWS CLI does.
    static func parse(_ text: String) -> INIFile {
        var sections: [(name: String, properties: [String: String])] = []
        var parent: String?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if trimmed.hasPrefix("[") {
                guard let close = trimmed.firstIndex(of: "]") else { continue }
                let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
                let words = name.split(whereSeparator: \.isWhitespace)
                sections.append((name: words.joined(separator: " "), properties: [:]))
                parent = nil
                continue
            }
            guard !sections.isEmpty, let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = stripComment(String(trimmed[trimmed.index(after: equals)...]))
            let indented = line.first?.isWhitespace == true
            if indented, let parent {
                sections[sections.count - 1].properties["\(parent).\(key)"] = value
                continue
            }
            sections[sections.count - 1].properties[key] = value
            parent = value.isEmpty ? key : nil
        }
        return INIFile(sections: sections)
    }

    /// Drops an inline comment (` #…` or ` ;…`) and surrounding whitespace.
    static func stripComment(_ value: String) -> String {
        var previous: Character = " "
        var result = ""
        for character in value {
            if (character == "#" || character == ";") && previous.isWhitespace { break }
            result.append(character)
            previous = character
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
