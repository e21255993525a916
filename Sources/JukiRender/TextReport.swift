import JukiModel

/// `report.txt`: the edition in the published plain-text layout.
public enum TextReport {
    public static let template = "text/report"

    /// The template's text, ending in exactly one line break (the template leaves a paragraph break after
    /// its last paragraph, as after every other).
    public static func render(_ edition: Edition, templates: Templates) throws(Templates.LoadError) -> String {
        var text = try templates.render(ReportView(edition), template: template)
        while text.last == "\n" { text.removeLast() }
        return text + "\n"
    }
}
