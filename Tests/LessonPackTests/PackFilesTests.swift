import Foundation
import Testing

@testable import LessonPack

@Suite struct PackFilesTests {
    @Test("backup and editor copies are told from packs by name")
    func backupNames() {
        for name in ["pack.xml~", "pack.bak.xml", "pack.xml.bak", "pack.xml.orig", "pack.orig.xml", "pack.old.xml",
            "pack.backup.xml", "#pack.xml#", "pack~.xml", "Pack.BAK.XML"]
        {
            #expect(PackFiles.isBackup(name), "\(name)")
        }
        for name in ["pack.xml", "being-kind-online.xml", "old.xml", "bak.xml", "pack-old.xml", "notes.txt", "pack.xsd"] {
            #expect(!PackFiles.isBackup(name), "\(name)")
        }
    }

    @Test("a folder's backups are skipped and listed; a backup given by path is read")
    func folderSkipsBackups() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("packfiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.xml", "a.xml~", "a.bak.xml", ".a.xml.swp", "#a.xml#"] {
            try Data("<x/>".utf8).write(to: folder.appendingPathComponent(name))
        }
        let expansion = PackFiles.expand([folder.path])
        #expect(expansion.files == [folder.path + "/a.xml"])
        #expect(expansion.skippedBackups == ["#a.xml#", "a.bak.xml", "a.xml~"].map { folder.path + "/" + $0 })
        let given = PackFiles.expand([folder.path + "/a.bak.xml"])
        #expect(given.files == [folder.path + "/a.bak.xml"] && given.skippedBackups.isEmpty)
    }
}
