import JukiModel

extension Problem {
    /// The files stage: input files and folders, edition names, and the output (writes, the lock, the
    /// editions published before, the Windows copy), and where `new` and `diff` look for editions.
    var filesMessage: String {
        switch self {
        case .editionFolderMissing(let p):
            return "版のフォルダ「\(p)」がありません。版の名前（R4 など）と --input の指定を確かめてください。"
        case .unsafeEditionName(let name):
            return "版の名前「\(EditionName.shown(name))」は使えません。" + EditionName.rule
        case .editionFolderName(let path), .outputEditionFolderName(let path):
            return "フォルダ「\(EditionName.shown(path, limit: 1000))」の名前は版の名前に使えません。" + EditionName.rule
                + "フォルダの名前を変えるか、ほかの場所に移してください。"
        case .archiveEditionName(let path, let name):
            return "「\(EditionName.shown(path, limit: 1000))」から決まる版の名前「\(EditionName.shown(name))」は使えません（report.xml を置いたフォルダの名前、"
                + "そのフォルダの名前も使えなければファイルの名前から .xml を除いたものです）。" + EditionName.rule
        case .noEditions(let p):
            return "「\(p)」に版のフォルダ（report.yaml を含むフォルダ）がありません。"
        case .fileMissing(let p):
            return "ファイル「\(p)」がありません。README の「記録の形式」にあるファイルを置いてください。"
        case .notAFile(let p):
            return "「\(p)」はフォルダです。ここにはファイルを置いてください。"
        case .notRegularFile(let p):
            return "「\(p)」は普通のファイルではありません（パイプや装置など）。記録のファイルを置いてください。"
        case .symlinkLoop(let p):
            return "「\(p)」のシンボリックリンクが循環しています。リンクを消して、ファイルそのものを置いてください。"
        case .brokenLink(let p):
            return "「\(p)」はシンボリックリンクですが、指す先のファイルがありません。"
        case .fileUnreadable(let p, let reason):
            return "ファイル「\(p)」を読めません（\(reason)）。ファイルの権限を確かめてください。"
        case .fileTooLarge(let p, let bytes, let limit):
            return "ファイル「\(p)」が大きすぎます（\(Notation.grouped(bytes))バイト、上限\(Notation.grouped(limit))バイト）。正しいファイルか確かめてください。"
        case .fileEmpty(let p):
            return "ファイル「\(p)」が空です。"
        case .undecodable(let offset, _):
            return "UTF-8 としても Shift_JIS（CP932）としても読めないバイトがあります（先頭から\(Notation.grouped(offset + 1))バイト目）。"
                + "Excel では「CSV UTF-8（コンマ区切り）」か「CSV（コンマ区切り）」で、エディタでは UTF-8 で保存し直してください。"
        case .utf16(let p):
            return "「\(p)」は UTF-16 で保存されています。UTF-8 か Shift_JIS（CP932）で保存し直してください"
                + "（Excel では「CSV UTF-8（コンマ区切り）」）。"
        case .cp932Unencodable(let edition, let file, let characters):
            let list = characters.map { "\($0.line)行\($0.column)列の「\($0.character)」（\($0.scalars)）" }
            return "版「\(edition)」の \(file) を CP932 で書けません。CP932 にない文字: "
                + list.joined(separator: "、") + "。記録の文字を CP932 にある文字に直すか（〜 なら ～）、"
                + "--text-encoding utf8 にしてください（行と列は report.txt のものです）。"
        case .outputNotWritable(let path, let reason):
            return "「\(path)」を書けません（\(reason.words)）。\(reason.advice)"
        case .outputBusy(let output, let holder, let waited):
            return "出力先「\(output)」に\(Problem.lockHolder(holder))が書いています。\(Problem.seconds(waited))待っても"
                + "終わりませんでした。そのプロセスが終わってから、もう一度実行してください。何も書いていません。"
        case .unreadableArchive(let edition, let path, let index, let folder):
            return "出力先の版「\(edition)」の \(path) を読めません（上の誤り）。"
                + "このままでは一覧（\(index)）からこの版が消えます。記録から作り直す"
                + "（build \(edition)）か、要らない版ならフォルダ「\(folder)」を消してください。何も書いていません。"
        case .editionExists(let path):
            return "版「\(path)」は既にあります。上書きはしません。別の名前にするか、そのフォルダを移してください。"
        case .editionNotFound(let name, let input):
            return "版「\(name)」が見つかりません。「\(input)」の下の版の名前（R4 など）か、版のフォルダを指定してください。"
        case .notAnEdition(let folder, let files):
            return "「\(folder)」に \(files.joined(separator: " も ")) もありません。版のフォルダを指定してください。"
        case .planYearMismatch(let plan, let results):
            return "--plan では、OLD の次年度計画の年度（\(EraText.fiscalYear(plan))）と NEW の年度"
                + "（\(EraText.fiscalYear(results))）が同じでなければなりません。続く2つの版を指定してください。"
        case .unifiedPlan:
            return "--plan と --format unified は一緒に使えません（計画と結果は report.txt の別の部分です）。"
        // MARK: issue 16 serve
        case .serveLinkOutsideInput(let path):
            return "「\(path)」は --input の外を指すリンクです。serve はリンクの先を読みません。"
                + "ファイルそのものを版のフォルダに置いてください。"
        case .serveNoPreviousEdition(let edition):
            return "版「\(edition)」より前の版が --input にありません。比べる版がないため、前の版との違いも計画と結果も示せません。"
        case .servePlanNotFollowing(let previous, let edition, let plan, let results):
            return "前の版「\(previous)」の次年度計画は\(EraText.fiscalYear(plan))、版「\(edition)」は"
                + "\(EraText.fiscalYear(results))です。年度が続いていないため、計画と結果は比べられません。"
        case .serveNotFound(let path):
            return "「\(path)」というページはありません。一覧（/）から版を選んでください。"
        case .serveCannotListen(let host, let port, let reason):
            return "\(host) のポート \(port) で待ち受けられません（\(reason)）。"
                + "別のポートを --port で指定するか、そのポートを使っているプログラムを終えてください。"
        case .serveProgramMissing(let path, let reason):
            return "serve は juki-report と同じフォルダの juki-report-serve が行いますが、「\(path)」を起動できません（\(reason)）。"
                + "パッケージのファイルをそろえて入れ直してください（このリポジトリでは swift build -c release で両方が作られます）。"
        default:
            return String(describing: self)
        }
    }

