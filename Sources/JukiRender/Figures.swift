import JukiModel

/// Numbers as the report prints them: 1,352,771. A small function rather than `NumberFormatter`, whose
/// output depends on the locale data installed; this one is byte-stable everywhere.
public enum Figures {
    public static func grouped(_ n: Int) -> String { Tally.grouped(n) }
}
