import Foundation
import Testing

@testable import CohortStatistics

/// Every figure of the module against reference.py, an independent numpy/scipy
/// computation, on seeded random data, to 1e-6 (relative above 1).
///
/// Without python3, numpy and scipy the test is skipped with a message; under CI=true it
/// fails instead, because CI installs them (.ci/run).
@Suite("Cross-check against reference.py (numpy, scipy)")
struct ReferenceCrossCheckTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("reference.py")

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static let pythonIsReady: Bool = (try? run(["python3", "-c", "import numpy, scipy"]))?.status == 0

    static let tolerance = 1e-6

    /// How many figures one run compared, and the largest scaled difference.
    let tally = Tally()

    @Test(
        "every statistic matches reference.py",
        .enabled(if: pythonIsReady || isCI, "python3 with numpy and scipy is not installed; cross-check skipped"),
        arguments: [20_240_601 as UInt64, 7])
    func crossCheck(seed: UInt64) throws {
        try #require(Self.pythonIsReady, "CI=true but `python3 -c 'import numpy, scipy'` fails")
        let input = ReferenceInput.make(seed: seed)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "oberih-stats-\(UUID().uuidString).json")
        try JSONEncoder().encode(input).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let result = try Self.run(["python3", Self.script.path, file.path])
        try #require(result.status == 0, "reference.py failed: \(result.error)")
        let reference = try JSONDecoder().decode(ReferenceOutput.self, from: result.output)

        try #require(reference.pairs.count == input.pairs.count && reference.tests.count == input.tests.count)
        for (index, (data, expected)) in zip(input.pairs, reference.pairs).enumerated() {
            try comparePairs(data, expected, "seed \(seed) pairs \(index)")
        }
        for (index, (data, expected)) in zip(input.tests, reference.tests).enumerated() {
            try compareTest(data, expected, "seed \(seed) test \(index)")
        }
        for (index, (data, expected)) in zip(input.constructs, reference.constructs).enumerated() {
            try compareConstruct(data, expected, "seed \(seed) construct \(index)")
        }
        for (point, expected) in zip(input.tQuantiles, reference.tQuantiles) {
            close(
                StudentT.quantile(probability: point.probability, degreesOfFreedom: point.degreesOfFreedom), expected,
                "t quantile p=\(point.probability) ν=\(point.degreesOfFreedom)")
        }
        try #require(reference.noncentralT.count == input.noncentralT.count)
        for (index, point) in input.noncentralT.enumerated() {
            let value = NoncentralT.cdf(
                point.t, degreesOfFreedom: point.degreesOfFreedom, noncentrality: point.noncentrality)
            let name = "noncentral t t=\(point.t) ν=\(point.degreesOfFreedom) δ=\(point.noncentrality)"
            close(value, reference.noncentralT[index], "\(name) (scipy.stats.nct)")
            close(value, reference.noncentralTByIntegral[index], "\(name) (integral)")
        }
        print("CohortStatistics cross-check, seed \(seed): \(tally.count) figures, largest difference \(tally.largest)")
        #expect(tally.count > 400, "too few figures compared: \(tally.count)")
    }

    func comparePairs(_ data: ReferenceInput.Pairs, _ expected: ReferenceOutput.Pairs, _ label: String) throws {
        let gain = try #require(PairedGain.compute(pre: data.pre, post: data.post), "\(label)")
        #expect(gain.count == expected.n, "\(label) n")
        close(gain.pre.mean, expected.preMean, "\(label) pre mean")
        close(gain.post.mean, expected.postMean, "\(label) post mean")
        close(gain.pre.standardDeviation, expected.preSD, "\(label) pre sd")
        close(gain.post.standardDeviation, expected.postSD, "\(label) post sd")
        #expect(gain.learnerGains.count == expected.learnerGains.count, "\(label) gains")
        for (index, (actual, reference)) in zip(gain.learnerGains, expected.learnerGains).enumerated() {
            close(actual, reference, "\(label) gain of learner \(index)")
        }
        close(gain.meanLearnerGain, expected.meanLearnerGain, "\(label) mean learner gain")
        close(gain.cohortGain, expected.cohortGain, "\(label) cohort gain")
        let paired = ReferenceOutput.Paired(
            n: expected.n, meanDifference: expected.meanDifference, sdDifference: expected.sdDifference,
            meanCI: expected.meanCI, dz: expected.dz, dzCI: expected.dzCI, dzCIByIntegral: expected.dzCIByIntegral)
        comparePaired(gain.difference, paired, label)
    }

    func comparePaired(_ actual: PairedDifference, _ expected: ReferenceOutput.Paired, _ label: String) {
        #expect(actual.count == expected.n, "\(label) paired n")
        close(actual.meanDifference, expected.meanDifference, "\(label) mean difference")
        close(actual.standardDeviation, expected.sdDifference, "\(label) sd of differences")
        close(actual.meanDifferenceInterval?.lower, expected.meanCI?[0], "\(label) mean CI lower")
        close(actual.meanDifferenceInterval?.upper, expected.meanCI?[1], "\(label) mean CI upper")
        close(actual.effectSize, expected.dz, "\(label) d_z")
        close(actual.effectSizeInterval?.lower, expected.dzCI?[0], "\(label) d_z CI lower")
        close(actual.effectSizeInterval?.upper, expected.dzCI?[1], "\(label) d_z CI upper")
        close(actual.effectSizeInterval?.lower, expected.dzCIByIntegral?[0], "\(label) d_z CI lower (integral)")
        close(actual.effectSizeInterval?.upper, expected.dzCIByIntegral?[1], "\(label) d_z CI upper (integral)")
    }

    func compareTest(_ data: ReferenceInput.Test, _ expected: ReferenceOutput.Test, _ label: String) throws {
        let analysis = try #require(ItemAnalysis.compute(scores: data.scores, maxima: data.maxima), "\(label)")
        try #require(analysis.items.count == expected.items.count, "\(label) item count")
        for (item, reference) in zip(analysis.items, expected.items) {
            let name = "\(label) item \(item.index)"
            close(item.facility, reference.facility, "\(name) facility")
            close(item.standardDeviation, reference.sd, "\(name) sd")
            close(item.discriminationIndex, reference.discrimination, "\(name) discrimination")
            close(item.discriminativeEfficiency, reference.efficiency, "\(name) efficiency")
            #expect(item.flags.map(\.rawValue) == reference.flags, "\(name) flags")
        }
        let test = analysis.test
        #expect(test.learnerCount == expected.n, "\(label) n")
        close(test.totals.mean, expected.mean, "\(label) mean")
        close(test.totals.median, expected.median, "\(label) median")
        close(test.totals.standardDeviation, expected.sd, "\(label) sd")
        close(test.cronbachAlpha, expected.alpha, "\(label) alpha")
        if let kr20 = expected.kr20 { close(test.cronbachAlpha, kr20, "\(label) alpha = KR-20") }
        close(test.errorRatio, expected.errorRatio, "\(label) error ratio")
        close(test.standardError, expected.standardError, "\(label) standard error")
    }

    func compareConstruct(_ data: ReferenceInput.Construct, _ expected: ReferenceOutput.Construct, _ label: String)
        throws
    {
        let change = try #require(ConstructChange.compute(before: data.before, after: data.after), "\(label)")
        #expect(
            change.before?.count ?? 0 == expected.beforeN && change.after?.count ?? 0 == expected.afterN, "\(label) n")
        close(change.before?.mean, expected.beforeMean, "\(label) mean before")
        close(change.after?.mean, expected.afterMean, "\(label) mean after")
        #expect((change.paired == nil) == (expected.paired == nil), "\(label) paired")
        if let actual = change.paired, let reference = expected.paired { comparePaired(actual, reference, label) }
    }

    func close(
        _ actual: Double?, _ expected: Double?, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        tally.add(actual, expected)
        expectClose(actual, expected, tolerance: Self.tolerance, label, sourceLocation: sourceLocation)
    }

    /// Runs a command found on PATH; returns its status, stdout and stderr. Stderr goes to a
    /// file, so that neither pipe can fill up and block the child.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "oberih-stats-\(UUID().uuidString).err")
        try #require(
            FileManager.default.createFile(atPath: errorFile.path, contents: nil), "cannot create \(errorFile.path)")
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, data, error)
    }
}

/// Counts compared figures and keeps the largest |actual − expected| / max(1, |expected|).
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var figures = 0
    private var maximum = 0.0
    var count: Int { lock.withLock { figures } }
    var largest: Double { lock.withLock { maximum } }

    func add(_ actual: Double?, _ expected: Double?) {
        lock.withLock {
            figures += 1
            if let actual, let expected { maximum = max(maximum, abs(actual - expected) / max(1, abs(expected))) }
        }
    }
}
