/// What a walked node asks its enclosing `range` to do.
enum Flow { case normal, breakLoop, continueLoop }

/// The node Go would name in an execution error (`s.at(node)`).
enum Location {
    case expr(Expr)
    case command(Command)
    case pipe(Pipe)
    case template(pos: Int, name: String, pipe: Pipe?)

    var pos: Int {
        switch self {
        case .expr(let expr): expr.pos
        case .command(let command): command.pos
        case .pipe(let pipe): pipe.pos
        case .template(let pos, _, _): pos
        }
    }

    var goDescription: String {
        switch self {
        case .expr(let expr): expr.goDescription
        case .command(let command): command.goDescription
        case .pipe(let pipe): pipe.goDescription
        case .template(_, let name, let pipe):
            "{{template \(GoQuote.quote(name))" + (pipe.map { " " + $0.goDescription } ?? "") + "}}"
        }
    }
}

/// Walks a parsed template, following Go's `text/template` execution rules.
struct Executor {
    /// Go's `maxExecDepth` is 100000; Swift's stack allows less, so nesting stops earlier.
    static let maxDepth = 1000

    let rootName: String
    let text: String
    let trees: [String: [Node]]
    let functions: FunctionMap
    private(set) var output = ""
    var vars: [(name: String, value: TemplateValue)] = []
    var location: Location?
    var executing: String
    var depth = 0

    init(rootName: String, text: String, trees: [String: [Node]], functions: FunctionMap, executing: String) {
        self.rootName = rootName
        self.text = text
        self.trees = trees
        self.functions = functions
        self.executing = executing
    }

    /// Runs the named template with `data` as dot and `$`.
    mutating func run(_ list: [Node], data: TemplateValue) throws {
        vars = [("$", data)]
        _ = try walk(list, dot: data)
    }

    // MARK: errors

    func error(_ message: String) -> TemplateError {
        guard let location else {
            return .parse(name: executing, line: 0, message: message)
        }
        let (line, column) = position(of: location.pos)
        return .exec(
            name: rootName, line: line, column: column, context: context(location), message: message,
            executing: executing == rootName ? nil : executing)
    }

    func context(_ location: Location) -> String {
        let description = location.goDescription
        let scalars = description.unicodeScalars
        guard scalars.count > 20 else { return description }
        return String(String.UnicodeScalarView(scalars.prefix(20))) + "..."
    }

    func position(of pos: Int) -> (line: Int, column: Int) {
        let before = text.utf8.prefix(pos)
        let line = 1 + before.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        if let newline = before.lastIndex(of: 0x0A) {
            return (line, before.distance(from: before.index(after: newline), to: before.endIndex))
        }
        return (line, pos)
    }

    // MARK: walking

    mutating func walk(_ list: [Node], dot: TemplateValue) throws -> Flow {
        for node in list {
            let flow = try walk(node, dot: dot)
            if flow != .normal { return flow }
        }
        return .normal
    }

    mutating func walk(_ node: Node, dot: TemplateValue) throws -> Flow {
        switch node {
        case .text(let text):
            output += text
        case .action(let pipe):
            let value = try evalPipeline(pipe, dot: dot)
            if pipe.decls.isEmpty { output += value.isNil ? "<no value>" : GoFormatter.sprint([value]) }
        case .ifNode(let branch), .withNode(let branch):
            let mark = vars.count
            defer { vars.removeLast(vars.count - mark) }
            let value = try evalPipeline(branch.pipe, dot: dot)
            if value.isTruthy {
                if case .withNode = node { return try walk(branch.list, dot: value) }
                return try walk(branch.list, dot: dot)
            } else if let elseList = branch.elseList {
                return try walk(elseList, dot: dot)
            }
        case .rangeNode(let branch):
            return try walkRange(branch, dot: dot)
        case .template(let pos, let name, let pipe):
            location = .template(pos: pos, name: name, pipe: pipe)
            guard let tree = trees[name] else { throw error("template \(GoQuote.quote(name)) not defined") }
            if depth >= Self.maxDepth { throw error("exceeded maximum template depth (\(Self.maxDepth))") }
            let newDot = try pipe.map { try evalPipeline($0, dot: dot) } ?? .missing
            let saved = (vars, executing)
            vars = [("$", newDot)]
            executing = name
            depth += 1
            defer {
                (vars, executing) = saved
                depth -= 1
            }
            _ = try walk(tree, dot: newDot)
        case .breakLoop: return .breakLoop
        case .continueLoop: return .continueLoop
        }
        return .normal
    }

