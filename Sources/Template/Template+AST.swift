/// A node of a parsed template body.
indirect enum Node: Sendable {
    case text(String)
    case action(Pipe)
    case ifNode(Branch)
    case withNode(Branch)
    case rangeNode(Branch)
    case template(pos: Int, name: String, pipe: Pipe?)
    case breakLoop(pos: Int)
    case continueLoop(pos: Int)

    /// Whether the node is only whitespace text (Go's `IsEmptyTree` for one node).
    var isBlank: Bool {
        if case .text(let text) = self {
            return text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        }
        return false
    }
}

/// The pipeline, body and optional else body of an `if`, `with` or `range`.
struct Branch: Sendable {
    var pos: Int
    var pipe: Pipe
    var list: [Node]
    var elseList: [Node]?
}

/// A pipeline with its optional variable declarations: `$x := a | b c`.
struct Pipe: Sendable {
    var pos: Int
    var isAssign = false
    var decls: [String] = []
    var commands: [Command] = []

    /// The pipeline as Go prints it in error contexts.
    var goDescription: String {
        var text = ""
        if !decls.isEmpty {
            text = decls.joined(separator: ", ") + (isAssign ? " = " : " := ")
        }
        return text + commands.map(\.goDescription).joined(separator: " | ")
    }
}

/// One command of a pipeline: an operand followed by arguments.
struct Command: Sendable {
    var pos: Int
    var args: [Expr] = []

    /// The command as Go prints it.
    var goDescription: String {
        args.map { arg in
            if case .pipe(let pipe) = arg { return "(" + pipe.goDescription + ")" }
            return arg.goDescription
        }.joined(separator: " ")
    }
}

/// A number literal's value, decided at parse time the way Go's `idealConstant` decides it.
enum NumberValue: Sendable {
    case int(Int)
    case double(Double)
    /// Fits no `int` (a huge unsigned literal); executing it is an error.
    case overflow
}

/// An operand.
indirect enum Expr: Sendable {
    case field(pos: Int, names: [String])
    case variable(pos: Int, name: String, fields: [String])
    case dot(pos: Int)
    case nilLiteral(pos: Int)
    case bool(pos: Int, Bool)
    case number(pos: Int, text: String, value: NumberValue)
    case string(pos: Int, quoted: String, value: String)
    case identifier(pos: Int, name: String)
    case chain(pos: Int, base: Expr, fields: [String])
    case pipe(Pipe)

    /// Byte offset of the operand in the template text.
    var pos: Int {
        switch self {
        case .field(let pos, _), .variable(let pos, _, _), .dot(let pos), .nilLiteral(let pos), .bool(let pos, _),
            .number(let pos, _, _), .string(let pos, _, _), .identifier(let pos, _), .chain(let pos, _, _):
            pos
        case .pipe(let pipe): pipe.pos
        }
    }

    /// The operand as Go prints it in error contexts.
    var goDescription: String {
        switch self {
        case .field(_, let names): names.map { "." + $0 }.joined()
        case .variable(_, let name, let fields): name + fields.map { "." + $0 }.joined()
        case .dot: "."
        case .nilLiteral: "nil"
        case .bool(_, let value): value ? "true" : "false"
        case .number(_, let text, _): text
        case .string(_, let quoted, _): quoted
        case .identifier(_, let name): name
        case .chain(_, let base, let fields):
            {
                if case .pipe(let pipe) = base { return "(" + pipe.goDescription + ")" }
                return base.goDescription
            }() + fields.map { "." + $0 }.joined()
        case .pipe(let pipe): pipe.goDescription
        }
    }
}
