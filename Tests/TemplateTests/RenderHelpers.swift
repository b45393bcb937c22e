@testable import Template

/// Renders `text` as template "t" with the built-ins plus `functions`.
func render(_ text: String, _ data: TemplateValue = .missing, functions: FunctionMap = FunctionMap()) throws
    -> String
{
    try GoTemplate(name: "t", text: text, functions: functions).render(data)
}

/// The error text rendering (or parsing) `text` produces, or nil when it succeeds.
func errorText(_ text: String, _ data: TemplateValue = .missing, functions: FunctionMap = FunctionMap()) -> String? {
    do {
        _ = try render(text, data, functions: functions)
        return nil
    } catch {
        return "\(error)"
    }
}
