import Documents
import Foundation

/// One native function bound to one VM: the `ctx` libjsonnet hands back to ``trampoline``.
///
/// It converts libjsonnet's argument values to `JSONValue`, calls the Swift body, and builds the
/// result (or the error message) with the `jsonnet_json_make_*` functions of the same VM.
final class JsonnetNativeContext {
    let library: JsonnetLibrary
    let vm: JsonnetLibrary.VM
    let function: JsonnetNativeFunction

    init(library: JsonnetLibrary, vm: JsonnetLibrary.VM, function: JsonnetNativeFunction) {
        self.library = library
        self.vm = vm
        self.function = function
    }

    /// The C entry point shared by every native function; `ctx` is an unretained `JsonnetNativeContext`.
    static let trampoline: JsonnetLibrary.NativeCallback = { ctx, argv, success in
        guard let ctx else {
            success?.pointee = 0
            return nil
        }
        let context = Unmanaged<JsonnetNativeContext>.fromOpaque(ctx).takeUnretainedValue()
        return context.call(argv: argv, success: success)
    }

    /// Registers this function under `name` in the VM. The context must outlive the evaluation.
    func register(name: String) {
        let parameters = function.parameters.map { strdup($0) }
        defer { parameters.forEach { free($0) } }
        var argv: [UnsafePointer<CChar>?] = parameters.map { $0.map { UnsafePointer($0) } }
        argv.append(nil)
        let ctx = Unmanaged.passUnretained(self).toOpaque()
        argv.withUnsafeBufferPointer { buffer in
            library.nativeCallback(vm, name, Self.trampoline, ctx, buffer.baseAddress)
        }
    }

    private func call(
        argv: UnsafePointer<JsonnetLibrary.Value?>?, success: UnsafeMutablePointer<Int32>?
    ) -> JsonnetLibrary.Value? {
        let arguments = (0..<function.parameters.count).map { decode(argv?[$0]) }
        do {
            let result = try function.body(arguments)
            success?.pointee = 1
            return encode(result)
        } catch {
            success?.pointee = 0
            return library.makeString(vm, String(describing: error))
        }
    }

    /// libjsonnet passes only primitives, so strings, numbers, booleans and null cover every argument.
    private func decode(_ value: JsonnetLibrary.Value?) -> JSONValue {
        guard let value else { return .null }
        if let string = library.extractString(vm, value) { return .string(String(cString: string)) }
        var number = 0.0
        if library.extractNumber(vm, value, &number) != 0 { return .number(Self.numberText(number)) }
        let flag = library.extractBool(vm, value)
        if flag == 0 || flag == 1 { return .bool(flag == 1) }
        return .null
    }

    /// Integers print without a fraction (`3`); others in their shortest round-trip form (`0.25`, `1e+20`).
    /// Jsonnet numbers are always finite.
    static func numberText(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 0x1p63 { return String(Int64(number)) }
        return String(number)
    }

    private func encode(_ value: JSONValue) -> JsonnetLibrary.Value? {
        switch value {
        case .null:
            return library.makeNull(vm)
        case .bool(let flag):
            return library.makeBool(vm, flag ? 1 : 0)
        case .number(let text):
            return library.makeNumber(vm, Double(text) ?? 0)
        case .string(let string):
            return library.makeString(vm, string)
        case .array(let elements):
            let array = library.makeArray(vm)
            for element in elements { library.arrayAppend(vm, array, encode(element)) }
            return array
        case .object(let object):
            let result = library.makeObject(vm)
            for member in object { library.objectAppend(vm, result, member.key, encode(member.value)) }
            return result
        }
    }
}
