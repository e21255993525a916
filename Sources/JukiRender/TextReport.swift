import JukiDiagnostics
import JukiModel

/// `report.txt`: the edition in the published plain-text layout.
public enum TextReport {
    /// The template's text (the template leaves a paragraph break after its last paragraph, as after every
    /// other; `Templates.render` ends the file in one line break).
    public static func render(_ edition: Edition, templates: Templates) throws(Diagnostics) -> String {
        try templates.render(ReportView(edition), template: TemplateRoots.textReport)
    }
}
