import Foundation

/// Evaluates Jsonnet with the C++ reference implementation, libjsonnet, loaded at run time.
///
/// The library is `dlopen`ed on the first evaluation, so ecswift runs without it for users who do not
/// use Jsonnet; a missing library gives ``JsonnetError/libraryUnavailable(path:detail:)``. Each
/// evaluation gets its own VM (libjsonnet VMs are not thread-safe, and making one is cheap), so one
/// evaluator may be used from any number of tasks at once.
///
/// Imports resolve against the importing file's directory, then ``JsonnetOptions/librarySearchPaths``.
public struct JsonnetEvaluator: Sendable {
    /// The Debian/Ubuntu soname (package `libjsonnet0`). With this name, macOS/Homebrew spellings are
    /// tried too.
    public static let defaultLibraryName = "libjsonnet.so.0"

    private let loader: JsonnetLibraryLoader

    /// Creates an evaluator; nothing is loaded until the first evaluation.
    public init(libraryName: String = "libjsonnet.so.0") {
        loader = JsonnetLibraryLoader(libraryName: libraryName)
    }

    /// Evaluates the Jsonnet file at `path` and returns its JSON text (3-space indented, newline-terminated).
    public func evaluate(file path: String, options: JsonnetOptions) throws -> String {
        try run(path: path, options: options) { library, vm, error in
            library.evaluateFile(vm, path, error)
        }
    }

    /// Evaluates `snippet` as if it were the file `filename` (used for relative imports and messages).
    public func evaluate(snippet: String, filename: String, options: JsonnetOptions) throws -> String {
        try run(path: filename, options: options) { library, vm, error in
            library.evaluateSnippet(vm, filename, snippet, error)
        }
    }

    /// Formats JSON (or any Jsonnet) text with go-jsonnet's `formatter.DefaultOptions()`: two-space
    /// indent, single-quoted strings, unquoted field names where legal, trailing commas, at most two
    /// blank lines, `//` comments, padded objects, unpadded arrays, sorted imports.
    ///
    /// Runs libjsonnet's formatter (the C++ `jsonnetfmt`), which go-jsonnet's formatter was ported
    /// from; on JSON input the two print the same text (see the render golden tests).
    public func format(json text: String, filename: String = "<render>") throws -> String {
        let library = try loadLibrary(for: filename)
        guard let formatter = library.formatter else {
            throw JsonnetError.libraryUnavailable(
                path: filename, detail: "this libjsonnet has no jsonnet_fmt_snippet; libjsonnet 0.10 or later is needed"
            )
        }
        guard let vm = library.make() else {
            throw JsonnetError.evaluation(path: filename, message: "jsonnet_make failed")
        }
        defer { library.destroy(vm) }
        formatter.indent(vm, 2)
        formatter.maxBlankLines(vm, 2)
        formatter.string(vm, Int32(UInt8(ascii: "s")))
        formatter.comment(vm, Int32(UInt8(ascii: "s")))
        formatter.padArrays(vm, 0)
        formatter.padObjects(vm, 1)
        formatter.prettyFieldNames(vm, 1)
        formatter.sortImports(vm, 1)
        var failed: Int32 = 0
        guard let output = formatter.snippet(vm, filename, text, &failed) else {
            throw JsonnetError.evaluation(path: filename, message: "libjsonnet returned no output")
        }
        let formatted = String(cString: output)
        _ = library.realloc(vm, output, 0)
        guard failed == 0 else {
            throw JsonnetError.evaluation(
                path: filename, message: formatted.hasSuffix("\n") ? String(formatted.dropLast()) : formatted)
        }
        return formatted
    }

    /// The libjsonnet version string (`v0.18.0`), or the load failure.
    public func libraryVersion() throws -> String {
        let library = try loadLibrary(for: Self.defaultLibraryName)
        return String(cString: library.version())
    }

    private func loadLibrary(for path: String) throws(JsonnetError) -> JsonnetLibrary {
        switch loader.load() {
        case .success(let library): return library
        case .failure(let failure): throw .libraryUnavailable(path: path, detail: failure.detail)
        }
    }

    private func run(
        path: String, options: JsonnetOptions,
        _ evaluate: (JsonnetLibrary, JsonnetLibrary.VM, UnsafeMutablePointer<Int32>) -> UnsafeMutablePointer<CChar>?
    ) throws(JsonnetError) -> String {
        let library = try loadLibrary(for: path)
        guard let vm = library.make() else { throw .evaluation(path: path, message: "jsonnet_make failed") }
        defer { library.destroy(vm) }
        for (key, value) in options.extStrings.sorted(by: { $0.key < $1.key }) { library.extVar(vm, key, value) }
        for (key, value) in options.extCodes.sorted(by: { $0.key < $1.key }) { library.extCode(vm, key, value) }
        for directory in options.librarySearchPaths { library.jpathAdd(vm, directory) }
        let contexts = options.nativeFunctions.sorted(by: { $0.key < $1.key }).map { name, function in
            let context = JsonnetNativeContext(library: library, vm: vm, function: function)
            context.register(name: name)
            return context
        }
        var failed: Int32 = 0
        let output = withExtendedLifetime(contexts) { evaluate(library, vm, &failed) }
        guard let output else { throw .evaluation(path: path, message: "libjsonnet returned no output") }
        let text = String(cString: output)
        _ = library.realloc(vm, output, 0)
        guard failed == 0 else {
            let message = text.hasSuffix("\n") ? String(text.dropLast()) : text
            throw .evaluation(path: path, message: message)
        }
        return text
    }
}
