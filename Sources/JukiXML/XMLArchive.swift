import CLibXML2
import JukiModel

/// The archive XML of an edition (issue 4). Placeholder until the writer and reader land.
public enum XMLArchive {
    public static let namespace = "urn:juki-report:edition:1"
}
