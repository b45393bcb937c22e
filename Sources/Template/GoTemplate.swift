/// A parsed Go `text/template`, ready to render with data.
///
/// ```swift
/// let template = try GoTemplate(name: "conf", text: source, functions: .config(environment: env))
/// let json = try template.render()
/// ```
public struct GoTemplate: Sendable {
    /// The template's name, used in error messages (`template: NAME:…`).
    public let name: String
    /// The names of every template the text defines (`define`/`block`), plus `name`, sorted.
    public var templateNames: [String] { trees.keys.sorted() }

    private let text: String
    private let trees: [String: [Node]]
    private let functions: FunctionMap

    /// Parses `text`; a call to a function neither built in nor in `functions` is a parse error,
    /// like Go's `function "x" not defined`.
    public init(name: String, text: String, functions: FunctionMap = FunctionMap()) throws(TemplateError) {
        self.name = name
        self.text = text
        self.functions = functions
        var parser = Parser(name: name, text: text) { function in
            functions.contains(function) || Builtins.arity(of: function) != nil
        }
        self.trees = try parser.parse()
    }

    /// Executes the template with `data` as dot (`.missing` is Go's nil data).
    public func render(_ data: TemplateValue = .missing) throws(TemplateError) -> String {
        try render(templateNamed: name, data)
    }

    /// Executes one template the text defines (Go's `ExecuteTemplate`).
    public func render(templateNamed templateName: String, _ data: TemplateValue = .missing) throws(TemplateError)
        -> String
    {
        guard let tree = trees[templateName] else {
            throw .parse(
                name: name, line: 0,
                message: "no template \(GoQuote.quote(templateName)) associated with template \(GoQuote.quote(name))")
        }
        var executor = Executor(
            rootName: name, text: text, trees: trees, functions: functions, executing: templateName)
        do {
            try executor.run(tree, data: data)
        } catch let error as TemplateError {
            throw error
        } catch {
            throw .exec(name: name, line: 0, column: 0, context: "", message: "\(error)")
        }
        return executor.output
    }
}
