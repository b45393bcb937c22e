/// What `textOrAction` found: a node, or an `{{end}}` / `{{else}}` closing the current list.
private enum ListItem {
    case node(Node)
    case end
    case elseItem

    var goDescription: String {
        switch self {
        case .end: "{{end}}"
        case .elseItem: "{{else}}"
        case .node: "node"
        }
    }
}

/// A recursive-descent parser following Go's `text/template/parse` grammar and error messages.
struct Parser {
    private let name: String
    private let text: String
    private let hasFunction: (String) -> Bool
    private let tokens: [Token]
    private var index = 0
    /// The token Go's parser would blame (`t.token[0]`): the last one read or peeked.
    private var current = 0
    private var vars = ["$"]
    private var rangeDepth = 0
    private var actionLine = 0
    private(set) var trees: [String: [Node]] = [:]

    init(name: String, text: String, hasFunction: @escaping (String) -> Bool) {
        self.name = name
        self.text = text
        self.hasFunction = hasFunction
        self.tokens = Lexer.tokenize(text)
    }

    /// Parses the text; returns every template it defines, the main one under `name`.
    mutating func parse() throws(TemplateError) -> [String: [Node]] {
        var root: [Node] = []
        while try peek().kind != .eof {
            if try peek().kind == .leftDelim {
                let saved = index
                _ = try next()
                if try nextNonSpace().kind == .keyword(.define) {
                    try parseDefinition()
                    continue
                }
                index = saved
            }
            switch try textOrAction() {
            case .node(let node): root.append(node)
            case let item: throw error("unexpected \(item.goDescription)")
            }
        }
        try add(name, root)
        return trees
    }

    // MARK: token stream

    private mutating func next() throws(TemplateError) -> Token {
        let token = tokens[min(index, tokens.count - 1)]
        current = min(index, tokens.count - 1)
        if index < tokens.count { index += 1 }
        if token.kind == .error { throw lexError(token) }
        return token
    }

    private mutating func peek() throws(TemplateError) -> Token {
        let token = try next()
        index -= 1
        return token
    }

    private mutating func backup() { index -= 1 }

    private mutating func nextNonSpace() throws(TemplateError) -> Token {
        var token = try next()
        while token.kind == .space { token = try next() }
        return token
    }

    private mutating func peekNonSpace() throws(TemplateError) -> Token {
        let token = try nextNonSpace()
        backup()
        return token
    }

    private mutating func expect(_ kind: TokenKind, _ context: String) throws(TemplateError) -> Token {
        let token = try nextNonSpace()
        if token.kind != kind { throw unexpected(token, context) }
        return token
    }

    // MARK: errors