    /// 別の juki-report（プロセス 123）: who holds an output folder's lock, as messages and notices name it.
    public static func lockHolder(_ pid: Int32?) -> String {
        pid.map { "別の juki-report（プロセス \($0)）" } ?? "別の juki-report"
    }

    /// 30秒, 0.5秒: a wait as messages and notices give it.
    public static func seconds(_ wait: Double) -> String {
        wait == wait.rounded() && wait < 1e9 ? "\(Int(wait))秒" : "\(wait)秒"
    }
}

extension Problem.WriteReason {
    var words: String {
        switch self {
        case .system(let reason): return reason
        case .outsideOutput: return "出力先の外を指しています"
        case .linkOrFolderInTheWay: return "ファイルではなくシンボリックリンクかフォルダがあります。消してから作り直してください"
        case .linkInOutput: return "出力先の中のシンボリックリンクはたどりません。リンクを消してください"
        case .notAFolder: return "フォルダではありません"
        case .workingFolderGone: return "今いるフォルダ（作業フォルダ）が消されています"
        }
    }

    var advice: String {
        switch self {
        case .workingFolderGone: return "ほかのフォルダに移ってから実行するか、出力先を絶対パスで指定してください。"
        default: return "出力先の空き容量と書き込み権限を確かめてください。"
        }
    }
}
