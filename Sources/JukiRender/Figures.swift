/// Numbers as the report prints them: 1,352,771. A small function rather than `NumberFormatter`, whose
/// output depends on the locale data installed; this one is byte-stable everywhere.
public enum Figures {
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
