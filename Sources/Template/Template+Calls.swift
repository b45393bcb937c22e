extension Executor {
    // Function calls and their arguments, following Go's evalArg / evalFunction / evalCall.

    mutating func evalArg(_ node: Expr, dot: TemplateValue, asArgument: Bool = true) throws -> TemplateValue {
        location = .expr(node)
        let value: TemplateValue
        switch node {
        case .dot: value = dot
        case .nilLiteral: value = .null
        case .field(_, let names):
            value = try evalFieldChain(dot, receiver: dot, names: names, args: [node], final: nil)
        case .variable(_, let name, let fields):
            value = try evalVariable(name, fields: fields, node: node, dot: dot, args: [], final: nil)
        case .pipe(let pipe): value = try evalPipeline(pipe, dot: dot)
        case .identifier(_, let name):
            value = try evalFunction(name, node: node, command: .expr(node), dot: dot, args: [], final: nil)
        case .chain(_, let base, let fields):
            value = try evalChain(base, fields: fields, chain: node, dot: dot, args: [], final: nil)
        case .bool(_, let flag): value = .bool(flag)
        case .number(_, let text, let number): value = try constant(text, number)
        case .string(_, _, let text): value = .string(text)
        }
        return asArgument ? value.asArgument : value
    }

    mutating func evalFunction(
        _ name: String, node: Expr, command: Location, dot: TemplateValue, args: [Expr], final: TemplateValue?
    ) throws -> TemplateValue {
        location = .expr(node)
        let user = functions[name]
        guard user != nil || Builtins.arity(of: name) != nil else {
            throw error("\(GoQuote.quote(name)) is not a defined function")
        }
        if user == nil, let (count, variadic) = Builtins.arity(of: name) {
            let given = args.count + (final == nil ? 0 : 1)
            if variadic && given < count {
                throw error("wrong number of args for \(name): want at least \(count) got \(args.count)")
            }
            if !variadic && given != count {
                throw error("wrong number of args for \(name): want \(count) got \(given)")
            }
            if name == "and" || name == "or" {
                var value = TemplateValue.missing
                for arg in args {
                    value = try evalArg(arg, dot: dot)
                    if value.isTruthy == (name == "or") { return value }
                }
                if let final { value = final.asArgument }
                return value
            }
        }
        var values: [TemplateValue] = []
        for arg in args { values.append(try evalArg(arg, dot: dot)) }
        if let final { values.append(final.asArgument) }
        guard let function = user ?? Builtins.function(named: name) else { return .missing }
        do {
            return try function(values)
        } catch let failure as TemplateCallError {
            switch failure {
            case .badArguments(let message): throw error(message)
            case .failed(let message):
                location = command
                if user == nil, name == "call", case .failed = failure, let first = args.first,
                    message.hasPrefix("non-function")
                {
                    throw error(
                        "error calling call: non-function \(first.goDescription)"
                            + message.dropFirst("non-function".count))
                }
                throw error("error calling \(name): \(message)")
            case .missingEnvironmentVariable(let variable):
                location = command
                guard case .exec(_, let line, let column, let context, _, let running) = error("") else {
                    throw error("error calling \(name): \(failure)")
                }
                throw TemplateError.missingEnvironmentVariable(
                    name: variable, template: rootName, line: line, column: column, context: context,
                    executing: running)
            }
        } catch let failure as TemplateError {
            throw failure
        } catch {
            location = command
            throw self.error("error calling \(name): \(error)")
        }
    }
}
