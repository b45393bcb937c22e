/// Why a template-function plugin could not be set up or a plugin function call failed.
///
/// Messages name the thing that was looked up (parameter, secret, address, stack) but never a
/// looked-up value, so secrets cannot leak through errors or logs.
public enum PluginError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `plugins[].name` is not a known plugin.
    case unknownPlugin(name: String, valid: [String])
    /// Two plugins register the same function name.
    case duplicateFunction(function: String, plugin: String)
    /// A plugin's `config` is missing a key or holds the wrong kind of value.
    case invalidConfig(plugin: String, reason: String)
    /// A Terraform state could not be read or parsed.
    case stateUnreadable(location: String, reason: String)
    /// A tfstate address did not resolve.
    case addressNotFound(address: String, location: String)
    /// A function was called with the wrong arguments.
    case badArguments(function: String, reason: String)
    /// The looked-up thing does not exist.
    case notFound(function: String, reason: String)
    /// The AWS (or HTTP) call behind a function failed.
    case lookupFailed(function: String, name: String, reason: String)

    /// A one-line message that says what was looked up and what to do.
    public var description: String {
        switch self {
        case .unknownPlugin(let name, let valid):
            return "plugin \(name) is not available (valid plugins: \(valid.joined(separator: ", ")))"
        case .duplicateFunction(let function, let plugin):
            return "template function \(function) already exists. set func_prefix to \(plugin) plugin"
        case .invalidConfig(let plugin, let reason):
            return "\(plugin) plugin: \(reason)"
        case .stateUnreadable(let location, let reason):
            return "failed to read tfstate from \(location): \(reason)"
        case .addressNotFound(let address, let location):
            return "\(address) is not found in tfstate \(location)"
        case .badArguments(let function, let reason):
            return "\(function): \(reason)"
        case .notFound(let function, let reason):
            return "\(function): \(reason)"
        case .lookupFailed(let function, let name, let reason):
            return "\(function): failed to look up \(name): \(reason)"
        }
    }
}
