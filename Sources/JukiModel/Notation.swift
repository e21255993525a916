/// How the records and every output write numbers, dates and blanks: the one home of each notation rule
/// (grouping 1,352,771, 全角 digits, ISO dates, the blanks around a value). Readers, writers, messages and
/// `juki-report new`'s drafts all use it. No locale data: the same bytes on every machine.
///
/// 和暦 lives beside it in the model: `EraText` writes era dates, `DateNotation` reads them, `Era` says how
/// an era year reads (元年).
public enum Notation {}
