/// The one mark for a value the clerk has still to supply: 【要記入】 ("to be filled in").
///
/// `juki-report new` writes it wherever the new year's figures are not known yet; wherever it stands (a
/// YAML value, part of one, a CSV cell), `check` lists it with its file and line and `build` refuses the
/// edition until it is replaced. Full-width brackets make it stand out in any editor and in Excel.
public enum Placeholder {
    public static let marker = "【要記入】"
}