    private func line(of pos: Int) -> Int {
        1 + text.utf8.prefix(pos).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private func error(_ message: String) -> TemplateError {
        .parse(name: name, line: line(of: tokens[current].pos), message: message)
    }

    private func unexpected(_ token: Token, _ context: String) -> TemplateError {
        error("unexpected \(token.goDescription) in \(context)")
    }

    private func lexError(_ token: Token) -> TemplateError {
        let tokenLine = line(of: token.pos)
        var extra = ""
        if actionLine != 0, actionLine != tokenLine {
            extra = " in action started at \(name):\(actionLine)"
            if token.value.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
        }
        return .parse(name: name, line: tokenLine, message: token.value + extra)
    }

    // MARK: definitions

    private mutating func add(_ templateName: String, _ list: [Node]) throws(TemplateError) {
        if let existing = trees[templateName], !existing.allSatisfy(\.isBlank) {
            if !list.allSatisfy(\.isBlank) {
                throw error("template: multiple definition of template \(GoQuote.quote(templateName))")
            }
            return
        }
        trees[templateName] = list
    }

    private mutating func parseDefinition() throws(TemplateError) {
        let context = "define clause"
        let token = try nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
        let definedName = try unquote(token)
        _ = try expect(.rightDelim, context)
        let list = try nestedTemplateBody(context)
        try add(definedName, list)
    }

    /// The body of `define`/`block`: its own variable scope (`$` only), not inside any `range`.
    private mutating func nestedTemplateBody(_ context: String) throws(TemplateError) -> [Node] {
        let savedVars = vars
        let savedDepth = rangeDepth
        vars = ["$"]
        rangeDepth = 0
        defer {
            vars = savedVars
            rangeDepth = savedDepth
        }
        let (list, end) = try itemList()
        if case .elseItem = end { throw error("unexpected {{else}} in \(context)") }
        return list
    }

    // MARK: lists and actions

    private mutating func itemList() throws(TemplateError) -> ([Node], ListItem) {
        var list: [Node] = []
        while try peekNonSpace().kind != .eof {
            let item = try textOrAction()
            guard case .node(let node) = item else { return (list, item) }
            list.append(node)
        }
        throw error("unexpected EOF")
    }

    private mutating func textOrAction() throws(TemplateError) -> ListItem {
        let token = try nextNonSpace()
        switch token.kind {
        case .text: return .node(.text(token.value))
        case .leftDelim:
            actionLine = line(of: token.pos)
            defer { actionLine = 0 }
            return try action()
        default: throw unexpected(token, "input")
        }
    }

    private mutating func action() throws(TemplateError) -> ListItem {
        let token = try nextNonSpace()
        switch token.kind {
        case .keyword(.block): return .node(try blockControl())
        case .keyword(.break), .keyword(.continue):
            let word = token.value
            let after = try nextNonSpace()
            if after.kind != .rightDelim { throw unexpected(after, "{{\(word)}}") }
            if rangeDepth == 0 { throw error("{{\(word)}} outside {{range}}") }
            return .node(word == "break" ? .breakLoop(pos: token.pos) : .continueLoop(pos: token.pos))
        case .keyword(.else):
            let peeked = try peekNonSpace()
            if peeked.kind == .keyword(.if) || peeked.kind == .keyword(.with) { return .elseItem }
            _ = try expect(.rightDelim, "else")
            return .elseItem
        case .keyword(.end):
            _ = try expect(.rightDelim, "end")
            return .end
        case .keyword(.if): return .node(.ifNode(try parseControl("if")))
        case .keyword(.range): return .node(.rangeNode(try parseControl("range")))
        case .keyword(.with): return .node(.withNode(try parseControl("with")))
        case .keyword(.template): return .node(try templateControl())
        default:
            backup()
            return .node(.action(try pipeline("command", end: .rightDelim)))
        }
    }

    private mutating func parseControl(_ context: String) throws(TemplateError) -> Branch {
        let savedVars = vars.count
        defer { vars.removeLast(vars.count - savedVars) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        let (list, closing) = try itemList()
        if context == "range" { rangeDepth -= 1 }
        var elseList: [Node]?
        if case .elseItem = closing {
            let peeked = try peek()
            if context == "if" && peeked.kind == .keyword(.if) || context == "with" && peeked.kind == .keyword(.with) {
                _ = try next()
                let nested = try parseControl(context)
                elseList = [context == "if" ? .ifNode(nested) : .withNode(nested)]
            } else {
                let (list, end) = try itemList()
                guard case .end = end else { throw error("expected end; found \(end.goDescription)") }
                elseList = list
            }
        }
        return Branch(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
    }

    private mutating func templateControl() throws(TemplateError) -> Node {
        let context = "template clause"
        let token = try nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
        let templateName = try unquote(token)
        var pipe: Pipe?
        if try nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .template(pos: token.pos, name: templateName, pipe: pipe)
    }

    private mutating func blockControl() throws(TemplateError) -> Node {
        let context = "block clause"
        let token = try nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, context) }
        let blockName = try unquote(token)
        let pipe = try pipeline(context, end: .rightDelim)
        let list = try nestedTemplateBody(context)
        try add(blockName, list)
        return .template(pos: token.pos, name: blockName, pipe: pipe)
    }

    // MARK: pipelines

    private mutating func pipeline(_ context: String, end: TokenKind) throws(TemplateError) -> Pipe {
        var pipe = Pipe(pos: try peekNonSpace().pos)
        declarations: while try peekNonSpace().kind == .variable {
            let saved = index
            let variable = try next()
            let after = try peekNonSpace()
            switch after.kind {
            case .assign, .declare:
                pipe.isAssign = after.kind == .assign
                _ = try nextNonSpace()
                pipe.decls.append(variable.value)
                vars.append(variable.value)
            case .char where after.value == ",":
                _ = try nextNonSpace()
                pipe.decls.append(variable.value)
                vars.append(variable.value)
                if context == "range" && pipe.decls.count < 2 {
                    switch try peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen: continue declarations
                    default: throw error("range can only initialize variables")
                    }
                }
                throw error("too many declarations in \(context)")
            default:
                index = saved
            }
            break
        }
        while true {
            let token = try nextNonSpace()
            if token.kind == end {
                try checkPipeline(pipe, context)
                return pipe
            }
            switch token.kind {
            case .bool, .charConstant, .dot, .field, .identifier, .number, .nilKeyword, .rawString, .string,
                .variable, .leftParen:
                backup()
                pipe.commands.append(try command())
            default:
                throw unexpected(token, context)
            }
        }
    }

