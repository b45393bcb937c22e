import Documents

/// A parsed Terraform state (format version 4) indexed for address lookups.
///
/// Every resource instance is indexed under its full address — `aws_vpc.main`,
/// `data.aws_caller_identity.current`, `module.vpc.aws_subnet.private[0]`,
/// `aws_security_group.web["app"]` — and every output under `output.NAME`. A lookup finds the
/// longest indexed address that prefixes the requested one, then walks the rest as an attribute
/// path (`.subnet_mapping[0].subnet_id`, `.tags["Name"]`).
public struct TFState: Sendable {
    /// Where the state came from (a path or URL), for error messages.
    public let location: String
    /// Indexed address → the instance's attributes, or the output's value.
    let index: [String: JSONValue]

    /// The only Terraform state format this reader understands.
    public static let supportedVersion = 4

    /// Parses state JSON; rejects anything but a version-4 state.
    public init(bytes: [UInt8], location: String) throws {
        let root: JSONValue
        do {
            root = try JSONValue.parse(bytes: bytes)
        } catch {
            throw PluginError.stateUnreadable(location: location, reason: "invalid JSON: \(error)")
        }
        guard case .object = root else {
            throw PluginError.stateUnreadable(location: location, reason: "the state is not a JSON object")
        }
        let version = root["version"]?.intValue
        guard version == Self.supportedVersion else {
            let found = version.map(String.init) ?? "missing"
            throw PluginError.stateUnreadable(
                location: location, reason: "unsupported state version \(found) (only version 4 is supported)")
        }
        self.location = location
        self.index = Self.buildIndex(root)
    }

    /// The remote backend a local `.terraform/terraform.tfstate` points at, if it has one.
    static func backend(in bytes: [UInt8]) -> (type: String, config: JSONValue)? {
        guard let root = try? JSONValue.parse(bytes: bytes), let backend = root["backend"],
            let type = backend["type"]?.stringValue
        else { return nil }
        return (type, backend["config"] ?? .null)
    }

    /// Every indexed address, sorted (resource instances and `output.` names).
    public var addresses: [String] { index.keys.sorted() }

    /// Looks up an address and renders it as ecspresso does: strings as they are, everything else
    /// as compact JSON (`["a","b"]`, `30`, `true`).
    ///
    /// Single quotes in the address are read as double quotes (`aws_x.y['key'].id`). A missing
    /// resource, attribute, index or a `null` value is `PluginError.addressNotFound`.
    public func lookup(_ address: String) throws -> String {
        let normalized = Self.normalize(address)
        let notFound = PluginError.addressNotFound(address: address, location: location)
        guard let (base, rest) = longestMatch(normalized) else { throw notFound }
        guard let path = AttributePath(rest), let value = path.resolve(in: base), value != .null else {
            throw notFound
        }
        return Self.render(value)
    }

    /// `'` → `"`; `outputs.x` is accepted as a spelling of `output.x`.
    static func normalize(_ address: String) -> String {
        let quoted = address.replacingOccurrences(of: "'", with: "\"")
        if quoted.hasPrefix("outputs.") { return "output." + quoted.dropFirst("outputs.".count) }
        return quoted
    }

    /// The value of the longest indexed address that prefixes `address` at a segment boundary, and
    /// the remainder of `address` after it.
    func longestMatch(_ address: String) -> (JSONValue, Substring)? {
        var best: (key: String, value: JSONValue)?
        for (key, value) in index where address.hasPrefix(key) {
            let rest = address.dropFirst(key.count)
            guard rest.isEmpty || rest.hasPrefix(".") || rest.hasPrefix("[") else { continue }
            if key.count > (best?.key.count ?? -1) { best = (key, value) }
        }
        guard let best else { return nil }
        return (best.value, address.dropFirst(best.key.count))
    }

    /// Strings unchanged; numbers in Go's shortest form; everything else as Go's `json.Marshal`.
    static func render(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let literal):
            guard let double = Double(literal) else { return literal }
            return JSONWriter.compact.string(.double(double))
        default:
            return JSONWriter(indent: "", escapeHTML: true, sortKeys: true).string(value)
        }
    }

    static func buildIndex(_ root: JSONValue) -> [String: JSONValue] {
        var index: [String: JSONValue] = [:]
        for member in root["outputs"]?.objectValue ?? JSONObject() {
            index["output." + member.key] = outputValue(member.value)
        }
        for resource in root["resources"]?.arrayValue ?? [] {
            guard let mode = resource["mode"]?.stringValue, let type = resource["type"]?.stringValue,
                let name = resource["name"]?.stringValue, mode == "managed" || mode == "data"
            else { continue }
            let module = resource["module"]?.stringValue.map { $0.isEmpty ? "" : $0 + "." } ?? ""
            let base = module + (mode == "data" ? "data." : "") + type + "." + name
            let instances = resource["instances"]?.arrayValue ?? []
            if mode == "data", type == "terraform_remote_state", let attributes = instances.first?["attributes"] {
                index[base] = .object((attributes.objectValue ?? JSONObject()).mapValues(outputValue))
                continue
            }
            for instance in instances {
                let attributes = instance["attributes"] ?? instance["attributes_flat"] ?? .null
                index[base + indexSuffix(instance["index_key"])] = attributes
            }
        }
        return index
    }

    /// `[0]` for a `count` instance, `["key"]` for a `for_each` one, empty for a single instance.
    static func indexSuffix(_ key: JSONValue?) -> String {
        switch key {
        case .number(let literal): return "[\(literal)]"
        case .string(let text): return "[" + JSONWriter(indent: "", escapeHTML: false).string(.string(text)) + "]"
        default: return ""
        }
    }

    /// An output entry (`{"value": …, "type": …}`) as its value; anything else unchanged.
    static func outputValue(_ entry: JSONValue) -> JSONValue {
        if let object = entry.objectValue, let value = object["value"], object["type"] != nil { return value }
        return entry
    }
}
