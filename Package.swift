// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Oberih",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "oberih", targets: ["oberih"]),
        .library(name: "LessonPack", targets: ["LessonPack"]),
        .library(name: "CohortStatistics", targets: ["CohortStatistics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "PackXML", dependencies: ["CLibXML2"]),
        // Resources/pack-1.xsd links to Curriculum/schema/pack-1.xsd, which ships inside the binary.
        .target(name: "LessonPack", dependencies: ["PackXML"], resources: [.embedInCode("Resources/pack-1.xsd")]),
        // Translation round trips through gettext PO files, spliced into the pack's bytes.
        .target(name: "PackTranslation", dependencies: ["LessonPack", "PackXML"]),
        .target(name: "LessonEngine", dependencies: ["LessonPack"]),
        // IMS QTI 2.1 items read (through PackXML) into the pack's questions, and the pack written (docs/import-qti.md).
        .target(name: "QTIImport", dependencies: ["PackXML"]),
        .target(name: "TerminalPlayer", dependencies: ["LessonEngine"]),
        // Pure statistics for trainer reports (pre/post gain, effect size, item analysis).
        .target(name: "CohortStatistics"),
        .target(name: "CohortReports", dependencies: ["CohortStatistics", "ProgressStore", "Sessions"]),
        // Self-contained HTML pages (the report, learner code cards) with inline SVG charts.
        .target(name: "ReportPages", dependencies: ["CohortReports", "CohortStatistics", "LessonPack"]),
        .target(name: "LearnerSimulation", dependencies: ["LessonEngine"]),
        // Streaming exports of a cohort: JSON (docs/export.schema.json), xAPI statements, CSV.
        .target(name: "CohortExport", dependencies: ["CohortStatistics", "ProgressStore", "Sessions"]),
        // `oberih push`: an LRS outbox in the store, sent in batches over HTTP (docs/sync.md).
        .target(name: "LRSPush", dependencies: ["CohortExport", "ProgressStore"]),
        .target(
            name: "ProgressStore",
            dependencies: ["LessonEngine", .product(name: "GRDB", package: "GRDB.swift")]),
        // The attempt life cycle over the store: play, facilitate, simulate and imports use it;
        // and a simulated cohort stored as imported sessions.
        .target(name: "Sessions", dependencies: ["LessonEngine", "ProgressStore", "LearnerSimulation"]),
        .target(
            name: "OberihCommands",
            dependencies: [
                "LessonPack",
                "QTIImport",
                "PackTranslation",
                "LearnerSimulation",
                "ProgressStore",
                "Sessions",
                "TerminalPlayer",
                "CohortReports",
                "CohortExport",
                "LRSPush",
                "ReportPages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "oberih", dependencies: ["OberihCommands"]),
        // Timings belong in benchmarks, never in tests: scripts/bench/engine.sh runs this.
        .executableTarget(
            name: "EngineBenchmark", dependencies: ["LessonEngine"], path: "Benchmarks/EngineBenchmark"),
        .executableTarget(name: "StoreBenchmark", dependencies: ["ProgressStore"], path: "Benchmarks/StoreBenchmark"),
        // What several test targets share: a seeded generator, temporary folders, the project's
        // paths, stores holding a simulated cohort.
        .target(name: "TestSupport", dependencies: ["LessonEngine", "LearnerSimulation", "Sessions"], path: "Tests/TestSupport"),
        .testTarget(name: "PackXMLTests", dependencies: ["PackXML", "TestSupport"]),
        // FuzzRegressions/ holds inputs the fuzzer found (scripts/fuzz/run.sh); the tests read them.
        .testTarget(name: "LessonPackTests", dependencies: ["LessonPack"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "PackTranslationTests", dependencies: ["PackTranslation", "TestSupport"]),
        .testTarget(name: "LessonEngineTests", dependencies: ["LessonEngine"]),
        // Reads the IMS sample items from ../shared/testdata/qti21-items beside the project.
        .testTarget(name: "QTIImportTests", dependencies: ["QTIImport", "LessonPack", "TestSupport"]),
        .testTarget(name: "TerminalPlayerTests", dependencies: ["TerminalPlayer"]),
        // reference.py is the independent numpy/scipy computation the tests compare against.
        .testTarget(
            name: "CohortStatisticsTests", dependencies: ["CohortStatistics", "TestSupport"], exclude: ["reference.py"]),
        .testTarget(name: "LearnerSimulationTests", dependencies: ["LearnerSimulation"]),
        .testTarget(name: "SessionsTests", dependencies: ["Sessions", "LearnerSimulation", "TestSupport"]),
        .testTarget(name: "CohortReportsTests", dependencies: ["CohortReports", "Sessions", "TestSupport"]),
        .testTarget(name: "ReportPagesTests", dependencies: ["ReportPages", "Sessions", "TestSupport"]),
        .testTarget(name: "CohortExportTests", dependencies: ["CohortExport", "Sessions", "TestSupport"]),
        // Pushes to a scripted transport in memory, to fault_lrs.py's faults and to a real Ralph LRS.
        .testTarget(name: "LRSPushTests", dependencies: ["LRSPush", "Sessions", "TestSupport"], exclude: ["fault_lrs.py"]),
        .testTarget(name: "OberihCommandsTests", dependencies: ["OberihCommands", "TestSupport"]),
        .testTarget(
            name: "ProgressStoreTests", dependencies: ["ProgressStore", "StoreStress", "LearnerSimulation", "TestSupport"]),
        // A child process for the store's crash and two-writer tests: appends events and
        // prints each one once it is committed.
        .executableTarget(name: "StoreStress", dependencies: ["ProgressStore"], path: "Tests/StoreStress"),
        // export_roundtrip.py recomputes the report from an export (with CohortStatisticsTests/reference.py).
        .testTarget(name: "OberihEndToEndTests", dependencies: ["oberih", "TestSupport"], exclude: ["export_roundtrip.py"]),
    ],
    swiftLanguageModes: [.v6]
)
