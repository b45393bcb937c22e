/// A value flowing through a Go template: the data, literals, function arguments and results.
///
/// The cases mirror what Go's `text/template` sees when it executes over JSON-like data
/// (`map[string]interface{}`, `[]interface{}`, `string`, `int`, `float64`, `bool`, `nil`).
public indirect enum TemplateValue: Sendable, Equatable {
    /// No value at all (Go's invalid `reflect.Value`): a missing map key or nil data; prints `<no value>`.
    case missing
    /// An explicit nil (`interface{}(nil)`); prints `<nil>` through `print`/`printf`.
    case null
    /// A boolean.
    case bool(Bool)
    /// An integer (Go `int`).
    case int(Int)
    /// A floating-point number (Go `float64`).
    case double(Double)
    /// A string.
    case string(String)
    /// A list (Go `[]interface {}`).
    case array([TemplateValue])
    /// A map with string keys (Go `map[string]interface {}`), iterated in sorted key order.
    case map([String: TemplateValue])
}

extension TemplateValue {
    /// Whether the value is "true" the way Go's `if`, `with`, `and`, `or` and `not` decide it.
    ///
    /// Empty strings, collections, zero numbers, `false`, nil and missing values are false.
    public var isTruthy: Bool {
        switch self {
        case .missing, .null: false
        case .bool(let value): value
        case .int(let value): value != 0
        case .double(let value): value != 0
        case .string(let value): !value.isEmpty
        case .array(let value): !value.isEmpty
        case .map(let value): !value.isEmpty
        }
    }

    /// True for `.missing` and `.null`, the two spellings of Go's nil.
    var isNil: Bool {
        switch self {
        case .missing, .null: true
        default: false
        }
    }

    /// The value as a function argument sees it: Go turns an invalid value into a plain nil.
    var asArgument: TemplateValue { self == .missing ? .null : self }

    /// The Go type name used in error messages and `%T`.
    var goTypeName: String {
        switch self {
        case .missing, .null: "<nil>"
        case .bool: "bool"
        case .int: "int"
        case .double: "float64"
        case .string: "string"
        case .array: "[]interface {}"
        case .map: "map[string]interface {}"
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// Creates a `.string` from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// Creates an `.int` from a literal.
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    /// Creates a `.double` from a literal.
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// Creates a `.bool` from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// Creates an `.array` from a literal.
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Creates a `.map` from a literal; a repeated key keeps the last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