    mutating func walkRange(_ branch: Branch, dot: TemplateValue) throws -> Flow {
        let outer = vars.count
        defer { vars.removeLast(vars.count - outer) }
        let value = try evalPipeline(branch.pipe, dot: dot)
        let mark = vars.count
        let decls = branch.pipe.decls
        func iterate(_ executor: inout Executor, index: TemplateValue, element: TemplateValue) throws -> Flow {
            if !decls.isEmpty {
                if branch.pipe.isAssign {
                    try executor.setVar(decls[0], decls.count > 1 ? index : element)
                } else {
                    executor.vars[executor.vars.count - 1].value = element
                }
            }
            if decls.count > 1 {
                if branch.pipe.isAssign {
                    try executor.setVar(decls[1], element)
                } else {
                    executor.vars[executor.vars.count - 2].value = index
                }
            }
            defer { executor.vars.removeLast(executor.vars.count - mark) }
            return try executor.walk(branch.list, dot: element)
        }
        var elements: [(TemplateValue, TemplateValue)] = []
        switch value {
        case .array(let items): elements = items.enumerated().map { (.int($0.offset), $0.element) }
        case .map(let entries): elements = entries.keys.sorted().map { (.string($0), entries[$0]!) }
        case .int(let count):
            if decls.count > 1 { throw error("can't use \(count) to iterate over more than one variable") }
            elements = count > 0 ? (0..<count).map { (.int($0), .int($0)) } : []
        case .missing, .null: break
        default: throw error("range can't iterate over \(GoFormatter.sprint([value]))")
        }
        if !elements.isEmpty {
            for (index, element) in elements where try iterate(&self, index: index, element: element) == .breakLoop {
                break
            }
            return .normal
        }
        if let elseList = branch.elseList { return try walk(elseList, dot: dot) }
        return .normal
    }

    // MARK: variables

    func variable(_ name: String) throws -> TemplateValue {
        guard let entry = vars.last(where: { $0.name == name }) else {
            throw error("undefined variable: \(name)")
        }
        return entry.value
    }

    mutating func setVar(_ name: String, _ value: TemplateValue) throws {
        guard let slot = vars.lastIndex(where: { $0.name == name }) else {
            throw error("undefined variable: \(name)")
        }
        vars[slot].value = value
    }

    // MARK: pipelines and commands

    mutating func evalPipeline(_ pipe: Pipe, dot: TemplateValue) throws -> TemplateValue {
        location = .pipe(pipe)
        var value: TemplateValue?
        for command in pipe.commands {
            var result = try evalCommand(command, dot: dot, final: value)
            // Go digs a nil interface out into an invalid value after every command.
            if result == .null { result = .missing }
            value = result
        }
        let result = value ?? .missing
        for name in pipe.decls {
            if pipe.isAssign { try setVar(name, result) } else { vars.append((name, result)) }
        }
        return result
    }

    mutating func evalCommand(_ command: Command, dot: TemplateValue, final: TemplateValue?) throws
        -> TemplateValue
    {
        let first = command.args[0]
        switch first {
        case .field(_, let names):
            location = .expr(first)
            return try evalFieldChain(dot, receiver: dot, names: names, args: command.args, final: final)
        case .chain(_, let base, let fields):
            return try evalChain(base, fields: fields, chain: first, dot: dot, args: command.args, final: final)
        case .identifier(_, let name):
            return try evalFunction(
                name, node: first, command: .command(command), dot: dot,
                args: Array(command.args.dropFirst()), final: final)
        case .pipe(let pipe):
            try notAFunction(command.args, final)
            return try evalPipeline(pipe, dot: dot)
        case .variable(_, let name, let fields):
            return try evalVariable(name, fields: fields, node: first, dot: dot, args: command.args, final: final)
        default: break
        }
        location = .expr(first)
        try notAFunction(command.args, final)
        switch first {
        case .bool(_, let value): return .bool(value)
        case .dot: return dot
        case .nilLiteral: throw error("nil is not a command")
        case .number(_, let text, let value): return try constant(text, value)
        case .string(_, _, let value): return .string(value)
        default: throw error("can't evaluate command \(GoQuote.quote(first.goDescription))")
        }
    }

    func notAFunction(_ args: [Expr], _ final: TemplateValue?) throws {
        if args.count > 1 || final != nil {
            throw error("can't give argument to non-function \(args[0].goDescription)")
        }
    }

    func constant(_ text: String, _ value: NumberValue) throws -> TemplateValue {
        switch value {
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .overflow: throw error("\(text) overflows int")
        }
    }

    mutating func evalVariable(
        _ name: String, fields: [String], node: Expr, dot: TemplateValue, args: [Expr], final: TemplateValue?
    ) throws -> TemplateValue {
        location = .expr(node)
        let value = try variable(name)
        if fields.isEmpty {
            try notAFunction(args, final)
            return value
        }
        return try evalFieldChain(dot, receiver: value, names: fields, args: args, final: final)
    }

    mutating func evalChain(
        _ base: Expr, fields: [String], chain: Expr, dot: TemplateValue, args: [Expr], final: TemplateValue?
    ) throws -> TemplateValue {
        location = .expr(chain)
        if case .nilLiteral = base { throw error("indirection through explicit nil in \(chain.goDescription)") }
        let receiver = try evalArg(base, dot: dot, asArgument: false)
        return try evalFieldChain(dot, receiver: receiver, names: fields, args: args, final: final)
    }

    func evalFieldChain(
        _ dot: TemplateValue, receiver: TemplateValue, names: [String], args: [Expr], final: TemplateValue?
    ) throws -> TemplateValue {
        var current = receiver
        for name in names.dropLast() { current = try field(name, of: current, hasArgs: false) }
        return try field(names[names.count - 1], of: current, hasArgs: args.count > 1 || final != nil)
    }

    func field(_ name: String, of receiver: TemplateValue, hasArgs: Bool) throws -> TemplateValue {
        switch receiver {
        case .missing: return .missing
        case .null: throw error("nil pointer evaluating interface {}.\(name)")
        case .map(let entries):
            if hasArgs { throw error("\(name) is not a method but has arguments") }
            return entries[name] ?? .missing
        default: throw error("can't evaluate field \(name) in type \(receiver.goTypeName)")
        }
    }
}
