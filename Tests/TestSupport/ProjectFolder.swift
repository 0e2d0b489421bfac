import Foundation

/// The project's own folders, found from this file's place in the checkout.
public enum ProjectFolder {
    /// The package root (the folder holding Package.swift).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of the shipped curriculum, such as `being-kind-online.xml`.
    public static func curriculumFile(_ name: String) -> String {
        root.appendingPathComponent("Curriculum").appendingPathComponent(name).path
    }
}