    private func checkPipeline(_ pipe: Pipe, _ context: String) throws(TemplateError) {
        if pipe.commands.isEmpty { throw error("missing value for \(context)") }
        for (offset, command) in pipe.commands.enumerated().dropFirst() {
            switch command.args[0] {
            case .bool, .dot, .nilLiteral, .number, .string:
                throw error("non executable command in pipeline stage \(offset + 1)")
            default: break
            }
        }
    }

    private mutating func command() throws(TemplateError) -> Command {
        var command = Command(pos: try peekNonSpace().pos)
        while true {
            _ = try peekNonSpace()
            if let operand = try operand() { command.args.append(operand) }
            let token = try next()
            switch token.kind {
            case .space: continue
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: throw unexpected(token, "operand")
            }
            break
        }
        if command.args.isEmpty { throw error("empty command") }
        return command
    }

    private mutating func operand() throws(TemplateError) -> Expr? {
        guard let node = try term() else { return nil }
        guard try peek().kind == .field else { return node }
        var fields: [String] = []
        while try peek().kind == .field { fields.append(String(try next().value.dropFirst())) }
        switch node {
        case .field(let pos, let names): return .field(pos: pos, names: names + fields)
        case .variable(let pos, let name, let existing):
            return .variable(pos: pos, name: name, fields: existing + fields)
        case .bool, .string, .number, .nilLiteral, .dot:
            throw error("unexpected . after term \(GoQuote.quote(node.goDescription))")
        default: return .chain(pos: node.pos, base: node, fields: fields)
        }
    }

    private mutating func term() throws(TemplateError) -> Expr? {
        let token = try nextNonSpace()
        switch token.kind {
        case .identifier:
            guard hasFunction(token.value) else {
                throw error("function \(GoQuote.quote(token.value)) not defined")
            }
            return .identifier(pos: token.pos, name: token.value)
        case .dot: return .dot(pos: token.pos)
        case .nilKeyword: return .nilLiteral(pos: token.pos)
        case .variable:
            let parts = token.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard vars.contains(parts[0]) else { throw error("undefined variable \(GoQuote.quote(parts[0]))") }
            return .variable(pos: token.pos, name: parts[0], fields: Array(parts.dropFirst()))
        case .field: return .field(pos: token.pos, names: [String(token.value.dropFirst())])
        case .bool: return .bool(pos: token.pos, token.value == "true")
        case .charConstant, .number: return .number(pos: token.pos, text: token.value, value: try number(token))
        case .leftParen: return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString: return .string(pos: token.pos, quoted: token.value, value: try unquote(token))
        default:
            backup()
            return nil
        }
    }

    // MARK: literals

    private func unquote(_ token: Token) throws(TemplateError) -> String {
        guard let value = GoQuote.unquote(token.value) else { throw error("invalid syntax") }
        return value
    }

    private func number(_ token: Token) throws(TemplateError) -> NumberValue {
        let text = token.value
        if token.kind == .charConstant {
            guard let scalar = GoQuote.unquoteChar(text) else {
                throw error("malformed character constant: \(text)")
            }
            return .int(Int(scalar))
        }
        guard let parsed = GoNumber.parse(text) else {
            throw error("illegal number syntax: \(GoQuote.quote(text))")
        }
        return parsed
    }
}
