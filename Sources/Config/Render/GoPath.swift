/// Go's `path/filepath` on Unix paths: what ecspresso prints for definition paths.
enum GoPath {
    /// `filepath.Clean`: drops `.` and empty elements, folds `..`, `"."` for an empty result.
    static func clean(_ path: String) -> String {
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for element in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch element {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(element)
                }
            default: parts.append(element)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `filepath.Dir`: everything before the last `/`, cleaned; `"."` without one.
    static func dir(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return clean(String(path[...slash]))
    }

    /// `filepath.Join(dir, name)` for two non-empty elements.
    static func join(_ dir: String, _ name: String) -> String {
        clean(dir + "/" + name)
    }

    /// The definition path as ecspresso's `Restrict` resolves it: an absolute path as written,
    /// otherwise joined with the directory of the config path as given on the command line.
    static func resolve(_ written: String, configPath: String) -> String {
        written.hasPrefix("/") ? written : join(dir(configPath), written)
    }
}
