import Foundation

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// The C functions of libjsonnet that ecswift calls, resolved with `dlsym` from a `dlopen`ed library.
///
/// Signatures follow `libjsonnet.h` (0.18); `struct JsonnetVm *` and `struct JsonnetJsonValue *` are opaque.
/// Every stored property is a `let` fixed in `init`, so sharing one instance between threads is safe;
/// each VM made from it must still stay on one thread.
final class JsonnetLibrary: @unchecked Sendable {
    typealias VM = OpaquePointer
    typealias Value = OpaquePointer
    typealias CString = UnsafePointer<CChar>
    typealias OwnedCString = UnsafeMutablePointer<CChar>
    /// `JsonnetNativeCallback`: `(ctx, argv, success) -> JsonnetJsonValue*`.
    typealias NativeCallback =
        @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<Value?>?, UnsafeMutablePointer<Int32>?) -> Value?

    let version: @convention(c) () -> CString
    let make: @convention(c) () -> VM?
    let destroy: @convention(c) (VM?) -> Void
    let realloc: @convention(c) (VM?, OwnedCString?, Int) -> OwnedCString?
    let extVar: @convention(c) (VM?, CString?, CString?) -> Void
    let extCode: @convention(c) (VM?, CString?, CString?) -> Void
    let jpathAdd: @convention(c) (VM?, CString?) -> Void
    let evaluateFile: @convention(c) (VM?, CString?, UnsafeMutablePointer<Int32>?) -> OwnedCString?
    let evaluateSnippet: @convention(c) (VM?, CString?, CString?, UnsafeMutablePointer<Int32>?) -> OwnedCString?
    let nativeCallback:
        @convention(c) (VM?, CString?, NativeCallback?, UnsafeMutableRawPointer?, UnsafePointer<CString?>?) -> Void
    let extractString: @convention(c) (VM?, Value?) -> CString?
    let extractNumber: @convention(c) (VM?, Value?, UnsafeMutablePointer<Double>?) -> Int32
    let extractBool: @convention(c) (VM?, Value?) -> Int32
    let extractNull: @convention(c) (VM?, Value?) -> Int32
    let makeString: @convention(c) (VM?, CString?) -> Value?
    let makeNumber: @convention(c) (VM?, Double) -> Value?
    let makeBool: @convention(c) (VM?, Int32) -> Value?
    let makeNull: @convention(c) (VM?) -> Value?
    let makeArray: @convention(c) (VM?) -> Value?
    let arrayAppend: @convention(c) (VM?, Value?, Value?) -> Void
    let makeObject: @convention(c) (VM?) -> Value?
    let objectAppend: @convention(c) (VM?, Value?, CString?, Value?) -> Void
    /// The `jsonnet_fmt_*` functions, nil when this build of the library lacks them.
    let formatter: Formatter?

    /// The `jsonnet_fmt_*` entry points (libjsonnet's port of the formatter `jsonnetfmt` uses).
    struct Formatter {
        let snippet: @convention(c) (VM?, CString?, CString?, UnsafeMutablePointer<Int32>?) -> OwnedCString?
        let indent: @convention(c) (VM?, Int32) -> Void
        let maxBlankLines: @convention(c) (VM?, Int32) -> Void
        let string: @convention(c) (VM?, Int32) -> Void
        let comment: @convention(c) (VM?, Int32) -> Void
        let padArrays: @convention(c) (VM?, Int32) -> Void
        let padObjects: @convention(c) (VM?, Int32) -> Void
        let prettyFieldNames: @convention(c) (VM?, Int32) -> Void
        let sortImports: @convention(c) (VM?, Int32) -> Void

        /// Resolves every formatter symbol, or nil when one is missing (the handle stays open).
        init?(handle: UnsafeMutableRawPointer) {
            func symbol<T>(_ name: String) -> T? { dlsym(handle, name).map { unsafeBitCast($0, to: T.self) } }
            guard
                let snippet: @convention(c) (VM?, CString?, CString?, UnsafeMutablePointer<Int32>?) -> OwnedCString? =
                    symbol("jsonnet_fmt_snippet"),
                let indent: @convention(c) (VM?, Int32) -> Void = symbol("jsonnet_fmt_indent"),
                let maxBlankLines: @convention(c) (VM?, Int32) -> Void = symbol("jsonnet_fmt_max_blank_lines"),
                let string: @convention(c) (VM?, Int32) -> Void = symbol("jsonnet_fmt_string"),
                let comment: @convention(c) (VM?, Int32) -> Void = symbol("jsonnet_fmt_comment"),
                let padArrays: @convention(c) (VM?, Int32) -> Void = symbol("jsonnet_fmt_pad_arrays"),
                let padObjects: @convention(c) (VM?, Int32) -> Void = symbol("jsonnet_fmt_pad_objects"),
                let prettyFieldNames: @convention(c) (VM?, Int32) -> Void = symbol("jsonnet_fmt_pretty_field_names"),
                let sortImports: @convention(c) (VM?, Int32) -> Void = symbol("jsonnet_fmt_sort_imports")
            else { return nil }
            self.snippet = snippet
            self.indent = indent
            self.maxBlankLines = maxBlankLines
            self.string = string
            self.comment = comment
            self.padArrays = padArrays
            self.padObjects = padObjects
            self.prettyFieldNames = prettyFieldNames
            self.sortImports = sortImports
        }
    }

    private let handle: UnsafeMutableRawPointer

    /// Names tried for the default library name: the Debian soname, then macOS/Homebrew spellings.
    static func candidates(for libraryName: String) -> [String] {
        guard libraryName == JsonnetEvaluator.defaultLibraryName else { return [libraryName] }
        return [
            libraryName, "libjsonnet.so", "libjsonnet.0.dylib", "libjsonnet.dylib",
            "/opt/homebrew/lib/libjsonnet.dylib", "/usr/local/lib/libjsonnet.dylib",
        ]
    }

    /// Opens the first loadable candidate and resolves every symbol, or explains what is missing.
    init(libraryName: String) throws(LoadFailure) {
        var opened: UnsafeMutableRawPointer?
        for name in Self.candidates(for: libraryName) {
            opened = dlopen(name, RTLD_NOW | RTLD_LOCAL)
            if opened != nil { break }
        }
        guard let handle = opened else { throw LoadFailure(detail: "\(libraryName) not found") }
        self.handle = handle
        func symbol<T>(_ name: String) throws(LoadFailure) -> T {
            guard let pointer = dlsym(handle, name) else {
                dlclose(handle)
                throw LoadFailure(detail: "\(libraryName) has no \(name); libjsonnet 0.10 or later is needed")
            }
            return unsafeBitCast(pointer, to: T.self)
        }
        version = try symbol("jsonnet_version")
        make = try symbol("jsonnet_make")
        destroy = try symbol("jsonnet_destroy")
        realloc = try symbol("jsonnet_realloc")
        extVar = try symbol("jsonnet_ext_var")
        extCode = try symbol("jsonnet_ext_code")
        jpathAdd = try symbol("jsonnet_jpath_add")
        evaluateFile = try symbol("jsonnet_evaluate_file")
        evaluateSnippet = try symbol("jsonnet_evaluate_snippet")
        nativeCallback = try symbol("jsonnet_native_callback")
        extractString = try symbol("jsonnet_json_extract_string")
        extractNumber = try symbol("jsonnet_json_extract_number")
        extractBool = try symbol("jsonnet_json_extract_bool")
        extractNull = try symbol("jsonnet_json_extract_null")
        makeString = try symbol("jsonnet_json_make_string")
        makeNumber = try symbol("jsonnet_json_make_number")
        makeBool = try symbol("jsonnet_json_make_bool")
        makeNull = try symbol("jsonnet_json_make_null")
        makeArray = try symbol("jsonnet_json_make_array")
        arrayAppend = try symbol("jsonnet_json_array_append")
        makeObject = try symbol("jsonnet_json_make_object")
        objectAppend = try symbol("jsonnet_json_object_append")
        formatter = Formatter(handle: handle)
    }

    deinit { dlclose(handle) }

    /// Why the library could not be used, for ``JsonnetError/libraryUnavailable(path:detail:)``.
    struct LoadFailure: Error, Sendable {
        var detail: String
    }
}

/// Opens libjsonnet on first use and remembers the outcome (success or failure) under a lock.
final class JsonnetLibraryLoader: @unchecked Sendable {
    private let libraryName: String
    private let lock = NSLock()
    private var outcome: Result<JsonnetLibrary, JsonnetLibrary.LoadFailure>?

    init(libraryName: String) { self.libraryName = libraryName }

    /// The loaded library, or the failure, the same on every call.
    func load() -> Result<JsonnetLibrary, JsonnetLibrary.LoadFailure> {
        lock.lock()
        defer { lock.unlock() }
        if let outcome { return outcome }
        let result = Result { () throws(JsonnetLibrary.LoadFailure) in try JsonnetLibrary(libraryName: libraryName) }
        outcome = result
        return result
    }
}
